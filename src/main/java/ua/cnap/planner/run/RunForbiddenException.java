package ua.cnap.planner.run;

/** Someone not the owner nor an admin tried to stop or delete a run (HTTP 403). */
public class RunForbiddenException extends RuntimeException {

    public RunForbiddenException(String message) {
        super(message);
    }
}
