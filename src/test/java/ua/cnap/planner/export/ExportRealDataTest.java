package ua.cnap.planner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.sf.GeometryType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageKpis;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.importing.RealServices;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.GeoFeature;
import ua.cnap.planner.io.GeoJsonFeatureReader;

/**
 * Every writer on the real Chernivtsi oblast, read back: GeoJSON with the planner's own reader and
 * Jackson, CSV with the planner's CSV reader, GeoPackage with NGA's library. Expected values come
 * from the coverage result the layers were built from, not from the writers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportRealDataTest {

    static final String CHERNIVTSI = "Чернівецька";

    @TempDir
    Path folder;

    RealServices services;
    ExportService export;
    ExportService.Layers layers;

    @BeforeAll
    void buildLayers() {
        services = new RealServices();
        export = new ExportService(services.coverage, services.territory, MapStyles.load());
        layers = export.layers(new CoverageRequest(CHERNIVTSI, AccessStandard.national(), null),
                List.of(StandardLayer.values()).subList(0, 4), null);
    }

    ExportLayer layer(StandardLayer which) {
        return layers.layers().stream().filter(l -> l.name().equals(which.layerName())).findFirst().orElseThrow();
    }

    @Test
    void hromadaLayerHoldsTheCoverageFigures() {
        ExportLayer hromadas = layer(StandardLayer.HROMADAS);
        List<CoverageKpis> kpis = layers.coverage().report().hromadas();
        assertThat(hromadas.features()).hasSize(kpis.size()).hasSize(52);
        long population = hromadas.features().stream().mapToLong(f -> (Long) f.values().get("population")).sum();
        assertThat(population).isEqualTo(layers.coverage().totals().population());
        assertThat(hromadas.features()).allSatisfy(f -> {
            assertThat(f.values().get("oblastName")).isEqualTo("Чернівецька");
            assertThat((String) f.values().get("raionName")).isNotBlank();
            assertThat((String) f.style().get("fill")).startsWith("#");
        });
    }

    @Test
    void geoJsonRoundTripsWithRfc7946Geometry() throws Exception {
        for (StandardLayer which : List.of(StandardLayer.HROMADAS, StandardLayer.SETTLEMENTS,
                StandardLayer.ACCESS_POINTS, StandardLayer.WHITE_SPOTS)) {
            ExportLayer layer = layer(which);
            Path file = export.write(List.of(layer), ExportFormat.GEOJSON, folder.resolve(which.layerName() + ".geojson"))
                    .get(0);
            List<GeoFeature> read = GeoJsonFeatureReader.read(file);
            assertThat(read).as(which.layerName()).hasSize(layer.features().size());
            for (int i = 0; i < read.size(); i++) {
                Map<String, Object> expected = layer.features().get(i).values();
                for (Attribute attribute : layer.attributes()) {
                    Object value = read.get(i).properties().get(attribute.name());
                    Object want = expected.get(attribute.name());
                    if (want instanceof Number n && value instanceof Number v) {
                        assertThat(v.doubleValue()).isCloseTo(n.doubleValue(), within(1e-9));
                    } else {
                        assertThat(value).as(which + " " + attribute.name()).isEqualTo(want);
                    }
                }
                Geometry geometry = read.get(i).geometry();
                Geometry original = layer.features().get(i).geometry();
                assertThat(geometry.getCentroid().distance(original.getCentroid())).isLessThan(1e-5);
                for (int g = 0; g < geometry.getNumGeometries(); g++) {
                    if (geometry.getGeometryN(g) instanceof Polygon polygon) {
                        assertThat(Orientation.isCCW(polygon.getExteriorRing().getCoordinates()))
                                .as("exterior ring counter-clockwise").isTrue();
                    }
                }
            }
            String text = Files.readString(file);
            JsonNode json = new ObjectMapper().readTree(text);
            assertThat(json.has("crs")).isFalse();
            assertThat(json.get("name").asText()).isEqualTo(which.layerName());
            // coordinates have at most 6 decimals
            assertThat(text).doesNotContainPattern("\\d\\.\\d{7,}[,\\]]");
        }
    }

    @Test
    void geoJsonCarriesTheMapsColours() throws Exception {
        Path file = export.write(List.of(layer(StandardLayer.SETTLEMENTS), layer(StandardLayer.ACCESS_POINTS)),
                ExportFormat.GEOJSON, folder.resolve("styled.geojson")).get(0);
        JsonNode settlements = new ObjectMapper().readTree(file.toFile()).get("features");
        JsonNode styles = new ObjectMapper().readTree(getClass().getClassLoader().getResource(MapStyles.RESOURCE));
        for (JsonNode feature : settlements) {
            JsonNode p = feature.get("properties");
            String expected = styles.get("settlements").get(p.get("covered").asBoolean() ? "covered" : "uncovered")
                    .get("color").asText();
            assertThat(p.get("marker-color").asText()).isEqualTo(expected);
        }
        ExportLayer hromadas = layer(StandardLayer.HROMADAS);
        for (ExportFeature f : hromadas.features()) {
            double share = (Double) f.values().get("coveredShare");
            JsonNode match = null;
            for (JsonNode c : styles.get("hromadas").get("classes")) {
                if (share >= c.get("min").asDouble() && (share < c.get("max").asDouble() || share == c.get("max").asDouble() && share == 1.0)) {
                    match = c;
                    break;
                }
            }
            assertThat(f.style().get("fill")).isEqualTo(match.get("fill").asText());
        }
    }

    @Test
    void csvRoundTripsWithCodesAsTextAndPointsAsLonLat() throws Exception {
        ExportLayer settlements = layer(StandardLayer.SETTLEMENTS);
        Path file = export.write(List.of(settlements), ExportFormat.CSV, folder.resolve("settlements.csv")).get(0);
        CsvFiles.Table table = CsvFiles.read(file, "id", "hromadaCode", "population", "lon", "lat");
        assertThat(table.rows()).hasSize(settlements.features().size());
        for (int i = 0; i < table.rows().size(); i++) {
            CsvFiles.Row row = table.rows().get(i);
            ExportFeature feature = settlements.features().get(i);
            assertThat(row.get("id")).isEqualTo(feature.values().get("id"));
            assertThat(row.get("hromadaCode")).isEqualTo(feature.values().get("hromadaCode"));
            assertThat(row.get("katottgCode")).startsWith("UA").isEqualTo(feature.values().get("katottgCode"));
            assertThat(row.getLong("population")).isEqualTo(feature.values().get("population"));
            assertThat(row.get("covered")).isEqualTo(feature.values().get("covered").toString());
            assertThat(row.getDouble("lon")).isCloseTo(feature.geometry().getCoordinate().x, within(1e-6));
            assertThat(row.getDouble("lat")).isCloseTo(feature.geometry().getCoordinate().y, within(1e-6));
        }
        String text = Files.readString(file);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text).contains("\"" + settlements.features().get(0).values().get("hromadaCode") + "\"");

        ExportLayer hromadas = layer(StandardLayer.HROMADAS);
        Path polygons = export.write(List.of(hromadas), ExportFormat.CSV, folder.resolve("hromadas.csv")).get(0);
        CsvFiles.Table hromadaTable = CsvFiles.read(polygons, "code", "nameUk", "coveredShare");
        assertThat(hromadaTable.header()).doesNotContain("lon", "lat", "wkt");
        assertThat(hromadaTable.rows()).hasSize(hromadas.features().size());
        assertThat(hromadaTable.rows().get(0).get("nameUk")).isEqualTo(hromadas.features().get(0).values().get("nameUk"));
    }

    @Test
    void geoPackageHoldsOneTablePerLayerInWgs84() throws Exception {
        Path file = export.write(layers.layers(), ExportFormat.GPKG, folder.resolve("chernivtsi.gpkg")).get(0);
        assertThat(file.getParent().toFile().list()).containsExactly("chernivtsi.gpkg");
        GeoPackage geoPackage = GeoPackageManager.open(file.toFile(), false);
        try {
            assertThat(geoPackage.getFeatureTables())
                    .containsExactlyInAnyOrder("hromadas", "settlements", "access_points", "white_spots");
            for (ExportLayer layer : layers.layers()) {
                FeatureDao dao = geoPackage.getFeatureDao(layer.tableName());
                assertThat(dao.getSrs().getOrganizationCoordsysId()).isEqualTo(4326);
                assertThat(dao.count()).as(layer.name()).isEqualTo(layer.features().size());
                assertThat(new RTreeIndexExtension(geoPackage).has(layer.tableName())).isTrue();
            }
            assertThat(geoPackage.getFeatureDao("hromadas").getGeometryType()).isEqualTo(GeometryType.MULTIPOLYGON);
            assertThat(geoPackage.getFeatureDao("settlements").getGeometryType()).isEqualTo(GeometryType.POINT);

            ExportLayer hromadas = layer(StandardLayer.HROMADAS);
            Map<String, Map<String, Object>> expected = new HashMap<>();
            hromadas.features().forEach(f -> expected.put((String) f.values().get("code"), f.values()));
            FeatureResultSet rows = geoPackage.getFeatureDao("hromadas").queryForAll();
            try {
                while (rows.moveToNext()) {
                    FeatureRow row = rows.getRow();
                    Map<String, Object> want = expected.get((String) row.getValue("code"));
                    assertThat(row.getValue("nameUk")).isEqualTo(want.get("nameUk"));
                    assertThat(((Number) row.getValue("population")).longValue()).isEqualTo(want.get("population"));
                    assertThat((Double) row.getValue("coveredShare"))
                            .isCloseTo((Double) want.get("coveredShare"), within(1e-12));
                    assertThat(row.getValue("hasMainOffice")).isEqualTo(want.get("hasMainOffice"));
                    assertThat(row.getGeometry().getGeometry()).isNotNull();
                }
            } finally {
                rows.close();
            }
        } finally {
            geoPackage.close();
        }
    }

    @Test
    void severalGeoJsonLayersGoNextToTheOutputWithTheirNames() {
        List<Path> written = export.write(layers.layers(), ExportFormat.GEOJSON, folder.resolve("multi/oblast.geojson"));
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("oblast-hromadas.geojson",
                "oblast-settlements.geojson", "oblast-access-points.geojson", "oblast-white-spots.geojson");
        assertThat(folder.resolve("multi").toFile().list()).hasSize(4);
    }

    /**
     * Issue 14: each format carries what the export was made with, read back with an ordinary reader of
     * the format; values expected from the coverage result the layers came from.
     */
    @Test
    void everyFormatCarriesItsMetadata() throws Exception {
        var coverage = layers.coverage();
        Map<String, String> expected = layers.metadata().entries();
        assertThat(expected.get("standard_minutes")).isEqualTo("30");
        assertThat(expected.get("standard_kilometres")).isEqualTo("14");
        assertThat(expected.get("standard_rule")).startsWith(coverage.accessibility().standard().rule().name());
        assertThat(expected.get("registers")).contains(coverage.registers().get(0).id())
                .contains(coverage.registers().get(0).date().toString());
        assertThat(expected.get("travel_model")).isEqualTo(coverage.accessibility().modelName());
        assertThat(expected.get("travel_model_error")).contains(String.format(java.util.Locale.ROOT, "%.1f %%",
                coverage.accessibility().modelError().medianAbsolutePercentError()));
        if (coverage.exclusions().listAvailable()) {
            assertThat(expected.get("exclusions")).startsWith("on: Order 376")
                    .contains(coverage.exclusions().asOf().toString())
                    .contains(coverage.exclusions().excludedPopulation() + " residents");
        } else {
            assertThat(expected.get("exclusions")).isEqualTo("on, but no Order 376 list imported: nothing left out");
        }
        assertThat(expected.get("population_vintage")).contains("2022");
        assertThat(expected.get("plan")).isEqualTo(ExportMetadata.NONE);
        assertThat(expected.keySet()).containsExactly("area", "standard_minutes", "standard_kilometres",
                "standard_rule", "registers", "travel_model", "travel_model_error", "exclusions",
                "population_vintage", "import_run", "plan", "created_at");

        ExportLayer hromadas = layer(StandardLayer.HROMADAS);
        // GeoJSON: a top-level "metadata" member
        Path geoJson = export.write(new ExportService.Layers(coverage, List.of(hromadas), layers.metadata()),
                ExportFormat.GEOJSON, folder.resolve("meta/hromadas.geojson")).get(0);
        JsonNode metadata = new ObjectMapper().readTree(geoJson.toFile()).get("metadata");
        Map<String, String> fromGeoJson = new java.util.LinkedHashMap<>();
        metadata.fields().forEachRemaining(e -> fromGeoJson.put(e.getKey(), e.getValue().asText()));
        assertThat(fromGeoJson).containsExactlyEntriesOf(expected);

        // CSV: "# key: value" lines before the header; a reader with a comment marker sees the table
        Path csv = export.write(new ExportService.Layers(coverage, List.of(layer(StandardLayer.SETTLEMENTS)),
                layers.metadata()), ExportFormat.CSV, folder.resolve("meta/settlements.csv")).get(0);
        List<String> lines = Files.readAllLines(csv);
        Map<String, String> fromCsv = new java.util.LinkedHashMap<>();
        for (String line : lines.subList(0, expected.size())) {
            String comment = line.replace("\uFEFF", "");
            assertThat(comment).startsWith("# ");
            int colon = comment.indexOf(": ");
            fromCsv.put(comment.substring(2, colon), comment.substring(colon + 2));
        }
        assertThat(fromCsv).containsExactlyEntriesOf(expected);
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(
                        Files.readString(csv).replace("\uFEFF", "")))) { // the BOM, as utf-8-sig readers drop it
            assertThat(parser.getHeaderNames()).contains("id", "population");
            assertThat(parser.getRecords()).hasSize(layer(StandardLayer.SETTLEMENTS).features().size());
        }

        // the planner's own CSV reader skips those lines too (an export can be read back in)
        assertThat(CsvFiles.read(csv, "id", "population").rows()).hasSize(layer(StandardLayer.SETTLEMENTS).features().size());

        // GeoPackage: an export_metadata attributes table, and version 1.3 that Debian's GDAL reads cleanly
        Path gpkg = export.write(layers, ExportFormat.GPKG, folder.resolve("meta/oblast.gpkg")).get(0);
        GeoPackage geoPackage = GeoPackageManager.open(gpkg.toFile());
        try {
            assertThat(geoPackage.getAttributesTables()).contains(GeoPackageLayerWriter.METADATA_TABLE);
            Map<String, String> fromGpkg = new java.util.LinkedHashMap<>();
            var rows = geoPackage.getAttributesDao(GeoPackageLayerWriter.METADATA_TABLE).queryForAll();
            try {
                while (rows.moveToNext()) {
                    var row = rows.getRow();
                    fromGpkg.put((String) row.getValue("key"), (String) row.getValue("value"));
                }
            } finally {
                rows.close();
            }
            assertThat(fromGpkg).containsExactlyEntriesOf(expected);
            Object version = geoPackage.getConnection().querySingleResult("PRAGMA user_version", null);
            assertThat(((Number) version).intValue()).isEqualTo(GeoPackageLayerWriter.USER_VERSION).isEqualTo(10300);
        } finally {
            geoPackage.close();
        }
        Path ogrinfo = Path.of("/usr/bin/ogrinfo");
        if (Files.isExecutable(ogrinfo)) {
            Process process = new ProcessBuilder(ogrinfo.toString(), "-ro", "-so", gpkg.toString(),
                    GeoPackageLayerWriter.METADATA_TABLE).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(output).isZero();
            assertThat(output).doesNotContain("partially supported").doesNotContain("Warning")
                    .contains("Feature Count: " + expected.size());
        }
    }

    @Test
    void downloadNamesAreSafe() {
        assertThat(ExportFiles.safeFileName("cnap-../../etc/passwd", ExportFormat.CSV))
                .doesNotContain("/", "..").endsWith(".csv").startsWith("cnap-");
        assertThat(ExportFiles.safeFileName("a\r\nContent-Type: x", ExportFormat.GPKG)).doesNotContain("\r", "\n", " ");
    }
}
