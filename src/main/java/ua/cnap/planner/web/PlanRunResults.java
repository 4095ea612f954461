package ua.cnap.planner.web;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.run.Run;
import ua.cnap.planner.run.RunKind;
import ua.cnap.planner.run.RunService;
import ua.cnap.planner.run.PlanRuns;

/** A plan run's request and result, read back from the store, for the map's layers and exports. */
@Component
class PlanRunResults {

    private final RunService runs;
    private final PlanRuns plans;

    PlanRunResults(RunService runs, PlanRuns plans) {
        this.runs = runs;
        this.plans = plans;
    }

    Run run(String id) {
        return RunController.ofKind(runs.get(id.strip()), RunKind.PLAN);
    }

    /** The plan, once the run has one (DONE, or CANCELLED with its best so far). */
    Optional<PlanResult> findResult(String id) {
        return runs.findResult(run(id).id(), RunKind.PLAN, PlanResult.class);
    }

    PlanResult getResult(String id) {
        Run run = run(id);
        return runs.findResult(run.id(), RunKind.PLAN, PlanResult.class)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "plan " + run.id() + " is "
                        + run.status() + ": no proposals yet"));
    }

    PlanRequest request(String id) {
        return plans.request(run(id).parametersJson());
    }
}
