package ua.cnap.planner.scenario;

/** Where a saved scenario is. */
public enum ScenarioStatus {
    /** Saved, never run. */
    NEW,
    /** Waiting for the runner (one scenario solves at a time). */
    QUEUED,
    /** Being prepared or solved. */
    RUNNING,
    /** Finished: the result is there. */
    DONE,
    /** Failed: see the error. */
    FAILED,
    /** Stopped by the user: the result, if any, is the best plan found until then. */
    CANCELLED,
    /** It was QUEUED or RUNNING when the process stopped; run it again. */
    INTERRUPTED;

    /** QUEUED or RUNNING: a runner holds it. */
    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
