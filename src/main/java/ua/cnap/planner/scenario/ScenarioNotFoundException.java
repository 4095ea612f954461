package ua.cnap.planner.scenario;

/** No saved scenario has this id. */
public class ScenarioNotFoundException extends RuntimeException {

    public ScenarioNotFoundException(String id) {
        super("no scenario " + id);
    }
}
