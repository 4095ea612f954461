package ua.cnap.planner.run;

import java.util.Optional;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanParameters;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.planning.PlanningService.Prepared;
import ua.cnap.planner.scenario.ScenarioJson;
import ua.cnap.planner.scenario.ScenarioParameters;
import ua.cnap.planner.scenario.ScenarioRun;
import ua.cnap.planner.scenario.ScenarioService;

/**
 * Runs of kind PLAN: {@link PlanParameters} in, {@link ua.cnap.planner.planning.PlanResult} out.
 *
 * <p>Every plan run is also a saved scenario (the map's plan panel posts plans here): the run is executed by
 * {@link ScenarioService#executePlan}, which saves the scenario under the run's id and owner and solves
 * it by the same code as any scenario, so the plan is listed, compared and donor-reported with the
 * others and survives restarts, while the run keeps the plan itself (proposals, gap, progress) for the
 * map. A plan that closes access points by hand ({@code closed}) is no scenario and is solved alone.
 */
public final class PlanRuns implements RunHandler {

    private final PlanningService planning;
    private final PlanDefaults defaults;
    private final AccessStandard defaultStandard;
    private final ScenarioService scenarios;

    /** @param scenarios where plans are saved as scenarios; null: plans are runs only */
    public PlanRuns(PlanningService planning, PlanDefaults defaults, AccessStandard defaultStandard,
            ScenarioService scenarios) {
        this.planning = planning;
        this.defaults = defaults;
        this.defaultStandard = defaultStandard;
        this.scenarios = scenarios;
    }

    @Override
    public RunKind kind() {
        return RunKind.PLAN;
    }

    /** The request a run's parameters stand for, checked. */
    public PlanRequest request(String parametersJson) {
        return parameters(parametersJson).toRequest(defaults, defaultStandard);
    }

    private static PlanParameters parameters(String parametersJson) {
        return ScenarioJson.read(parametersJson, PlanParameters.class);
    }

    @Override
    public void check(String parametersJson) {
        request(parametersJson);
    }

    @Override
    public Object execute(Run run, RunContext context) {
        PlanParameters asked = parameters(run.parametersJson());
        PlanRequest request = asked.toRequest(defaults, defaultStandard);
        Optional<ScenarioParameters> scenario = scenarios == null ? Optional.empty()
                : ScenarioParameters.ofPlan(asked, request);
        if (scenario.isPresent()) {
            return scenarios.executePlan(run.id(), run.owner(), scenario.get(),
                    new ScenarioRun(run.id(), context.stop(), context::step, context::progress));
        }
        context.step("preparing: today's coverage and candidate sites");
        Prepared prepared = planning.prepare(request);
        context.step("solving: exact reference, then the search");
        return planning.solve(request, prepared, null, context::progress, context.stop());
    }
}
