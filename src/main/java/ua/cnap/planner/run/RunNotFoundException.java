package ua.cnap.planner.run;

/** No run with this id (HTTP 404). */
public class RunNotFoundException extends RuntimeException {

    public RunNotFoundException(String id) {
        super("немає запуску " + id + " (no run " + id + ")");
    }
}
