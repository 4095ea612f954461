package ua.cnap.planner.run;

/** Where a run is. */
public enum RunStatus {
    /** Saved, waiting for an executor (of any instance sharing the store). */
    QUEUED,
    /** An executor works on it. */
    RUNNING,
    /** Finished: the result is there. */
    DONE,
    /** Failed: see the error; it fails alone. */
    FAILED,
    /** Stopped by its owner or an admin: the result, if any, is the best found until then. */
    CANCELLED,
    /** Could not be finished (e.g. the parameters no longer read); see the error. */
    INTERRUPTED;

    /** QUEUED or RUNNING: counts against the bound of active runs. */
    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
