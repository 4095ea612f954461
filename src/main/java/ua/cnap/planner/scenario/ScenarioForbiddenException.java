package ua.cnap.planner.scenario;

/** A planner tried to change or run a scenario that is not theirs. */
public class ScenarioForbiddenException extends RuntimeException {

    public ScenarioForbiddenException(String message) {
        super(message);
    }
}
