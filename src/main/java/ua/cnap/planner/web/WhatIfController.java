package ua.cnap.planner.web;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.layers.MapArea;
import ua.cnap.planner.layers.ScenarioCoverage;
import ua.cnap.planner.layers.ScenarioCoverage.AddedPoint;
import ua.cnap.planner.layers.ScenarioCoverage.Comparison;

/**
 * Coverage before and after a change, for the map: a what-if edited on the page
 * ({@code POST /api/coverage/what-if}; nothing is stored) and a plan's proposals opened
 * ({@code GET /api/plans/{id}/coverage}).
 */
@RestController
@RequestMapping("/api")
class WhatIfController {

    private final ScenarioCoverage scenarios;
    private final PlanRunResults plans;
    private final AccessStandard defaultStandard;

    WhatIfController(ScenarioCoverage scenarios, PlanRunResults plans, AccessStandard defaultStandard) {
        this.scenarios = scenarios;
        this.plans = plans;
        this.defaultStandard = defaultStandard;
    }

    /** A what-if: the area, standard and service as for the layers, and the page's edits. */
    record WhatIf(String oblast, Double minutes, Double km, String rule, String register, List<AddedPoint> added,
            Set<String> removedIds, Set<String> closedIds, Boolean excludeOccupied, String asOf, String service,
            Boolean barrierFree) {
    }

    @PostMapping("/coverage/what-if")
    Comparison whatIf(@RequestBody WhatIf body) {
        MapArea area = new MapArea(body.oblast(),
                StandardParameters.adjust(defaultStandard, body.minutes(), body.km(), body.rule()), body.register(),
                WebParameters.exclusionChoice(body.excludeOccupied(), body.asOf()),
                ServiceRequirement.parse(body.service(), body.barrierFree(), "service"));
        return scenarios.whatIf(area, body.added() == null ? List.of() : body.added(),
                body.removedIds() == null ? Set.of() : body.removedIds(),
                body.closedIds() == null ? Set.of() : body.closedIds());
    }

    /** Today's coverage and with the plan's proposals opened; 409 while the plan has no result. */
    @GetMapping("/plans/{id}/coverage")
    Comparison planCoverage(@PathVariable String id) {
        return scenarios.planComparison(plans.run(id).id(), plans.request(id), plans.findResult(id).orElse(null))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                        "plan " + id + " has no result yet"));
    }
}
