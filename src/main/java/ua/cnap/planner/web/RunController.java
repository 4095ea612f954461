package ua.cnap.planner.web;

import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.run.Run;
import ua.cnap.planner.run.RunKind;
import ua.cnap.planner.run.RunNotFoundException;
import ua.cnap.planner.run.RunService;

/**
 * Every run (plans, routes, scenarios) over HTTP: {@code GET /api/runs[?kind=]} lists them (without
 * results), {@code GET /api/runs/{id}} reads one, {@code DELETE /api/runs/{id}} stops it,
 * {@code DELETE /api/runs/{id}?forget=true} deletes an ended one. Stopping and deleting: its owner or an admin (403 otherwise); reading: every viewer.
 */
@RestController
@RequestMapping("/api/runs")
class RunController {

    private final RunService runs;

    RunController(RunService runs) {
        this.runs = runs;
    }

    @GetMapping
    List<RunView> list(@RequestParam(required = false) String kind) {
        return runs.list(kind(kind)).stream().map(RunView::of).toList();
    }

    @GetMapping("/{id}")
    RunView get(@PathVariable String id) {
        return RunView.of(runs.get(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<RunView> stop(@PathVariable String id, @RequestParam(defaultValue = "false") boolean forget,
            Authentication user) {
        Caller caller = Caller.of(user);
        if (forget) {
            runs.delete(id, caller.name(), caller.admin());
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok(RunView.of(runs.stop(id, caller.name(), caller.admin())));
    }

    static Run ofKind(Run run, RunKind kind) {
        if (run.kind() != kind) {
            throw new RunNotFoundException(run.id());
        }
        return run;
    }

    private static RunKind kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return RunKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("request", "kind", "use plan, routes or scenario, got " + text);
        }
    }
}
