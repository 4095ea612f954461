package ua.cnap.planner.run;

/** The work of one kind of run: checks its parameters before it is queued, executes it when its turn comes. */
public interface RunHandler {

    RunKind kind();

    /** Throws {@link ua.cnap.planner.io.BadInputException} naming the field when the parameters are wrong. */
    void check(String parametersJson);

    /** The result to keep (as JSON), or null when stopped before anything was found. */
    Object execute(Run run, RunContext context);
}
