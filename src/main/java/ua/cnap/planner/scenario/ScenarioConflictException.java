package ua.cnap.planner.scenario;

/** The scenario is not in a state that allows this (e.g. deleting one that is running). */
public class ScenarioConflictException extends RuntimeException {

    public ScenarioConflictException(String message) {
        super(message);
    }
}
