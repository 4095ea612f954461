package ua.cnap.planner.scenario;

import java.util.function.Consumer;
import ua.cnap.planner.planning.PlanProgress;
import ua.cnap.planner.planning.StopSignal;

/**
 * A scenario being executed: where it tells its steps and the progress of the plan solving now, and the
 * signal that stops it. The run that executes it ({@code ua.cnap.planner.run}) keeps both.
 */
public final class ScenarioRun {

    private final String scenarioId;
    private final StopSignal stop;
    private final Consumer<String> onStep;
    private final Consumer<PlanProgress> onProgress;

    public ScenarioRun(String scenarioId, StopSignal stop, Consumer<String> onStep, Consumer<PlanProgress> onProgress) {
        this.scenarioId = scenarioId;
        this.stop = stop;
        this.onStep = onStep;
        this.onProgress = onProgress;
    }

    /** Executed here, with nobody watching (command line, tests). */
    public ScenarioRun(String scenarioId) {
        this(scenarioId, new StopSignal(), step -> { }, progress -> { });
    }

    public String scenarioId() {
        return scenarioId;
    }

    public StopSignal stop() {
        return stop;
    }

    boolean cancelRequested() {
        return stop.isRequested();
    }

    void step(String text) {
        onStep.accept(text);
    }

    void progress(PlanProgress step) {
        onProgress.accept(step);
    }
}
