package ua.cnap.planner.run;

/** As many runs are queued or running as the store takes; the caller should try later (HTTP 429). */
public class RunsFullException extends RuntimeException {

    public RunsFullException(String message) {
        super(message);
    }
}
