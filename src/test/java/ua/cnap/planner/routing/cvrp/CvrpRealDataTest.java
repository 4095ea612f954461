package ua.cnap.planner.routing.cvrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import ua.cnap.planner.routing.schedule.ScheduleEngine;

/** CVRPLIB Augerat set A from the shared bench folder (sibling of PLANNER_SHARED_DATA). */
class CvrpRealDataTest {

    private static Path benchFolder() {
        String data = System.getenv("PLANNER_SHARED_DATA");
        Path bench = data == null ? null : Path.of(data).resolveSibling("bench");
        assumeTrue(bench != null && Files.isDirectory(bench.resolve("cvrp")),
                "benchmark instances missing at " + bench + " (PLANNER_SHARED_DATA=" + data + ")");
        return bench;
    }

    @Test
    void readsAllSharedInstancesWithTheirBestKnownValues() throws IOException {
        Path bench = benchFolder();
        Map<String, CvrpBenchmark.BestKnown> bestKnown = CvrpBenchmark.readBestKnown(bench.resolve("optima.csv"));
        List<Path> files = CvrpBenchmark.listInstanceFiles(bench.resolve("cvrp"));

        assertThat(files).hasSize(27);
        for (Path file : files) {
            CvrpProblem problem = CvrplibReader.read(file);
            CvrpBenchmark.BestKnown known = bestKnown.get(problem.name());
            assertThat(known).as(problem.name()).isNotNull();
            // the instance name A-nN-kK carries DIMENSION and the vehicle count
            assertThat(problem.name()).isEqualTo("A-n" + problem.n() + "-k" + problem.vehicles());
            // k vehicles must be able to carry everything
            assertThat(problem.totalDemand()).isLessThanOrEqualTo((long) problem.vehicles() * problem.capacity());
            // the COMMENT states the same optimum as optima.csv
            assertThat(Files.readAllLines(file).stream().filter(l -> l.startsWith("COMMENT")).findFirst().orElseThrow())
                    .contains("Optimal value: " + known.value());
        }
    }

    @Test
    void solvesAn32k5Within5PercentOfTheOptimum() {
        Path bench = benchFolder();
        CvrpProblem problem = CvrplibReader.read(bench.resolve("cvrp/A-n32-k5.vrp"));
        assertThat(problem.n()).isEqualTo(32);
        assertThat(problem.capacity()).isEqualTo(100);
        assertThat(problem.depot()).isZero();
        long limit = Math.round(784 * 1.05);

        // the time limit is a backstop: the solve stops as soon as it is within 5 %
        CvrpResult result = CvrpSchedule.solve(problem, new ScheduleEngine(),
                new ScheduleEngine.Limits(Duration.ofSeconds(60), Long.MAX_VALUE, (double) limit));

        assertThat(result.feasible()).isTrue();
        assertThat(result.routes()).hasSize(5);
        // 784 is the proven optimum: nothing below it can be right
        assertThat(result.objective()).isBetween(784L, limit);
    }

    @Test
    void twentyThousandRoundsOnAn32k5ComeWithin2PercentOfTheOptimum() {
        CvrpProblem problem = CvrplibReader.read(benchFolder().resolve("cvrp/A-n32-k5.vrp"));

        // a count of ruin-and-recreate rounds: the result does not depend on the machine's speed
        CvrpResult result = CvrpSchedule.solve(problem, new ScheduleEngine(), ScheduleEngine.Limits.iterations(20_000));

        assertThat(result.feasible()).isTrue();
        assertThat(result.objective()).isBetween(784L, Math.round(784 * 1.02));
    }
}
