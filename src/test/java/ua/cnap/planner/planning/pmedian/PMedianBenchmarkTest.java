package ua.cnap.planner.planning.pmedian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PMedianBenchmarkTest {

    @TempDir
    Path bench;

    @Test
    void comparesWithThePublishedValueAndComputesTheGap() throws IOException {
        Files.createDirectories(bench.resolve("pmed"));
        // star around vertex 1 (spokes 2, 3, 4): the 1-median is vertex 1 with 2 + 3 + 4 = 9
        Files.writeString(bench.resolve("pmed/pmedA.txt"), "4 3 1\n1 2 2\n1 3 3\n1 4 4\n");
        Files.writeString(bench.resolve("pmed/pmedB.txt"), "2 1 1\n1 2 5\n");
        // optima.csv says 6 for pmedA (wrong on purpose, so the gap is (9 - 6) / 6 = 50 %),
        // has no row for pmedB, and a vrp row with a decimal optimum that must be skipped
        Files.writeString(bench.resolve("optima.csv"), """
                set,instance,n,p_or_k,optimum,kind
                pmed,pmedA,4,1,6,OPT
                pvrp_cordeau,p01,51,2d_x3v,524.61,BKS (real-valued Euclidean)
                """);

        List<PMedianBenchmark.Row> rows = new PMedianBenchmark()
                .run(bench, List.of("pmedA", "pmedB"), Duration.ofMillis(300));

        assertThat(rows).hasSize(2);
        PMedianBenchmark.Row a = rows.get(0);
        assertThat(a.instance()).isEqualTo("pmedA");
        assertThat(a.n()).isEqualTo(4);
        assertThat(a.p()).isEqualTo(1);
        assertThat(a.objective()).isEqualTo(9);
        assertThat(a.optimum()).isEqualTo(6);
        assertThat(a.kind()).isEqualTo("OPT");
        assertThat(a.gapPercent()).isCloseTo(50.0, within(1e-9));
        assertThat(a.seconds()).isPositive();
        PMedianBenchmark.Row b = rows.get(1);
        assertThat(b.objective()).isEqualTo(5);
        assertThat(b.optimum()).isNull();
        assertThat(b.gapPercent()).isNull();
    }

    @Test
    void listsInstanceFilesInNumberOrder() throws IOException {
        for (String name : List.of("pmed10.txt", "pmed2.txt", "pmed1.txt", "readme.txt")) {
            Files.writeString(bench.resolve(name), "");
        }

        assertThat(PMedianBenchmark.listInstanceFiles(bench)).extracting(p -> p.getFileName().toString())
                .containsExactly("pmed1.txt", "pmed2.txt", "pmed10.txt");
    }
}
