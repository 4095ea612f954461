package ua.cnap.planner.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.cnap.planner.routing.mobile.MobileRoutePlan;
import ua.cnap.planner.routing.mobile.MobileRouteService;
import ua.cnap.planner.routing.mobile.RouteGeoJson;
import ua.cnap.planner.routing.mobile.RouteParameters;
import ua.cnap.planner.run.Run;
import ua.cnap.planner.run.RunKind;
import ua.cnap.planner.run.RunService;

/**
 * Mobile routes as runs over HTTP, like plans: {@code POST /api/routes} checks and queues one (202; 400
 * naming a bad field; 429 when the queue is full), {@code GET /api/routes/{id}} reads status, progress and
 * result, {@code DELETE} stops it with the best schedule so far (owner or admin),
 * {@code GET /api/routes/{id}/routes.geojson} draws it.
 */
@RestController
@RequestMapping("/api/routes")
class RouteController {

    private final RunService runs;
    private final MobileRouteService routes;

    RouteController(RunService runs, MobileRouteService routes) {
        this.runs = runs;
        this.routes = routes;
    }

    @PostMapping
    ResponseEntity<RunView> start(@RequestBody RouteParameters body, Authentication user) {
        Run run = runs.start(RunKind.ROUTES, body, Caller.of(user).name());
        return ResponseEntity.accepted().location(URI.create("/api/routes/" + run.id())).body(RunView.of(run));
    }

    @GetMapping
    List<RunView> list() {
        return runs.list(RunKind.ROUTES).stream().map(RunView::of).toList();
    }

    @GetMapping("/{id}")
    RunView poll(@PathVariable String id) {
        return RunView.of(RunController.ofKind(runs.get(id), RunKind.ROUTES));
    }

    @DeleteMapping("/{id}")
    RunView cancel(@PathVariable String id, Authentication user) {
        RunController.ofKind(runs.get(id), RunKind.ROUTES);
        Caller caller = Caller.of(user);
        return RunView.of(runs.stop(id, caller.name(), caller.admin()));
    }

    @GetMapping("/{id}/routes.geojson")
    ResponseEntity<byte[]> geoJson(@PathVariable String id) throws IOException {
        // the schedule's fields are at the top level of the result (unwrapped)
        MobileRoutePlan schedule = runs.findResult(id, RunKind.ROUTES, MobileRoutePlan.class)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "routes run " + id
                        + " has no result yet"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RouteGeoJson.write(out, schedule, routes.travelModel());
        return ResponseEntity.ok().contentType(CoverageController.GEO_JSON).body(out.toByteArray());
    }
}
