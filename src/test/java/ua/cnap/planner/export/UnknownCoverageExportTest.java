package ua.cnap.planner.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.Accessibility;
import ua.cnap.planner.coverage.CoverageGeoJson;
import ua.cnap.planner.coverage.CoverageReport;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.population.PopulationRule;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;
import ua.cnap.planner.travel.Travel;

/**
 * Issue 12: a settlement of an oblast without a register has unknown coverage, written as an empty
 * CSV cell, {@code covered: null} in GeoJSON and NULL in GeoPackage, never false; settlements of an
 * oblast with a register keep true/false.
 */
class UnknownCoverageExportTest {

    @TempDir
    Path folder;

    /** KNOWN (oblast O1, register): one covered, one not. UNKNOWN (O2, none): two settlements. */
    static CoverageResult result() {
        List<Hromada> hromadas = List.of(
                new Hromada("KNOWN", "R1", "O1", "Відома", null, "сільська", 0, 0, null, null, null, null),
                new Hromada("UNKNOWN", "R2", "O2", "Невідома", null, "сільська", 0, 0, null, null, null, null));
        List<SettlementAccess> settlements = new ArrayList<>();
        settlements.add(access("k1", "KNOWN", 30.0, 1_000, true));
        settlements.add(access("k2", "KNOWN", 30.1, 500, false));
        settlements.add(access("u1", "UNKNOWN", 31.0, 700, false));
        settlements.add(access("u2", "UNKNOWN", 31.1, 300, false));
        Accessibility accessibility = new Accessibility(AccessStandard.national(), "test", null, 5400, settlements);
        CoverageReport report = CoverageReport.aggregate(accessibility, hromadas,
                List.of(new Raion("R1", "O1", "Перший"), new Raion("R2", "O2", "Другий")),
                List.of(new Oblast("O1", "Перша", null), new Oblast("O2", "Друга", null)), List.of(), Set.of("O1"));
        return new CoverageResult(null, List.of(), accessibility, report, List.of(), 0);
    }

    static SettlementAccess access(String id, String hromada, double lon, long population, boolean covered) {
        Settlement settlement = new Settlement(id, null, "село " + id, id,
                Wgs84.FACTORY.createPoint(new Coordinate(lon, 50)), hromada, 0, population,
                PopulationRule.GEONAMES_WEIGHTED);
        return new SettlementAccess(settlement, covered ? "p" : null, covered ? new Travel(600, 6_000)
                : Travel.UNREACHABLE, Map.of(), Map.of(), covered);
    }

    ExportLayer settlementsLayer() {
        return new PlannerLayers(MapStyles.load()).settlements(result());
    }

    @Test
    void csvLeavesTheCellEmpty() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvLayerWriter().write(settlementsLayer(), out);
        CsvFiles.Table table = CsvFiles.read(new ByteArrayInputStream(out.toByteArray()), "csv", "id", "covered");

        Map<String, String> covered = new java.util.HashMap<>();
        table.rows().forEach(r -> covered.put(r.get("id"), r.find("covered")));
        assertThat(covered.get("u1")).isNull();
        assertThat(covered.get("u2")).isNull();
        assertThat(covered.get("k1")).isEqualTo("true");
        assertThat(covered.get("k2")).isEqualTo("false");
    }

    @Test
    void geoJsonWritesNullAndTheGreyStyle() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonLayerWriter().write(settlementsLayer(), out);
        JsonNode features = new ObjectMapper().readTree(out.toByteArray()).get("features");
        String unknownColour = MapStyles.load().settlement((Boolean) null).get("marker-color").toString();

        for (JsonNode f : features) {
            JsonNode p = f.get("properties");
            if (p.get("id").asText().startsWith("u")) {
                assertThat(p.has("covered")).isTrue();
                assertThat(p.get("covered").isNull()).as(p.get("id").asText()).isTrue();
                assertThat(p.get("marker-color").asText()).isEqualTo(unknownColour);
            } else {
                assertThat(p.get("covered").isBoolean()).isTrue();
            }
        }
        assertThat(unknownColour).isNotEqualTo(MapStyles.load().settlement(false).get("marker-color"));
    }

    @Test
    void geoPackageStoresNull() throws Exception {
        Path file = folder.resolve("s.gpkg");
        new GeoPackageLayerWriter().write(List.of(settlementsLayer()), file);
        int unknown = 0;
        int known = 0;
        try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
            FeatureDao dao = gpkg.getFeatureDao(StandardLayer.SETTLEMENTS.layerName());
            FeatureResultSet rows = dao.queryForAll();
            try {
                while (rows.moveToNext()) {
                    String id = (String) rows.getRow().getValue("id");
                    Object covered = rows.getRow().getValue("covered");
                    if (id.startsWith("u")) {
                        assertThat(covered).as(id).isNull();
                        unknown++;
                    } else {
                        assertThat(covered).as(id).isNotNull();
                        known++;
                    }
                }
            } finally {
                rows.close();
            }
        }
        assertThat(unknown).isEqualTo(2);
        assertThat(known).isEqualTo(2);
    }

    @Test
    void theCoverageGeoJsonOfAResultWritesNull() throws Exception {
        Path file = folder.resolve("settlements.geojson");
        CoverageGeoJson.writeSettlements(file, result());
        JsonNode features = new ObjectMapper().readTree(Files.readAllBytes(file)).get("features");
        assertThat(features).hasSize(4);
        for (JsonNode f : features) {
            JsonNode covered = f.get("properties").get("covered");
            assertThat(covered.isNull()).isEqualTo(f.get("id").asText().startsWith("u"));
        }
    }
}
