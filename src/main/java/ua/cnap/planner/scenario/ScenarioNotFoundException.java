package ua.cnap.planner.scenario;

import ua.cnap.planner.io.BadInputException;

/** No saved scenario has this id: the caller's to fix (the CLI exits 2, the API answers 404). */
public class ScenarioNotFoundException extends BadInputException {

    public ScenarioNotFoundException(String id) {
        super("scenario", id, "no saved scenario has this id (see `scenario list`)");
    }
}
