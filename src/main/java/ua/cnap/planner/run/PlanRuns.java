package ua.cnap.planner.run;

import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanParameters;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.planning.PlanningService.Prepared;
import ua.cnap.planner.scenario.ScenarioJson;

/** Runs of kind PLAN: {@link PlanParameters} in, {@link ua.cnap.planner.planning.PlanResult} out. */
public final class PlanRuns implements RunHandler {

    private final PlanningService planning;
    private final PlanDefaults defaults;
    private final AccessStandard defaultStandard;

    public PlanRuns(PlanningService planning, PlanDefaults defaults, AccessStandard defaultStandard) {
        this.planning = planning;
        this.defaults = defaults;
        this.defaultStandard = defaultStandard;
    }

    @Override
    public RunKind kind() {
        return RunKind.PLAN;
    }

    /** The request a run's parameters stand for, checked. */
    public PlanRequest request(String parametersJson) {
        return ScenarioJson.read(parametersJson, PlanParameters.class).toRequest(defaults, defaultStandard);
    }

    @Override
    public void check(String parametersJson) {
        request(parametersJson);
    }

    @Override
    public Object execute(Run run, RunContext context) {
        PlanRequest request = request(run.parametersJson());
        context.step("preparing: today's coverage and candidate sites");
        Prepared prepared = planning.prepare(request);
        context.step("solving: exact reference, then the search");
        return planning.solve(request, prepared, null, context::progress, context.stop());
    }
}
