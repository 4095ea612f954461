package ua.cnap.planner.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.routing.mobile.MobileRouteRequest;
import ua.cnap.planner.routing.mobile.MobileRouteResult;
import ua.cnap.planner.routing.mobile.MobileRouteService;
import ua.cnap.planner.routing.mobile.MobileRouteSolver;
import ua.cnap.planner.routing.mobile.RouteGeoJson;
import ua.cnap.planner.routing.mobile.RouteJob;
import ua.cnap.planner.routing.mobile.SolveLimits;

/**
 * Mobile routes as jobs over HTTP, like plans: {@code POST /api/routes} starts one (202),
 * {@code GET /api/routes/{id}} polls status, progress and result, {@code DELETE} stops it early with the
 * best schedule so far, {@code GET /api/routes/{id}/routes.geojson} draws it.
 */
@RestController
@RequestMapping("/api/routes")
class RouteController {

    private final MobileRouteService routes;
    private final PlanDefaults planDefaults;
    private final AccessStandard defaultStandard;

    RouteController(MobileRouteService routes, PlanDefaults planDefaults, AccessStandard defaultStandard) {
        this.routes = routes;
        this.planDefaults = planDefaults;
        this.defaultStandard = defaultStandard;
    }

    /**
     * Routes to compute; absent fields take the defaults (mobile office, 4-week cycle, 8-hour shift,
     * 5 days' spacing, 30 s).
     *
     * @param kind               MOBILE_OFFICE or MOBILE_CASE
     * @param rule               either or both
     * @param afterPlanBudgetUah joint plan: open fixed points for this budget first
     * @param excludeOccupied    leave out the Order 376 territories (default true)
     * @param asOf               YYYY-MM-DD, default today
     */
    record StartRoutes(String oblast, String hromada, String register, Double minutes, Double km, String rule,
            String kind, Integer vehicles, List<String> depots, Integer cycleDays, Double shiftHours,
            Integer minSpacingDays, Integer timeLimitSeconds, Long afterPlanBudgetUah, Boolean excludeOccupied,
            String asOf) {
    }

    /** What polling shows. */
    record JobView(String id, String status, Instant createdAt, List<MobileRouteSolver.Progress> progress,
            MobileRouteResult result, String error) {

        static JobView of(RouteJob job) {
            return new JobView(job.id(), job.status().name(), job.createdAt(), job.progress(), job.findResult(),
                    job.error());
        }
    }

    @PostMapping
    ResponseEntity<JobView> start(@RequestBody StartRoutes body) {
        if (body.oblast() == null || body.vehicles() == null) {
            throw new IllegalArgumentException("oblast and vehicles are required");
        }
        AccessStandard.Rule rule = AccessStandard.Rule.parse(body.rule(), "rule");
        AccessStandard standard = defaultStandard.adjusted(body.minutes(), body.km(), rule);
        AccessPointKind kind = body.kind() == null ? AccessPointKind.MOBILE_OFFICE
                : AccessPointKind.valueOf(body.kind().strip().toUpperCase(Locale.ROOT));
        Duration timeLimit = Duration.ofSeconds(body.timeLimitSeconds() == null ? 30 : body.timeLimitSeconds());
        MobileRouteRequest request = MobileRouteRequest.of(body.oblast(), standard, kind, body.vehicles())
                .withSchedule(body.cycleDays() == null ? MobileRouteRequest.DEFAULT_CYCLE_DAYS : body.cycleDays(),
                        body.shiftHours() == null ? MobileRouteRequest.DEFAULT_SHIFT_SECONDS
                                : Math.round(body.shiftHours() * 3600),
                        body.minSpacingDays())
                .withHromada(body.hromada())
                .withRegister(body.register())
                .withDepots(body.depots())
                .withLimits(SolveLimits.of(timeLimit));
        if (body.afterPlanBudgetUah() != null) {
            request = request.withSitingPlan(new PlanRequest(body.oblast(), body.register(), standard,
                    body.afterPlanBudgetUah(), planDefaults.horizonYears(), planDefaults.kinds(),
                    PlanRequest.defaultRules(), 300, timeLimit, Duration.ZERO));
        }
        request = request.withExclusionChoice(WebParameters.exclusionChoice(body.excludeOccupied(), body.asOf()));
        RouteJob job = routes.start(request);
        return ResponseEntity.accepted().location(URI.create("/api/routes/" + job.id())).body(JobView.of(job));
    }

    @GetMapping
    List<JobView> list() {
        return routes.listJobs().stream().map(JobView::of).toList();
    }

    @GetMapping("/{id}")
    JobView poll(@PathVariable String id) {
        return JobView.of(job(id));
    }

    @DeleteMapping("/{id}")
    JobView cancel(@PathVariable String id) {
        RouteJob job = job(id);
        routes.cancel(id);
        return JobView.of(job);
    }

    @GetMapping("/{id}/routes.geojson")
    ResponseEntity<byte[]> geoJson(@PathVariable String id) throws IOException {
        MobileRouteResult result = job(id).findResult();
        if (result == null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "routes job " + id + " has no result yet");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RouteGeoJson.write(out, result.schedule(), routes.travelModel());
        return ResponseEntity.ok().contentType(CoverageController.GEO_JSON).body(out.toByteArray());
    }

    private RouteJob job(String id) {
        return routes.findJob(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no routes job " + id));
    }
}
