package ua.cnap.planner.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.planning.Equipment;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanJob;
import ua.cnap.planner.planning.PlanProgress;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.PlanningInstance;
import ua.cnap.planner.planning.PlanningService;

/**
 * Plans as jobs over HTTP: {@code POST /api/plans} starts one (202 with its location),
 * {@code GET /api/plans/{id}} polls status, progress and, when done, the result,
 * {@code DELETE /api/plans/{id}} stops it early (it still ends with the best plan so far).
 */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final PlanningService planning;
    private final PlanDefaults defaults;
    private final AccessStandard defaultStandard;

    PlanController(PlanningService planning, PlanDefaults defaults, AccessStandard defaultStandard) {
        this.planning = planning;
        this.defaults = defaults;
        this.defaultStandard = defaultStandard;
    }

    /**
     * A plan to start; absent fields take the configured defaults.
     *
     * @param rule            the access standard's rule: "either" (time or distance) or "both"
     * @param rules           "default" or "none"
     * @param kinds           kinds that may open (MAIN_OFFICE, BRANCH, REMOTE_WORKPLACE); null: all configured
     * @param excludeOccupied leave out the Order 376 territories (occupied, active hostilities) on {@code asOf};
     *                        null: the default, true
     * @param asOf            YYYY-MM-DD, default today
     * @param closed          access point ids to treat as temporarily closed
     * @param service         the service group planned for (PASSPORT, ... or the Ukrainian name); null: any
     * @param barrierFree     count only access points with step-free access
     * @param passportStations at most this many passport stations for offices without passport services
     * @param mobileCases     at most this many mobile cases for existing offices
     */
    record StartPlan(String oblast, Long budgetUah, String register, Double minutes, Double km, String rule,
            String rules,
            Integer horizonYears, Long minCandidatePopulation, Integer timeLimitSeconds,
            Integer exactTimeLimitSeconds, List<String> kinds, Boolean excludeOccupied, String asOf,
            List<String> closed, String service, Boolean barrierFree, Integer passportStations,
            Integer mobileCases) {
    }

    /** What polling shows. */
    record JobView(String id, String status, Instant createdAt, List<PlanProgress> progress, PlanResult result,
            String error) {

        static JobView of(PlanJob job) {
            return new JobView(job.id(), job.status().name(), job.createdAt(), job.progress(), job.findResult(),
                    job.error());
        }
    }

    @PostMapping
    ResponseEntity<JobView> start(@RequestBody StartPlan body) {
        if (body.oblast() == null) {
            throw new IllegalArgumentException("oblast is required");
        }
        AccessStandard standard = defaultStandard.adjusted(body.minutes(), body.km(),
                AccessStandard.Rule.parse(body.rule(), "rule"));
        PlanningInstance.Rules rules = PlanRequest.rulesNamed(body.rules(), "rules");
        PlanRequest request = defaults.forService(new PlanRequest(body.oblast(), body.register(), standard,
                body.budgetUah() == null ? 0 : body.budgetUah(),
                body.horizonYears() == null ? defaults.horizonYears() : body.horizonYears(), defaults.kinds(), rules,
                body.minCandidatePopulation() == null ? PlanRequest.DEFAULT_MIN_CANDIDATE_POPULATION
                        : body.minCandidatePopulation(),
                body.timeLimitSeconds() == null ? PlanRequest.DEFAULT_TIME_LIMIT
                        : Duration.ofSeconds(body.timeLimitSeconds()),
                body.exactTimeLimitSeconds() == null ? PlanRequest.DEFAULT_EXACT_TIME_LIMIT
                        : Duration.ofSeconds(body.exactTimeLimitSeconds()))
                .withExclusionChoice(WebParameters.closures(body.closed()),
                        WebParameters.exclusionChoice(body.excludeOccupied(), body.asOf())),
                ServiceRequirement.parse(body.service(), body.barrierFree(), "service"),
                Equipment.of(body.passportStations(), body.mobileCases()), body.kinds(), body.budgetUah());
        PlanJob job = planning.start(request);
        return ResponseEntity.accepted().location(URI.create("/api/plans/" + job.id())).body(JobView.of(job));
    }

    @GetMapping
    List<JobView> list() {
        return planning.listJobs().stream().map(JobView::of).toList();
    }

    @GetMapping("/{id}")
    JobView poll(@PathVariable String id) {
        return planning.findJob(id).map(JobView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan job " + id));
    }

    @DeleteMapping("/{id}")
    JobView cancel(@PathVariable String id) {
        PlanJob job = planning.findJob(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan job " + id));
        planning.cancel(id);
        return JobView.of(job);
    }
}
