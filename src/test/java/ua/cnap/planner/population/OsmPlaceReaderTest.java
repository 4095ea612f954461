package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.io.ImportLog;

/**
 * The OSM place table on a small file with the flaws of the real one, one per row: a figure with a
 * digit-group space (row 2), a text population meaning uninhabited (row 4), an empty one (row 5),
 * a "?" (row 6), no code (row 7), a cut-off code (row 8), a duplicate code (row 9) and a Russian
 * name with a Ukrainian name:uk, a lower-case code and former names (row 10).
 */
class OsmPlaceReaderTest {

    private static Path fixture() throws URISyntaxException {
        return Path.of(OsmPlaceReaderTest.class.getResource("osm-places-flawed.csv").toURI());
    }

    private static OsmPlace byCode(List<OsmPlace> places, String code) {
        return places.stream().filter(p -> code.equals(p.katottgCode())).findFirst().orElseThrow();
    }

    @Test
    void readsFiguresAndReportsEveryBadRowWithCountAndExamples() throws Exception {
        ImportLog log = new ImportLog();

        List<OsmPlace> places = new OsmPlaceReader().read(fixture(), log);

        // 9 rows: 2 without a usable code and 1 duplicate are rejected, 6 kept
        assertThat(places).hasSize(6);
        assertThat(byCode(places, "UA01010010010000001").population()).isEqualTo(5_800L);
        assertThat(byCode(places, "UA01010010010000001").otherNames()).containsExactly("Старе Містечко");
        assertThat(byCode(places, "UA01010010010000001").isUrbanPlace()).isTrue();
        assertThat(byCode(places, "UA01010010020000002").nameUk()).isEqualTo("Вербівка");
        assertThat(byCode(places, "UA01010010020000002").population()).isEqualTo(300L);
        assertThat(byCode(places, "UA01010010030000003").population()).isZero();
        assertThat(byCode(places, "UA01010010040000004").population()).isNull();
        assertThat(byCode(places, "UA01010010050000005").population()).isNull();
        OsmPlace russian = byCode(places, "UA01010010070000007");
        assertThat(russian.nameUk()).isEqualTo("Чорноземне");
        assertThat(russian.otherNames()).containsExactly("Чернозёмное", "Красное", "Червоне");
        assertThat(russian.population()).isZero();

        assertThat(log.rejected()).extracting(ImportIssue::item).containsExactlyInAnyOrder("1 row", "1 row", "1 row");
        assertThat(log.rejected()).anyMatch(r -> r.reason().startsWith("no KATOTTG code") && r.reason().contains("Сатера"));
        assertThat(log.rejected()).anyMatch(r -> r.reason().startsWith("malformed") && r.reason().contains("'UA0101001006'"));
        assertThat(log.rejected()).anyMatch(r -> r.reason().startsWith("KATOTTG code already given")
                && r.reason().contains("row 9") && r.reason().contains("= row 3"));
        assertThat(log.warnings()).anyMatch(w -> w.item().equals("1 row") && w.reason().contains("uninhabited")
                && w.reason().contains("'Нежилий'"));
        assertThat(log.warnings()).anyMatch(w -> w.item().equals("1 row") && w.reason().startsWith("no population figure")
                && w.reason().contains("Липки"));
        assertThat(log.warnings()).anyMatch(w -> w.item().equals("1 row") && w.reason().startsWith("population is not")
                && w.reason().contains("'?'"));
    }

    @Test
    void manyBadRowsAreOneEntryWithTheirCountAndTheFirstExamples(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("osm_id,katotth,name,population\n");
        for (int i = 0; i < 12; i++) {
            csv.append(i).append(",,Хутір").append(i).append(",5\n");
        }
        Path file = dir.resolve("places.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ImportLog log = new ImportLog();

        assertThat(new OsmPlaceReader().read(file, log)).isEmpty();

        assertThat(log.rejected()).singleElement().satisfies(r -> {
            assertThat(r.item()).isEqualTo("12 rows");
            assertThat(r.reason()).contains("e.g. row 2 (Хутір0").contains("Хутір4").doesNotContain("Хутір5");
        });
    }

    @Test
    void aMissingFileIsAWarningWhenOptionalAndAClearErrorWhenRequired(@TempDir Path dir) {
        Path missing = dir.resolve("ua-name-places.csv");
        ImportLog log = new ImportLog();

        assertThat(new OsmPlaceReader().readIfPresent(missing, log)).isEmpty();
        assertThat(log.warnings()).singleElement().satisfies(w -> assertThat(w.reason()).startsWith("file not present"));

        assertThatThrownBy(() -> new OsmPlaceReader().read(missing, new ImportLog()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("ua-name-places.csv");
    }

    @Test
    void aTableWithoutThePopulationColumnIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("places.csv");
        Files.writeString(file, "osm_id,katotth,name\n1,UA01010010010000001,Містечко\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new OsmPlaceReader().read(file, new ImportLog()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("population");
    }
}
