package ua.cnap.planner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import java.time.Duration;
import ua.cnap.planner.bench.CoverageBenchmark;
import ua.cnap.planner.bench.LayerBenchmark;
import ua.cnap.planner.territory.TerritoryRepository;
import ua.cnap.planner.bench.PlanningBenchmark;
import ua.cnap.planner.bench.LatencyStats;
import ua.cnap.planner.bench.RunsBenchmark;
import ua.cnap.planner.bench.RunsReport;
import ua.cnap.planner.account.AccountService;
import ua.cnap.planner.network.KnownRegisters;
import ua.cnap.planner.run.RunService;
import ua.cnap.planner.store.StoreException;
import ua.cnap.planner.territory.KyivCity;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.planning.pmedian.PMedianBenchmark;
import ua.cnap.planner.routing.cvrp.CvrpBenchmark;
import ua.cnap.planner.routing.pvrp.PvrpBenchmark;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.config.PlannerProperties;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.population.SettlementRepository;
import ua.cnap.planner.travel.RoadModelBenchmark;
import ua.cnap.planner.travel.TravelModelProvider;

/**
 * {@code cnap-planner bench coverage}: prints speed and memory figures (medians of repeated runs).
 * Figures, not tests: nothing fails on a slow machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures. Suites: coverage (an oblast and the whole country on the "
                + "configured travel model, the road model on an OSM extract, peak heap); layers (the map's "
                + "layers of an oblast and the country, cold and warm); runs (a batch of oblast scenarios on one "
                + "and on two planner servers over one PostGIS, one of them killed mid-batch).")
class BenchCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommandLine parent;

    @Parameters(index = "0", paramLabel = "SUITE", description = "coverage, plan, pmed, cvrp, pvrp, layers or runs")
    String suite;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE|DIR",
            description = "pmed: an OR-Library p-median file or folder; cvrp: a CVRPLIB file or folder; pvrp: a Cordeau PVRP file or folder.")
    Path pmedPath;

    @Option(names = "--optima", paramLabel = "FILE",
            description = "pmed: published optima (default: optima.csv beside the instances' folder).")
    Path optimaFile;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "30s",
            description = "plan: OptaPlanner's time limit per case (default 30s).")
    String timeLimit;

    @Option(names = "--budgets", paramLabel = "UAH", split = ",", defaultValue = "2000000,5000000,10000000",
            description = "plan: budgets to try (default 2, 5 and 10 million UAH).")
    List<Long> budgets;

    @Option(names = "--scale", paramLabel = "CASES", split = ",", defaultValue = "oblasts,multi,national",
            description = "plan: oblasts (three oblasts, --budgets), multi (three oblasts under one budget), national "
                    + "(the whole country at 20, 100 and 500 million UAH, rules none; and default rules and "
                    + "exclusions at 100 million). Default: all three.")
    List<String> scale;

    @Option(names = "--oblast", paramLabel = "OBLAST", description = "Oblast to time (default Чернівецька).")
    String oblast = "Чернівецька";

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs per case after one warm-up (default 5).")
    int runs = 5;

    @Option(names = "--osm", paramLabel = "FILE",
            description = "OSM extract for the road model (default: osm/andorra.osm.pbf in the data folder).")
    Path osm;

    @Override
    public Integer call() {
        if (!List.of("coverage", "plan", "pmed", "cvrp", "pvrp", "layers", "runs").contains(suite)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "unknown suite '" + suite + "': use coverage, plan, pmed, cvrp, pvrp, layers or runs");
        }
        CommonOptions options = parent.common;
        if ("pmed".equals(suite)) {
            return pmed(options);
        }
        if ("cvrp".equals(suite)) {
            return cvrp(options);
        }
        if ("pvrp".equals(suite)) {
            return pvrp(options);
        }
        if ("plan".equals(suite)) {
            return plan(options);
        }
        if ("layers".equals(suite)) {
            return layers(options);
        }
        if ("runs".equals(suite)) {
            return runs(options);
        }
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(options, WebApplicationType.NONE)) {
            PlannerProperties properties = context.getBean(PlannerProperties.class);
            CoverageBenchmark bench = new CoverageBenchmark(context.getBean(CoverageService.class),
                    context.getBean(SettlementRepository.class), context.getBean(AccessPointRepository.class));
            AccessStandard standard = context.getBean(AccessStandard.class);
            List<CoverageBenchmark.Figure> figures = new ArrayList<>();
            figures.add(bench.service(oblast, null, standard, runs));
            figures.add(bench.service("all", "ukraine-2017", standard, runs));
            figures.add(bench.country(context.getBean(TravelModelProvider.class).get(), standard, runs));

            Path extract = osm != null ? osm : properties.dataDirPath().resolve("osm/andorra.osm.pbf");
            RoadModelBenchmark.Result road = null;
            if (Files.isRegularFile(extract)) {
                road = RoadModelBenchmark.run(extract, properties.workspacePath(), 200);
            }
            Map<String, Long> heap = CoverageBenchmark.peakHeapMebibytes();

            if (options.json()) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("cores", Runtime.getRuntime().availableProcessors());
                out.put("figures", figures);
                out.put("roadModel", road);
                out.put("peakHeapMebibytes", heap);
                PlannerCommandLine.printJson(out);
            } else {
                System.out.printf("bench coverage on %d cores (medians of %d runs after a warm-up)%n",
                        Runtime.getRuntime().availableProcessors(), runs);
                for (CoverageBenchmark.Figure f : figures) {
                    System.out.printf("  %-58s %,7d settlements × %,5d points: median %.3f s (min %.3f, max %.3f)%n",
                            f.name(), f.settlements(), f.accessPoints(), f.medianSeconds(), f.minSeconds(),
                            f.maxSeconds());
                }
                System.out.printf("  travel model: %s%n", figures.get(0).note());
                if (road == null) {
                    System.out.printf("  road model: no OSM extract at %s%n", extract);
                } else {
                    System.out.printf("  road model (%s): graph %s in %.2f s, %,d nodes, %,d edges; %d trees of %d "
                                    + "origins, mean %.1f ms per tree%n", extract.getFileName(),
                            road.graphBuilt() ? "built" : "loaded", road.buildOrLoadSeconds(), road.nodes(),
                            road.edges(), road.trees(), road.originsPerTree(), road.meanTreeMillis());
                }
                System.out.printf("  peak heap (sum of pool peaks): %,d MiB%n", heap.get("sum of pool peaks"));
            }
            return 0;
        }
    }

    /** No store or Spring needed: the instances carry everything. */
    private int pmed(CommonOptions options) {
        if (pmedPath == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "bench pmed needs an OR-Library file or folder, e.g. ../shared/bench/pmed/pmed1.txt");
        }
        boolean folder = Files.isDirectory(pmedPath);
        List<Path> files = folder ? PMedianBenchmark.listInstanceFiles(pmedPath) : List.of(pmedPath);
        Path instancesFolder = folder ? pmedPath : pmedPath.toAbsolutePath().getParent();
        Path optima = optimaFile != null ? optimaFile : instancesFolder.resolveSibling("optima.csv");
        Map<String, PMedianBenchmark.PublishedOptimum> published = Files.isRegularFile(optima)
                ? PMedianBenchmark.readOptima(optima) : Map.of();
        Duration limit = PlanCommand.duration(timeLimit, "--time-limit");
        List<PMedianBenchmark.Row> rows = new PMedianBenchmark().runFiles(files, published, limit);
        if (options.json()) {
            PlannerCommandLine.printJson(folder ? Map.of("timeLimitSeconds", limit.toSeconds(), "rows", rows)
                    : rows.get(0));
            return 0;
        }
        System.out.printf("bench pmed: OptaPlanner p-median, %d s per instance, %d cores%n", limit.toSeconds(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  %-8s %5s %5s %9s %9s %7s %8s%n", "instance", "n", "p", "optimum", "objective", "gap %",
                "seconds");
        for (PMedianBenchmark.Row r : rows) {
            System.out.printf("  %-8s %5d %5d %9s %9d %7s %8.1f%n", r.instance(), r.n(), r.p(),
                    r.optimum() == null ? "?" : r.optimum(), r.objective(),
                    r.gapPercent() == null ? "?" : String.format("%.2f", r.gapPercent()), r.seconds());
        }
        return 0;
    }

    /** Cordeau's periodic VRP instances against best-known values, on the engine of {@code routes}. */
    private int pvrp(CommonOptions options) {
        if (pmedPath == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "bench pvrp needs a Cordeau PVRP file or folder, e.g. ../shared/bench/pvrp/p01.txt");
        }
        boolean folder = Files.isDirectory(pmedPath);
        Path instancesFolder = folder ? pmedPath : pmedPath.toAbsolutePath().getParent();
        Path optima = optimaFile != null ? optimaFile : instancesFolder.resolveSibling("optima.csv");
        Map<String, Double> bestKnown = Files.isRegularFile(optima) ? PvrpBenchmark.readBestKnown(optima) : Map.of();
        Duration limit = PlanCommand.duration(timeLimit, "--time-limit");
        List<PvrpBenchmark.Row> rows = new PvrpBenchmark().run(List.of(pmedPath), bestKnown, limit);
        if (options.json()) {
            PlannerCommandLine.printJson(folder ? Map.of("timeLimitSeconds", limit.toSeconds(), "rows", rows)
                    : rows.get(0));
            return 0;
        }
        System.out.printf("bench pvrp: schedule engine (ruin and recreate), %d s per instance, %d cores%n",
                limit.toSeconds(), Runtime.getRuntime().availableProcessors());
        for (PvrpBenchmark.Row r : rows) {
            System.out.printf("  %-6s n=%3d t=%2d m=%2d best=%8s objective=%9.2f gap=%6s%% %5.1f s%s%n", r.instance(),
                    r.customers(), r.days(), r.vehicles(), r.bestKnown() == null ? "?" : r.bestKnown(), r.objective(),
                    r.gapPercent() == null ? "?" : String.format("%.2f", r.gapPercent()), r.seconds(),
                    r.feasible() ? "" : "  INFEASIBLE");
        }
        return 0;
    }

    /** CVRPLIB instances against best-known values; objective with CVRPLIB's rounding. */
    private int cvrp(CommonOptions options) {
        if (pmedPath == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "bench cvrp needs a CVRPLIB file or folder, e.g. ../shared/bench/cvrp/A-n32-k5.vrp");
        }
        boolean folder = Files.isDirectory(pmedPath);
        Path instancesFolder = folder ? pmedPath : pmedPath.toAbsolutePath().getParent();
        Path optima = optimaFile != null ? optimaFile : instancesFolder.resolveSibling("optima.csv");
        Map<String, CvrpBenchmark.BestKnown> bestKnown = Files.isRegularFile(optima)
                ? CvrpBenchmark.readBestKnown(optima) : Map.of();
        Duration limit = PlanCommand.duration(timeLimit, "--time-limit");
        List<CvrpBenchmark.Row> rows = new CvrpBenchmark().run(List.of(pmedPath), bestKnown, limit);
        if (options.json()) {
            PlannerCommandLine.printJson(folder ? Map.of("timeLimitSeconds", limit.toSeconds(), "rows", rows)
                    : rows.get(0));
            return 0;
        }
        System.out.printf("bench cvrp: OptaPlanner CVRP, %d s per instance, %d cores%n", limit.toSeconds(),
                Runtime.getRuntime().availableProcessors());
        for (CvrpBenchmark.Row r : rows) {
            System.out.printf("  %-12s n=%3d k=%2d best=%6s objective=%6d gap=%6s%% %5.1f s%s%n", r.instance(), r.n(),
                    r.k(), r.bestKnown() == null ? "?" : r.bestKnown(), r.objective(),
                    r.gapPercent() == null ? "?" : String.format("%.2f", r.gapPercent()), r.seconds(),
                    r.feasible() ? "" : "  INFEASIBLE");
        }
        return 0;
    }

    /** The map's layers of an oblast and the country, cold and warm. */
    private int layers(CommonOptions options) {
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(options, WebApplicationType.NONE)) {
            LayerBenchmark bench = new LayerBenchmark(context.getBean(CoverageService.class),
                    context.getBean(TerritoryRepository.class), context.getBean(AccessPointRepository.class));
            List<LayerBenchmark.Figure> figures = bench.run(oblast, context.getBean(AccessStandard.class), runs);
            if (options.json()) {
                PlannerCommandLine.printJson(Map.of("cores", Runtime.getRuntime().availableProcessors(),
                        "figures", figures));
                return 0;
            }
            System.out.printf("bench layers on %d cores (medians of %d runs; cold: fresh caches, warm: filled)%n",
                    Runtime.getRuntime().availableProcessors(), runs);
            System.out.printf("  %-14s %-28s %12s %12s %12s%n", "area", "layer", "bytes", "cold ms", "warm ms");
            for (LayerBenchmark.Figure f : figures) {
                System.out.printf("  %-14s %-28s %,12d %12.1f %12.1f%n", f.area(), f.layer(), f.bytes(),
                        f.coldMedianMs(), f.warmMedianMs());
            }
            return 0;
        }
    }

    private int plan(CommonOptions options) {
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(options, WebApplicationType.NONE)) {
            PlanningBenchmark bench = new PlanningBenchmark(context.getBean(PlanningService.class),
                    context.getBean(PlanDefaults.class));
            Duration limit = PlanCommand.duration(timeLimit, "--time-limit");
            List<PlanningBenchmark.Scale> scales = scale.stream()
                    .map(s -> PlanningBenchmark.Scale.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT))).toList();
            if (!options.json()) {
                System.out.printf("bench plan: OptaPlanner's own plan (%d s) against the OR-Tools optimum, %d cores, "
                        + "max heap %,d MiB%n", limit.toSeconds(), Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20);
                System.out.printf("  %-30s %-6s %-7s %12s %6s %10s %10s %9s %7s %7s %8s %7s %6s %7s %6s%n", "area",
                        "rules", "exclus.", "budget UAH", "cand", "OptaPl.", "OR-Tools", "status", "gap %",
                        "to 1 %", "to best", "OR s", "build", "inst MB", "peak MB");
            }
            List<PlanningBenchmark.Row> rows = bench.run(PlanningBenchmark.cases(scales), budgets, limit,
                    Duration.ofSeconds(120), r -> {
                        if (!options.json()) {
                            System.out.printf("  %-30s %-6s %-7s %,12d %6d %,10d %,10d %9s %7.2f %6s %7.1fs %6.1fs "
                                    + "%5.0fs %7d %7d%n", abbreviate(r.oblast()), r.rules(), r.exclusions(),
                                    r.budgetUah(), r.candidates(), r.newlyCoveredOptaPlanner(),
                                    r.newlyCoveredOrTools() == null ? 0 : r.newlyCoveredOrTools(), r.exactStatus(),
                                    r.gapPercent() == null ? Double.NaN : r.gapPercent(),
                                    r.secondsToWithin1Percent() == null ? "never"
                                            : String.format("%.1fs", r.secondsToWithin1Percent()),
                                    r.secondsToBest(), r.exactSeconds() == null ? 0 : r.exactSeconds(),
                                    r.prepareSeconds(), r.instanceHeapMib(), r.peakHeapMib());
                        }
                    });
            if (options.json()) {
                PlannerCommandLine.printJson(Map.of("cores", Runtime.getRuntime().availableProcessors(),
                        "timeLimitSeconds", limit.toSeconds(), "maxHeapMib", Runtime.getRuntime().maxMemory() >> 20,
                        "rows", rows));
            }
            return 0;
        }
    }

    private static String abbreviate(String area) {
        return area.length() <= 30 ? area : area.substring(0, 29) + "…";
    }

    @Option(names = "--solve-seconds", paramLabel = "S",
            description = "runs: time limit of each plan's search and of its exact reference (default 5).")
    int solveSeconds = 5;

    @Option(names = "--budget", paramLabel = "UAH", description = "runs: each oblast's budget (default 5000000).")
    long runsBudgetUah = 5_000_000;

    @Option(names = "--port", paramLabel = "PORT",
            description = "runs: the first instance's port on 127.0.0.1, the second's the next (default 18380).")
    int firstPort = 18380;

    @Option(names = "--batch", paramLabel = "N",
            description = "runs: oblast scenarios per batch, in code order (default: all 24 oblasts).")
    Integer batchSize;

    /**
     * Two planner servers (their own JVMs) over the configured PostGIS, fed batches of oblast scenarios
     * on the 2017 map ({@link RunsBenchmark}).
     */
    private int runs(CommonOptions options) {
        if (options.store != null && !"postgis".equalsIgnoreCase(options.store.strip())) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "bench runs shares one PostGIS between instances: use --store postgis (or leave --store out)");
        }
        options.store = "postgis";
        requireReachable(options);
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(options, WebApplicationType.NONE)) {
            PlannerProperties.Postgis postgis = context.getBean(PlannerProperties.class).postgis();
            TerritoryRepository territory = context.getBean(TerritoryRepository.class);
            // the 24 oblasts: Kyiv city is one hromada, Crimea and Sevastopol have none in the data
            java.util.Set<String> withHromadas = territory.listHromadas().stream()
                    .map(ua.cnap.planner.territory.Hromada::oblastCode).collect(java.util.stream.Collectors.toSet());
            List<Oblast> oblasts = territory.listOblasts().stream()
                    .filter(o -> withHromadas.contains(o.code()) && !KyivCity.CODE.equals(o.code()))
                    .sorted(java.util.Comparator.comparing(Oblast::code))
                    .limit(batchSize == null ? Long.MAX_VALUE : Math.max(1, batchSize))
                    .toList();
            if (oblasts.isEmpty()) {
                throw new StoreException("the PostGIS store at " + postgis.url() + " holds no oblasts: import the "
                        + "data into it first (cnap-planner --store postgis import --data DIR)");
            }
            List<String> arguments = new ArrayList<>(List.of("--data", options.resolveDataDir().toString(),
                    "--store", "postgis",
                    // a dead instance's runs are taken over after 2 s × 4 rather than 10 s × 6
                    "--planner.runs.threads=1", "--planner.runs.polling-seconds=1",
                    "--planner.runs.heartbeat-seconds=2", "--planner.runs.missed-heartbeats=4"));
            if (options.workspace != null) {
                arguments.addAll(1, List.of("--workspace", options.workspace.toString()));
            }
            Path logs;
            try {
                logs = Files.createTempDirectory("cnap-bench-runs-");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot make a folder for the instances' logs", e);
            }
            RunsBenchmark.Settings settings = new RunsBenchmark.Settings(oblasts, KnownRegisters.UKRAINE_2017.id(),
                    runsBudgetUah, solveSeconds, firstPort, arguments,
                    Map.of("PLANNER_POSTGIS_URL", postgis.url(), "PLANNER_POSTGIS_USER", postgis.username(),
                            "PLANNER_POSTGIS_PASSWORD", postgis.password()),
                    LoadBenchCommand.benchToken(context.getBean(AccountService.class), "runs-bench", "bench runs"),
                    logs);
            System.err.printf("bench runs: %d oblast scenarios per batch over %s; instances' logs in %s%n",
                    oblasts.size(), postgis.url(), logs);
            RunsReport report = new RunsBenchmark(settings, context.getBean(RunService.class)::listExecuting).run();
            if (options.json()) {
                PlannerCommandLine.printJson(report);
            } else {
                printRuns(report, settings, postgis.url());
            }
            return 0;
        }
    }

    /** Only the settings, to try the connection before the whole application waits 30 s for it. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.context.properties.EnableConfigurationProperties(PlannerProperties.class)
    static class SettingsOnly {
    }

    /** Fails within seconds, saying where and how, when the configured PostGIS does not answer. */
    private static void requireReachable(CommonOptions options) {
        PlannerProperties.Postgis postgis;
        try (ConfigurableApplicationContext settings = PlannerCommandLine.startSpring(options, WebApplicationType.NONE,
                SettingsOnly.class)) {
            postgis = settings.getBean(PlannerProperties.class).postgis();
        }
        java.sql.DriverManager.setLoginTimeout(10);
        try (java.sql.Connection ignored = java.sql.DriverManager.getConnection(postgis.url(), postgis.username(),
                postgis.password())) {
            // reachable
        } catch (java.sql.SQLException e) {
            throw new StoreException("bench runs needs a PostGIS, and none answers at " + postgis.url() + " as "
                    + postgis.username() + " (" + e.getMessage() + "): start it (.ci/run shows how) or set "
                    + "PLANNER_POSTGIS_URL, PLANNER_POSTGIS_USER and PLANNER_POSTGIS_PASSWORD", e);
        }
    }

    private static void printRuns(RunsReport report, RunsBenchmark.Settings settings, String url) {
        System.out.printf("bench runs: %d oblast scenarios per batch (register %s, %,d UAH each, search and exact "
                        + "reference %d s each) over %s; %d cores, load average %.2f at the start, %.2f at the end%n",
                report.scenariosPerBatch(), settings.register(), settings.budgetUah(), settings.solveSeconds(), url,
                report.cores(), report.loadAtStart(), report.loadAtEnd());
        if (report.otherActiveRuns() > 0) {
            System.out.printf("  note: %d runs of others were queued or running at the start%n",
                    report.otherActiveRuns());
        }
        System.out.printf("  %-32s %9s %4s %4s %6s %4s %14s %10s %8s%n", "batch", "instances", "runs", "done",
                "failed", "lost", "executed twice", "taken over", "wall s");
        for (RunsReport.Batch b : report.batches()) {
            System.out.printf("  %-32s %9d %4d %4d %6d %4d %14d %10d %8.1f%n", b.label(), b.instances(), b.runs(),
                    b.done(), b.failed(), b.lost(), b.executedTwice(), b.takenOver(), b.wallSeconds());
            if (b.kill() != null) {
                System.out.println("    " + b.kill());
            }
        }
        System.out.println("  starts answered (202) while the batch filled the queue:");
        for (RunsReport.StartLatency s : report.starts()) {
            LatencyStats l = s.latency();
            System.out.printf("    %-30s %3d starts, %3d answered QUEUED: p50 %7.1f ms, p95 %7.1f ms, max %7.1f ms%n",
                    l.name(), l.count(), s.queued(), l.p50Millis(), l.p95Millis(), l.maxMillis());
        }
        System.out.println("  per oblast, on one instance (proven: OR-Tools proved the coverage optimum after this "
                + "long; reached: the search met that optimum at its cheapest cost, since the solve began, or ran to "
                + "its limit; plan: whose plan is proposed, with its gaps):");
        System.out.printf("    %-20s %7s %-9s %9s %9s %-9s %7s %8s %11s %12s%n", "oblast", "run s", "reference",
                "proven s", "reached s", "plan", "gap %", "cost gap", "newly cov.", "cost UAH");
        for (RunsReport.OblastFigures o : report.oblasts()) {
            System.out.printf("    %-20s %7.1f %-9s %9s %9s %-9s %7s %8s %,11d %,12d%n", o.oblast(), o.runSeconds(),
                    o.exactStatus() == null ? "-" : o.exactStatus(), seconds(o.exactSeconds()),
                    o.optimumSeconds() == null ? "limit" : seconds(o.optimumSeconds()),
                    o.planSource() == null ? "-" : o.planSource().replace("exact ", ""), percent(o.gap()),
                    percent(o.costGap()), o.newlyCovered(), o.costUah());
        }
        if (report.leftInStore() > 0) {
            System.out.printf("  %d scenarios or runs of the bench could not be deleted%n", report.leftInStore());
        }
    }

    private static String seconds(Double value) {
        return value == null ? "-" : String.format("%.2f", value);
    }

    private static String percent(Double share) {
        return share == null ? "-" : String.format("%.2f", share * 100);
    }
}
