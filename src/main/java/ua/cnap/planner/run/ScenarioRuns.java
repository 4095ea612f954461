package ua.cnap.planner.run;

import java.util.LinkedHashMap;
import java.util.Map;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.scenario.Scenario;
import ua.cnap.planner.scenario.ScenarioJson;
import ua.cnap.planner.scenario.ScenarioRun;
import ua.cnap.planner.scenario.ScenarioService;

/**
 * Runs of kind SCENARIO: the saved scenario's id in; the scenario is executed and saved with its result
 * ({@link ScenarioService#execute}), the run keeps its status and headline figures.
 */
public final class ScenarioRuns implements RunHandler {

    /** What a scenario run is given. */
    public record Parameters(String scenarioId) {
    }

    private final ScenarioService scenarios;

    public ScenarioRuns(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public RunKind kind() {
        return RunKind.SCENARIO;
    }

    @Override
    public void check(String parametersJson) {
        Parameters parameters = ScenarioJson.read(parametersJson, Parameters.class);
        if (parameters == null || parameters.scenarioId() == null) {
            throw new BadInputException("run", "scenarioId", "required: the saved scenario to run");
        }
        scenarios.get(parameters.scenarioId());
    }

    @Override
    public Object execute(Run run, RunContext context) {
        String id = ScenarioJson.read(run.parametersJson(), Parameters.class).scenarioId();
        Scenario done = scenarios.execute(new ScenarioRun(id, context.stop(), context::step, context::progress));
        if (done.error() != null && done.result() == null) {
            throw new IllegalStateException(done.error());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scenarioId", done.id());
        result.put("status", done.status().name());
        result.put("totals", done.result() == null ? null : done.result().totals());
        return result;
    }
}
