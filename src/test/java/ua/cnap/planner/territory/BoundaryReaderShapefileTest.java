package ua.cnap.planner.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2gis.functions.io.shp.SHPWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;

/** Zipped Shapefiles, generated here with H2GIS' SHPWrite so that no binary fixture is kept. */
class BoundaryReaderShapefileTest {

    /** ESRI's WKT for WGS84, as ArcGIS and QGIS write it into a .prj. */
    static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
            + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    /** WKT of EPSG:3857, the spherical "Pseudo-Mercator" of web maps. */
    static final String WEB_MERCATOR_PRJ = "PROJCS[\"WGS 84 / Pseudo-Mercator\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
            + "SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
            + "PROJECTION[\"Popular Visualisation Pseudo Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
            + "PARAMETER[\"central_meridian\",0],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",0],"
            + "PARAMETER[\"false_northing\",0],UNIT[\"metre\",1],AXIS[\"X\",EAST],AXIS[\"Y\",NORTH]]";

    @TempDir
    Path folder;

    @Test
    void readsAZippedShapefileWithPrjAndCyrillicNames() throws Exception {
        Path shp = writeShapefile("hromadas", Map.of(
                "UA99010010000011111", "POLYGON ((30 50, 30.1 50, 30.1 50.1, 30 50.1, 30 50))",
                "UA99010030000022222", "POLYGON ((30.1 50, 30.2 50, 30.2 50.1, 30.1 50.1, 30.1 50))"), WGS84_PRJ);
        Path zip = zip(folder.resolve("hromadas.zip"), shp.getParent(), "hromadas");

        ImportLog log = new ImportLog();
        List<HromadaBoundary> boundaries = new BoundaryReader().read(zip, log);

        assertThat(boundaries).extracting(HromadaBoundary::code)
                .containsExactlyInAnyOrder("UA99010010000011111", "UA99010030000022222");
        HromadaBoundary first = boundaries.stream().filter(b -> b.code().equals("UA99010010000011111"))
                .findFirst().orElseThrow();
        assertThat(first.nameUk()).isEqualTo("Громада UA99010010000011111");
        assertThat(first.boundary().getArea()).isCloseTo(0.01, within(1e-9));
        assertThat(first.boundary().getSRID()).isEqualTo(4326);
        assertThat(first.source()).contains("hromadas.zip!/").endsWith("hromadas.shp");
        assertThat(log.rejected()).isEmpty();
    }

    @Test
    void reprojectsAShapefileWhosePrjIsWebMercator() throws Exception {
        // metres from x = R*lon, y = R*ln(tan(pi/4 + lat/2)), R = 6378137, for lon 30.0..30.1, lat 50.0..50.1
        Path shp = writeShapefile("mercator", Map.of("UA99010010000011111",
                "POLYGON ((3339584.723798207 6446275.841017158, 3350716.6728775348 6446275.841017158, "
                        + "3350716.6728775348 6463612.124257667, 3339584.723798207 6463612.124257667, "
                        + "3339584.723798207 6446275.841017158))"), WEB_MERCATOR_PRJ);
        Path zip = zip(folder.resolve("mercator.zip"), shp.getParent(), "mercator");

        Envelope envelope = new BoundaryReader().read(zip, new ImportLog()).get(0).boundary().getEnvelopeInternal();

        assertThat(envelope.getMinX()).isCloseTo(30.0, within(1e-6));
        assertThat(envelope.getMaxX()).isCloseTo(30.1, within(1e-6));
        assertThat(envelope.getMinY()).isCloseTo(50.0, within(1e-6));
        assertThat(envelope.getMaxY()).isCloseTo(50.1, within(1e-6));
    }

    @Test
    void refusesAZipWithoutShapefileListingWhatItHolds() throws IOException {
        // flaw: the zip holds only a readme and a .dbf, no .shp
        Path zip = folder.resolve("no-shp.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "readme.txt", "boundaries".getBytes(StandardCharsets.UTF_8));
            add(out, "hromadas.dbf", new byte[] {3});
        }

        assertThatThrownBy(() -> new BoundaryReader().read(zip, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no-shp.zip")
                .hasMessageContaining("no Shapefile (.shp)")
                .hasMessageContaining("readme.txt")
                .hasMessageContaining("hromadas.dbf");
    }

    @Test
    void refusesAShapefileWithoutDbf() throws Exception {
        // flaw: the .dbf with the attributes (and so the codes) is missing from the zip
        Path shp = writeShapefile("nodbf", Map.of("UA99010010000011111",
                "POLYGON ((30 50, 30.1 50, 30.1 50.1, 30 50.1, 30 50))"), WGS84_PRJ);
        Files.delete(shp.resolveSibling("nodbf.dbf"));
        Path zip = zip(folder.resolve("nodbf.zip"), shp.getParent(), "nodbf");

        assertThatThrownBy(() -> new BoundaryReader().read(zip, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("nodbf.zip")
                .hasMessageContaining("no .dbf");
    }

    @Test
    void refusesAZipSlipEntry() throws IOException {
        // flaw: an entry named ../evil.shp would be written outside the unpacking folder
        Path zip = folder.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "../evil.shp", new byte[] {0});
        }
        Path target = Files.createDirectory(folder.resolve("unpack"));

        assertThatThrownBy(() -> new BoundaryReader().read(zip, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("../evil.shp")
                .hasMessageContaining("zip slip");
        assertThatThrownBy(() -> ShapefileZip.extract(zip, target))
                .isInstanceOf(BadInputException.class);
        assertThat(folder.resolve("evil.shp")).doesNotExist();
    }

    @Test
    void refusesAZipWithTooManyEntries() throws IOException {
        // flaw: more entries than any Shapefile needs (a zip bomb pattern)
        Path zip = folder.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i <= ShapefileZip.MAX_ENTRIES; i++) {
                add(out, "f" + i + ".txt", new byte[0]);
            }
        }

        assertThatThrownBy(() -> new BoundaryReader().read(zip, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("1001 entries");
    }

    /** Writes polygons (code -> WKT) with a katotth and a name column, then replaces the .prj. */
    private Path writeShapefile(String name, Map<String, String> polygons, String prj)
            throws SQLException, IOException, ParseException {
        Path dir = Files.createDirectories(folder.resolve("shp-" + name));
        Path shp = dir.resolve(name + ".shp");
        WKTReader wkt = new WKTReader();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:test-" + UUID.randomUUID())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE T (THE_GEOM GEOMETRY(POLYGON), KATOTTH VARCHAR(19), NAME VARCHAR(80))");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO T VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> polygon : polygons.entrySet()) {
                    Geometry geometry = wkt.read(polygon.getValue());
                    insert.setObject(1, geometry);
                    insert.setString(2, polygon.getKey());
                    insert.setString(3, "Громада " + polygon.getKey());
                    insert.executeUpdate();
                }
            }
            SHPWrite.exportTable(connection, shp.toString(), "T", "UTF-8", true);
        }
        Files.writeString(dir.resolve(name + ".prj"), prj, StandardCharsets.ISO_8859_1);
        return shp;
    }

    private static Path zip(Path zip, Path dir, String baseName) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                var files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith(baseName + ".")).toList()) {
                add(out, "data/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        return zip;
    }

    private static void add(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
