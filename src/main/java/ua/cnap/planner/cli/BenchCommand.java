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
import ua.cnap.planner.bench.CoverageBenchmark;
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
                + "configured travel model, the road model on an OSM extract, peak heap).")
class BenchCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommandLine parent;

    @Parameters(index = "0", paramLabel = "SUITE", description = "coverage")
    String suite;

    @Option(names = "--oblast", paramLabel = "OBLAST", description = "Oblast to time (default Чернівецька).")
    String oblast = "Чернівецька";

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs per case after one warm-up (default 5).")
    int runs = 5;

    @Option(names = "--osm", paramLabel = "FILE",
            description = "OSM extract for the road model (default: osm/andorra.osm.pbf in the data folder).")
    Path osm;

    @Override
    public Integer call() {
        if (!"coverage".equals(suite)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "unknown suite '" + suite + "': use coverage");
        }
        CommonOptions options = parent.common;
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
}
