package ua.cnap.planner.routing.pvrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.routing.schedule.ScheduleEngine;

class PvrpBenchmarkTest {

    @TempDir
    Path bench;

    @Test
    void solvesEveryInstanceOfAFolderAndComparesWithOptimaCsv() throws Exception {
        Path folder = Files.createDirectories(bench.resolve("pvrp"));
        Files.writeString(folder.resolve("small.txt"), CordeauReaderTest.SMALL);
        Files.writeString(folder.resolve("CordeauFilesDesc.txt"), "the format's description, not an instance");
        // 40 is deliberately below the optimum so that the gap is not zero; the cvrp row is ignored
        Files.writeString(bench.resolve("optima.csv"), """
                set,instance,n,p_or_k,optimum,kind
                cvrp_A,small,3,2,1,BKS
                pvrp_cordeau,small,3,5d_x2v,40,BKS (real-valued Euclidean)
                """);
        Map<String, Double> known = PvrpBenchmark.readBestKnown(bench.resolve("optima.csv"));

        List<PvrpBenchmark.Row> rows = new PvrpBenchmark().run(List.of(folder), known,
                ScheduleEngine.Limits.iterations(500));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.instance()).isEqualTo("small");
            assertThat(row.feasible()).isTrue();
            assertThat(row.bestKnown()).isEqualTo(40.0);
            // by hand: customer 3 (at -3, -4) every day, customer 1 (3, 4) once, customer 2 (6, 8) on two days.
            // A day with 3 alone costs 10; 1 and 3 together 5 + 10 + 5 = 20; 2 and 3 together 10 + 15 + 5 = 30,
            // and 1, 2, 3 together 5 + 5 + 15 + 5 = 30 (load 35, fits 50). Best: 1 on a day of 2 → three days
            // at 10, two at 30 = 90
            assertThat(row.objective()).isCloseTo(90.0, within(1e-6));
            assertThat(row.gapPercent()).isCloseTo(125.0, within(1e-9));
        });
    }
}
