package ua.cnap.planner.routing.cvrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CvrpBenchmarkTest {

    @TempDir
    Path bench;

    @Test
    void solvesEveryFileOfAFolderAndComparesWithOptimaCsv() throws Exception {
        Path folder = Files.createDirectories(bench.resolve("cvrp"));
        Files.copy(Path.of(getClass().getResource("tiny-n4-k2.vrp").toURI()), folder.resolve("tiny-n4-k2.vrp"));
        Files.writeString(folder.resolve("notes.txt"), "not an instance");
        // 8 is deliberately below the true optimum so that the gap is not zero; the pmed row is ignored
        Files.writeString(bench.resolve("optima.csv"), """
                set,instance,n,p_or_k,optimum,kind
                pmed,tiny-n4-k2,4,2,1,OPT
                cvrp_A,tiny-n4-k2,4,2,8,BKS
                """);

        List<CvrpBenchmark.Row> rows = new CvrpBenchmark().run(bench, List.of(folder), Duration.ofSeconds(1));

        assertThat(rows).hasSize(1);
        CvrpBenchmark.Row row = rows.get(0);
        assertThat(row.instance()).isEqualTo("tiny-n4-k2");
        assertThat(row.n()).isEqualTo(4);
        assertThat(row.k()).isEqualTo(2);
        assertThat(row.bestKnown()).isEqualTo(8L);
        assertThat(row.kind()).isEqualTo("BKS");
        assertThat(row.feasible()).isTrue();
        // by hand (see CvrplibReaderTest for the rounded distances): every split of the customers
        // that fits capacity 10 costs 10, e.g. depot-1-3-depot (1 + 1 + 2) and depot-4-depot (3 + 3)
        assertThat(row.objective()).isEqualTo(10);
        assertThat(row.gapPercent()).isCloseTo(25.0, within(1e-9));
    }
}
