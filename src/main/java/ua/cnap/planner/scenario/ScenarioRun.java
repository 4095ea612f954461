package ua.cnap.planner.scenario;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import ua.cnap.planner.planning.PlanJob;
import ua.cnap.planner.planning.PlanProgress;

/**
 * A scenario being run: which step it is at and the progress of the plan solving now. Kept only
 * while it runs; the saved scenario has the outcome. Safe to read from any thread.
 */
public final class ScenarioRun {

    private final String scenarioId;
    private final Instant startedAt;
    private final CompletableFuture<Scenario> finished = new CompletableFuture<>();
    private volatile String step = "queued";
    private volatile PlanJob currentJob;
    private volatile boolean cancelRequested;

    ScenarioRun(String scenarioId, Instant startedAt) {
        this.scenarioId = scenarioId;
        this.startedAt = startedAt;
    }

    public String scenarioId() {
        return scenarioId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** What it does now, in words ("preparing Чернівецька (1 of 2)", "solving …"). */
    public String step() {
        return step;
    }

    /** The best score and covered population over time of the plan solving now; empty between plans. */
    public List<PlanProgress> progress() {
        PlanJob job = currentJob;
        return job == null ? List.of() : job.progress();
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    /** Waits for the run to end and gives the saved scenario. */
    public Scenario await() {
        return finished.join();
    }

    public boolean isFinished() {
        return finished.isDone();
    }

    void step(String text) {
        step = text;
    }

    void solving(PlanJob job) {
        currentJob = job;
    }

    PlanJob currentJob() {
        return currentJob;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    void finish(Scenario scenario) {
        finished.complete(scenario);
    }
}
