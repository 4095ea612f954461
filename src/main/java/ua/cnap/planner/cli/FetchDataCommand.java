package ua.cnap.planner.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ua.cnap.planner.fetch.DataFetcher;
import ua.cnap.planner.fetch.FetchOptions;
import ua.cnap.planner.fetch.FetchReport;
import ua.cnap.planner.fetch.SourceCatalogue;

/** {@code cnap-planner fetch-data}: downloads the public sources of data/sources.yaml, checksums checked. */
@Command(name = "fetch-data", mixinStandardHelpOptions = true,
        description = "Downloads the public data sets listed in data/sources.yaml into the data folder "
                + "(default data/open), checking every file's SHA-256.")
class FetchDataCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommandLine parent;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "Sources catalogue (default: the data/sources.yaml bundled in the jar).")
    Path catalogue;

    @Option(names = "--mirror", paramLabel = "URL",
            description = "Fetch every file from <URL>/<path> instead of its upstream URL (an organisation's mirror).")
    URI mirror;

    @Option(names = "--only", paramLabel = "ID", split = ",", description = "Only these source ids.")
    List<String> only;

    @Option(names = "--accept-changed",
            description = "Install files whose checksum differs from the catalogue (live sources), with a warning.")
    boolean acceptChanged;

    @Override
    public Integer call() {
        CommonOptions common = parent.common;
        SourceCatalogue sources = catalogue == null ? SourceCatalogue.loadBundled() : SourceCatalogue.load(catalogue);
        FetchOptions options = FetchOptions.defaults()
                .withMirror(mirror)
                .withOnly(only == null ? java.util.Set.of() : new LinkedHashSet<>(only))
                .withAcceptChanged(acceptChanged);
        FetchReport report = new DataFetcher().fetch(sources, common.resolveDataDir(), options, System.err);
        if (common.json()) {
            PlannerCommandLine.printJson(report);
        } else {
            System.out.println(report.summary());
        }
        return report.hasFailures() ? PlannerCommandLine.EXIT_FAILURE : 0;
    }
}
