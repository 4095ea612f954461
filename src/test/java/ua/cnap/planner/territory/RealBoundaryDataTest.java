package ua.cnap.planner.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.ImportLog;

/**
 * The readers on the real open data (see the shared data README). Skipped, saying so, when the data
 * folder is missing.
 */
class RealBoundaryDataTest {

    private static Path data(String relative) {
        String root = System.getenv("PLANNER_SHARED_DATA");
        Path dir = Path.of(root == null ? "../shared/data" : root);
        Assumptions.assumeTrue(Files.isDirectory(dir), "real data missing at " + dir.toAbsolutePath());
        Path path = dir.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "real data missing at " + path.toAbsolutePath());
        return path;
    }

    /** All hromada codes of the KSE table, which lists every hromada outside Crimea. */
    private static Set<String> kseHromadaCodes() {
        return CsvFiles.read(data("population/full_dataset.csv"), "hromada_code").rows().stream()
                .map(row -> row.get("hromada_code"))
                .collect(Collectors.toSet());
    }

    @Test
    void mergedOsmFileHasOneValidBoundaryPerFeature() {
        Path file = data("boundaries/hromadas_ukraine_osm.geojson");
        ImportLog log = new ImportLog();

        long start = System.nanoTime();
        List<HromadaBoundary> boundaries = new BoundaryReader("katottg").read(file, log);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("hromadas_ukraine_osm.geojson: %d boundaries, %d repaired, %d rejected, %d warnings in %d ms%n",
                boundaries.size(), log.repaired().size(), log.rejected().size(), log.warnings().size(), millis);
        log.repaired().forEach(System.out::println);

        // the data README: 1466 polygons of 1469 hromadas, three named hromadas have none
        assertThat(boundaries).hasSize(1466);
        assertThat(log.rejected()).isEmpty();
        assertThat(boundaries).allSatisfy(b -> assertThat(b.boundary().isValid()).as(b.code()).isTrue());
        Set<String> codes = boundaries.stream().map(HromadaBoundary::code).collect(Collectors.toSet());
        assertThat(kseHromadaCodes()).containsAll(codes)
                .contains("UA21100270000015047", "UA32120070000050717", "UA51080010000087690");
        assertThat(codes).doesNotContain("UA21100270000015047", "UA32120070000050717", "UA51080010000087690");
    }

    @Test
    void osmRaionFolderYieldsTheSameHromadas() {
        Path folder = data("boundaries/osm-admin/raions_with_hromadas");
        ImportLog log = new ImportLog();

        long start = System.nanoTime();
        List<HromadaBoundary> boundaries = new BoundaryReader().read(folder, log);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("raions_with_hromadas/: %d boundaries, %d repaired, %d rejected, %d warnings in %d ms%n",
                boundaries.size(), log.repaired().size(), log.rejected().size(), log.warnings().size(), millis);
        log.repaired().forEach(System.out::println);

        Set<String> codes = boundaries.stream().map(HromadaBoundary::code).collect(Collectors.toSet());
        // the data README: the folder holds the same boundaries as the merged file
        Set<String> mergedFileCodes = new BoundaryReader("katottg")
                .read(data("boundaries/hromadas_ukraine_osm.geojson"), new ImportLog()).stream()
                .map(HromadaBoundary::code).collect(Collectors.toSet());
        assertThat(codes).isEqualTo(mergedFileCodes);
        // what is left out is logged, each with a reason: Kyiv's city districts (admin_level 10)
        assertThat(log.rejected()).allSatisfy(r -> assertThat(r.reason()).contains("admin_level"));
        assertThat(boundaries).allSatisfy(b -> assertThat(b.boundary().isValid()).as(b.code()).isTrue());
    }

    @Test
    void codifierHoldsEveryHromadaOfTheKseTable() {
        Path file = data("codifier/kodifikator-16-05-2025.csv");
        ImportLog log = new ImportLog();

        long start = System.nanoTime();
        Codifier codifier = new CodifierReader().read(file, log);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("codifier: %d oblast-level, %d raions, %d hromadas, %d settlements, %d rejected in %d ms%n",
                codifier.oblasts().size(), codifier.raions().size(), codifier.hromadaNames().size(),
                codifier.settlements().size(), log.rejected().size(), millis);

        assertThat(codifier.hromadaNames()).containsKeys(kseHromadaCodes().toArray(String[]::new));
        // DOMAIN.md: 24 oblasts + Crimea, plus Kyiv and Sevastopol as cities with special status
        assertThat(codifier.oblasts()).hasSize(27);
        assertThat(codifier.oblasts()).extracting(Oblast::nameUk).contains("Київ", "Севастополь", "Чернівецька");
        // DOMAIN.md: 136 raions
        assertThat(codifier.raions()).hasSize(136);
        // every settlement hangs under a hromada of the codifier; the exclusion-zone towns, under none,
        // are the only rows left out
        assertThat(codifier.settlements()).allSatisfy(s ->
                assertThat(codifier.hromadaNames()).containsKey(s.hromadaCode()));
        assertThat(log.rejected()).extracting(i -> i.reason())
                .allSatisfy(reason -> assertThat(reason).contains("belongs to no hromada"))
                .anySatisfy(reason -> assertThat(reason).startsWith("Прип’ять"));
        Set<String> oblastCodes = codifier.oblasts().stream().map(Oblast::code).collect(Collectors.toSet());
        assertThat(codifier.raions()).allSatisfy(r -> assertThat(oblastCodes).contains(r.oblastCode()));
    }
}
