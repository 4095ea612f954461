package ua.cnap.planner.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.cnap.planner.planning.PlanParameters;
import ua.cnap.planner.run.Run;
import ua.cnap.planner.run.RunKind;
import ua.cnap.planner.run.RunService;

/**
 * Plans as runs over HTTP: {@code POST /api/plans} checks the parameters and queues a run (202 with its
 * location at once; 400 naming a bad field; 429 when the queue is full), {@code GET /api/plans/{id}}
 * reads the persisted run (status, progress, result; also after a restart), {@code DELETE
 * /api/plans/{id}} stops it (owner or admin; it still ends with the best plan so far).
 */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final RunService runs;

    PlanController(RunService runs) {
        this.runs = runs;
    }

    @PostMapping
    ResponseEntity<RunView> start(@RequestBody PlanParameters body, Authentication user) {
        Run run = runs.start(RunKind.PLAN, body, Caller.of(user).name());
        return ResponseEntity.accepted().location(URI.create("/api/plans/" + run.id())).body(RunView.of(run));
    }

    @GetMapping
    List<RunView> list() {
        return runs.list(RunKind.PLAN).stream().map(RunView::of).toList();
    }

    @GetMapping("/{id}")
    RunView poll(@PathVariable String id) {
        return RunView.of(RunController.ofKind(runs.get(id), RunKind.PLAN));
    }

    @DeleteMapping("/{id}")
    RunView cancel(@PathVariable String id, Authentication user) {
        RunController.ofKind(runs.get(id), RunKind.PLAN);
        Caller caller = Caller.of(user);
        return RunView.of(runs.stop(id, caller.name(), caller.admin()));
    }
}
