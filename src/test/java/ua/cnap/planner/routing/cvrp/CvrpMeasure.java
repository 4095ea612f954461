package ua.cnap.planner.routing.cvrp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: measures the solver on the shared CVRPLIB files (args: bench folder, seconds, instance
 * names or none for all) and prints a gap table. Run by hand; the numbers go into reports.
 */
public final class CvrpMeasure {

    public static void main(String[] args) {
        Path bench = Path.of(args[0]);
        Duration limit = Duration.ofSeconds(Long.parseLong(args[1]));
        List<Path> files = args.length > 2
                ? Arrays.stream(args, 2, args.length).map(name -> bench.resolve("cvrp").resolve(name + ".vrp")).toList()
                : List.of(bench.resolve("cvrp"));
        var bestKnown = CvrpBenchmark.readBestKnown(bench.resolve("optima.csv"));
        CvrpBenchmark benchmark = new CvrpBenchmark(new CvrpSolver(org.optaplanner.core.config.solver.EnvironmentMode.REPRODUCIBLE,
                Integer.getInteger("la", CvrpSolver.LATE_ACCEPTANCE_SIZE)));
        for (Path file : files) {
            for (CvrpBenchmark.Row row : benchmark.run(List.of(file), bestKnown, limit)) {
                System.out.printf("%-12s n=%3d k=%2d best=%5d obj=%5d gap=%6.2f%% %5.1fs feasible=%s%n", row.instance(),
                        row.n(), row.k(), row.bestKnown(), row.objective(), row.gapPercent(), row.seconds(),
                        row.feasible());
            }
        }
    }
}
