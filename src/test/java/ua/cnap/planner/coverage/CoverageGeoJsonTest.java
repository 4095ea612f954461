package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cnap.planner.coverage.CoverageFixtures.access;
import static ua.cnap.planner.coverage.CoverageFixtures.hromada;
import static ua.cnap.planner.coverage.CoverageFixtures.lonLat;
import static ua.cnap.planner.coverage.CoverageFixtures.settlement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import ua.cnap.planner.io.GeoFeature;
import ua.cnap.planner.io.GeoJsonFeatureReader;
import ua.cnap.planner.travel.Travel;

class CoverageGeoJsonTest {

    @Test
    void settlementsAndWhiteSpotsReadBackWithTheProjectsReader(@TempDir Path dir) throws Exception {
        Accessibility accessibility = new Accessibility(AccessStandard.national(), "test", null, 5400, List.of(
                access(settlement("geonames:1", lonLat(30.5, 50.4), "UA01", 1_234), "reg:7",
                        new Travel(612.4, 8_040.6), true),
                access(settlement("geonames:2", lonLat(35.1, 48.2), "UA01", 56), null, Travel.UNREACHABLE, false)));
        List<WhiteSpot> spots = new WhiteSpotFinder().find(accessibility, List.of(hromada("UA01", "R", "O")), Set.of("O"));
        Path file = dir.resolve("coverage.geojson");

        CoverageGeoJson.write(file, accessibility, spots);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\"crs\"").doesNotContain("Infinity").doesNotContain("NaN");
        List<GeoFeature> features = GeoJsonFeatureReader.read(file);
        assertThat(features).hasSize(3);

        GeoFeature reached = features.get(0);
        assertThat(reached.geometry()).isInstanceOf(Point.class);
        assertThat(((Point) reached.geometry()).getX()).as("longitude first").isEqualTo(30.5);
        assertThat(((Point) reached.geometry()).getY()).isEqualTo(50.4);
        assertThat(reached.findText("layer")).isEqualTo("settlement");
        assertThat(reached.findText("id")).isEqualTo("geonames:1");
        assertThat(reached.findText("hromadaCode")).isEqualTo("UA01");
        assertThat(((Number) reached.properties().get("population")).longValue()).isEqualTo(1_234);
        assertThat(((Number) reached.properties().get("travelTimeSeconds")).longValue()).isEqualTo(612);
        assertThat(((Number) reached.properties().get("distanceMeters")).longValue()).isEqualTo(8_041);
        assertThat(reached.properties().get("covered")).isEqualTo(true);
        assertThat(reached.findText("nearestAccessPointId")).isEqualTo("reg:7");

        GeoFeature unreachable = features.get(1);
        assertThat(unreachable.properties()).containsEntry("travelTimeSeconds", null)
                .containsEntry("distanceMeters", null)
                .containsEntry("nearestAccessPointId", null)
                .containsEntry("covered", false);

        GeoFeature spot = features.get(2);
        assertThat(spot.findText("layer")).isEqualTo("whiteSpot");
        assertThat(spot.geometry()).isInstanceOf(Polygon.class);
        assertThat(((Number) spot.properties().get("population")).longValue()).isEqualTo(56);
        assertThat(((Number) spot.properties().get("settlementCount")).intValue()).isEqualTo(1);
        assertThat(spot.geometry().contains(lonLat(35.1, 48.2))).isTrue();
        assertThat(Orientation.isCCW(((Polygon) spot.geometry()).getExteriorRing().getCoordinates()))
                .as("RFC 7946 right-hand rule: exterior ring counter-clockwise").isTrue();
    }
}
