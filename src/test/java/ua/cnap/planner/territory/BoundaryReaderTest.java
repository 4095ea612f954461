package ua.cnap.planner.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;

class BoundaryReaderTest {

    private static final double DEGREE_TOLERANCE = 1e-6;

    private final BoundaryReader reader = new BoundaryReader();

    static Path fixture(String name) {
        try {
            return Path.of(BoundaryReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, HromadaBoundary> byCode(List<HromadaBoundary> boundaries) {
        return boundaries.stream().collect(Collectors.toMap(HromadaBoundary::code, Function.identity()));
    }

    @Test
    void readsThreeSquareHromadasWithNamesAndNormalisedCodes() {
        ImportLog log = new ImportLog();

        List<HromadaBoundary> boundaries = reader.read(fixture("three-squares.geojson"), log);

        // the third code is written " ua99010050000033333 " in the file: lower case and padded
        assertThat(boundaries).extracting(HromadaBoundary::code)
                .containsExactly("UA99010010000011111", "UA99010030000022222", "UA99010050000033333");
        HromadaBoundary first = boundaries.get(0);
        assertThat(first.nameUk()).isEqualTo("Перша сільська громада");
        assertThat(first.nameEn()).isEqualTo("Persha Rural Hromada");
        assertThat(boundaries.get(1).nameEn()).isNull();
        assertThat(first.item()).isEqualTo("feature 0 (katotth=UA99010010000011111)");
        assertThat(first.source()).endsWith("three-squares.geojson");
        for (HromadaBoundary b : boundaries) {
            assertThat(b.boundary().isValid()).isTrue();
            assertThat(b.boundary().getSRID()).isEqualTo(4326);
            assertThat(b.boundary().getArea()).isCloseTo(0.01, within(1e-9)); // 0.1 x 0.1 degrees
        }
        assertThat(log.rejected()).isEmpty();
        assertThat(log.repaired()).isEmpty();
    }

    @Test
    void repairsASelfIntersectingBowTieAndReportsIt() {
        // flaw: the ring goes (30,50) -> (30.1,50.1) -> (30.1,50) -> (30,50.1): it crosses itself at
        // (30.05, 50.05), a bow-tie; as drawn, JTS sees a self-intersection
        ImportLog log = new ImportLog();

        List<HromadaBoundary> boundaries = reader.read(fixture("bow-tie.geojson"), log);

        assertThat(boundaries).hasSize(1);
        HromadaBoundary bowTie = boundaries.get(0);
        assertThat(bowTie.boundary().isValid()).isTrue();
        // two triangles, each a quarter of the 0.1 x 0.1 square
        assertThat(bowTie.boundary().getArea()).isCloseTo(0.005, within(1e-9));
        assertThat(bowTie.boundary().getNumGeometries()).isEqualTo(2);
        assertThat(log.repaired()).singleElement().satisfies(issue -> {
            assertThat(issue.item()).contains("UA99010070000044444");
            assertThat(issue.reason()).startsWith("self-intersecting polygon repaired (was: Self-intersection");
        });
        assertThat(log.rejected()).isEmpty();
    }

    @Test
    void refusesTruncatedGeoJsonNamingFileAndLine() {
        // flaw: the file ends in the middle of a coordinate array
        Path truncated = fixture("truncated.geojson");

        assertThatThrownBy(() -> reader.read(truncated, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("truncated.geojson")
                .hasMessageContaining("line");
    }

    @Test
    void refusesWebMercatorCoordinatesWithoutDeclaredCrs() {
        // flaw: coordinates are EPSG:3857 metres but the file has no "crs" member
        assertThatThrownBy(() -> reader.read(fixture("web-mercator-undeclared.geojson"), new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("web-mercator-undeclared.geojson")
                .hasMessageContaining("CRS");
    }

    @Test
    void reprojectsDeclaredWebMercatorToLonLat() {
        // the metres were computed with the spherical Mercator formulas x = R*lon, y = R*ln(tan(pi/4 + lat/2)),
        // R = 6378137, from the square lon 30.0..30.1, lat 50.0..50.1
        List<HromadaBoundary> boundaries = reader.read(fixture("web-mercator-declared.geojson"), new ImportLog());

        Envelope envelope = boundaries.get(0).boundary().getEnvelopeInternal();
        assertThat(envelope.getMinX()).isCloseTo(30.0, within(DEGREE_TOLERANCE));
        assertThat(envelope.getMaxX()).isCloseTo(30.1, within(DEGREE_TOLERANCE));
        assertThat(envelope.getMinY()).isCloseTo(50.0, within(DEGREE_TOLERANCE));
        assertThat(envelope.getMaxY()).isCloseTo(50.1, within(DEGREE_TOLERANCE));
    }

    @Test
    void rejectsPolygonsWithoutAValidCode() {
        // flaws: the second feature has no katotth, the third an incomplete one ("UA9901")
        ImportLog log = new ImportLog();

        List<HromadaBoundary> boundaries = reader.read(fixture("codes-missing.geojson"), log);

        assertThat(boundaries).extracting(HromadaBoundary::code).containsExactly("UA99010010000011111");
        assertThat(log.rejected()).hasSize(2);
        assertThat(log.rejected().get(0).item()).isEqualTo("feature 1");
        assertThat(log.rejected().get(0).reason()).contains("no KATOTTG code").contains("katotth");
        assertThat(log.rejected().get(1).item()).isEqualTo("feature 2 (katotth=UA9901)");
        assertThat(log.rejected().get(1).reason()).contains("not a KATOTTG code");
    }

    @Test
    void readsAFolderOfFilesMergingAHromadaSplitOverTwoFiles() {
        // raion-a and raion-b both hold a half of UA99010030000022222 (lat 50.0..50.05 and 50.05..50.1);
        // admin-centre points without a code are skipped; raion-b also holds an admin_level 10 city
        // district, which is not a hromada
        ImportLog log = new ImportLog();

        Map<String, HromadaBoundary> boundaries = byCode(reader.read(fixture("two-raions"), log));

        assertThat(boundaries).containsOnlyKeys("UA99010010000011111", "UA99010030000022222", "UA99020010000055555");
        HromadaBoundary merged = boundaries.get("UA99010030000022222");
        assertThat(merged.boundary().getArea()).isCloseTo(0.01, within(1e-9));
        assertThat(merged.boundary().getNumGeometries()).isEqualTo(1); // the halves share an edge
        assertThat(merged.source()).endsWith("raion-a.geojson");
        assertThat(log.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source()).endsWith("raion-b.geojson");
            assertThat(w.reason()).contains("raion-a.geojson").contains("merged");
        });
        assertThat(log.rejected()).singleElement().satisfies(r -> {
            assertThat(r.item()).contains("UA99020000000166666");
            assertThat(r.reason()).contains("admin_level 10");
        });
    }

    @Test
    void refusesUnknownExtensionsAndMissingFiles(@TempDir Path folder) throws IOException {
        assertThatThrownBy(() -> reader.read(folder.resolve("nothing-here.geojson"), new ImportLog()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not found");
        Path kml = Files.writeString(folder.resolve("boundaries.kml"), "<kml/>");
        assertThatThrownBy(() -> reader.read(kml, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("boundaries.kml")
                .hasMessageContaining("unknown boundary format '.kml'");
    }
}
