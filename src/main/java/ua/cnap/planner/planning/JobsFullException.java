package ua.cnap.planner.planning;

/** As many plans are solving as the server runs at once; the caller should try later. */
public class JobsFullException extends RuntimeException {

    public JobsFullException(String message) {
        super(message);
    }
}
