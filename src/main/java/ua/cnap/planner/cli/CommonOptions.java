package ua.cnap.planner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes. They are handed to Spring as command-line properties, so they beat
 * application.yml and environment variables.
 */
public class CommonOptions {

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Open-data folder (default: environment PLANNER_DATA_DIR, else data/open).")
    Path dataDir;

    @Option(names = "--store", paramLabel = "embedded|postgis", scope = ScopeType.INHERIT,
            description = "Where data is kept: embedded (H2GIS in the workspace, default) or postgis.")
    String store;

    @Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for the embedded database and caches (default: workspace).")
    Path workspace;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Machine-readable output on stdout; logs stay on stderr.")
    boolean json;

    /** Spring's own {@code --name=value} arguments given to the server (see {@link PlannerCommandLine}). */
    List<String> extraSpringArguments = List.of();

    /** The data folder this run uses: --data, else PLANNER_DATA_DIR, else data/open. */
    public Path resolveDataDir() {
        if (dataDir != null) {
            return dataDir;
        }
        String fromEnvironment = System.getenv("PLANNER_DATA_DIR");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "data/open" : fromEnvironment);
    }

    public boolean json() {
        return json;
    }

    /** Spring command-line arguments for these options. */
    List<String> springArguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--planner.data-dir=" + resolveDataDir());
        if (store != null) {
            arguments.add("--planner.store=" + store);
        }
        if (workspace != null) {
            arguments.add("--planner.workspace=" + workspace);
        }
        arguments.addAll(extraSpringArguments);
        return arguments;
    }
}
