package ua.cnap.planner.planning.pmedian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** OR-Library instances from the shared bench folder (sibling of PLANNER_SHARED_DATA). */
class PMedianRealDataTest {

    private static Path benchFolder() {
        String data = System.getenv("PLANNER_SHARED_DATA");
        Path bench = data == null ? null : Path.of(data).resolveSibling("bench");
        assumeTrue(bench != null && Files.isDirectory(bench.resolve("pmed")),
                "benchmark instances missing at " + bench + " (PLANNER_SHARED_DATA=" + data + ")");
        return bench;
    }

    @Test
    void solvesPmed1ToItsPublishedOptimum() {
        Path bench = benchFolder();
        long optimum = PMedianBenchmark.readOptima(bench.resolve("optima.csv")).get("pmed1").optimum();
        PMedianProblem problem = OrLibraryPMedianReader.read(bench.resolve("pmed/pmed1.txt"));
        assertThat(problem.n()).isEqualTo(100);
        assertThat(problem.p()).isEqualTo(5);

        // the time limit is a backstop: the solve stops at the optimum
        PMedianResult result = new PMedianSolver().solve(problem, Duration.ofSeconds(120), optimum);

        assertThat(result.objective()).isEqualTo(5819);
        assertThat(problem.objectiveOf(result.medians())).isEqualTo(5819);
    }

    @Test
    void readsThePmedRowsOfOptimaCsv() {
        Map<String, PMedianBenchmark.PublishedOptimum> optima =
                PMedianBenchmark.readOptima(benchFolder().resolve("optima.csv"));

        assertThat(optima).hasSize(20).containsKeys("pmed1", "pmed20");
        assertThat(optima.get("pmed20")).isEqualTo(new PMedianBenchmark.PublishedOptimum("pmed20", 1789, "OPT"));
    }

    @Test
    void everySharedInstanceReadsAsAConnectedGraph() {
        Path bench = benchFolder();
        var files = PMedianBenchmark.listInstanceFiles(bench.resolve("pmed"));

        assertThat(files).hasSize(20);
        for (Path file : files) {
            PMedianProblem problem = OrLibraryPMedianReader.read(file);
            // symmetric and the diagonal zero: undirected shortest paths
            for (int i = 0; i < problem.n(); i++) {
                assertThat(problem.distance()[i][i]).isZero();
                for (int j = 0; j < i; j++) {
                    assertThat(problem.distance()[i][j]).isEqualTo(problem.distance()[j][i]);
                }
            }
        }
    }
}
