package ua.cnap.planner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.importing.SmallImportFiles;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.io.ImportLog;

/**
 * What a register upload can bring, read by the two register readers directly: wrong encodings,
 * wrong or renamed columns, mixed separators, impossible coordinates. Each must fail with the file,
 * row and reason; the two repairs the readers make (exchanged coordinates, a UTF-8 BOM with
 * {@code ;}) must be visible.
 */
class RegisterReadersBadInputTest {

    private static final Register REGISTER = new Register("upload", "Uploaded register", LocalDate.of(2025, 1, 1),
            false, null, "test");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final String OFFICIAL_ROW = SmallImportFiles.CHERNIVTSI_ROWS.get(0);
    private static final String TEMPLATE_ROW = SmallImportFiles.TEMPLATE_ROWS.get(0);

    @TempDir
    Path dir;

    private final ImportLog log = new ImportLog();

    // ------------------------------------------------------------ official (Chernivtsi) format

    @Test
    void officialRegisterInWindows1251() throws IOException {
        Path file = dir.resolve("official-cp1251.csv");
        Files.write(file, (SmallImportFiles.CHERNIVTSI_HEADER + "\n" + OFFICIAL_ROW + "\n").getBytes(WINDOWS_1251));

        assertOfficialRefused(file, null, "not UTF-8 text", "Windows-1251");
    }

    @Test
    void officialRegisterWithRenamedCoordinateColumns() throws IOException {
        Path file = write("official-renamed.csv", SmallImportFiles.CHERNIVTSI_HEADER.replace(",Lat,Long,",
                ",Широта,Довгота,"), OFFICIAL_ROW);

        assertOfficialRefused(file, "header", "missing column(s) [Lat, Long]");
    }

    @Test
    void officialRegisterWithTextCoordinates() throws IOException {
        Path file = write("official-dms.csv", SmallImportFiles.CHERNIVTSI_HEADER,
                OFFICIAL_ROW.replace("48.05,25.15", "48°03′N,25°09′E"));

        assertOfficialRefused(file, "row 2", "column 'Long' is not a number: '25°09′E'");
    }

    @Test
    void officialRegisterWithoutCoordinates() throws IOException {
        Path file = write("official-empty-lat.csv", SmallImportFiles.CHERNIVTSI_HEADER,
                OFFICIAL_ROW.replace("48.05,25.15", ",25.15"));

        assertOfficialRefused(file, "row 2", "no value in column 'Lat'");
    }

    @Test
    void officialRegisterWithNanOrHugeCoordinates() throws IOException {
        Path nan = write("official-nan.csv", SmallImportFiles.CHERNIVTSI_HEADER,
                OFFICIAL_ROW.replace("48.05,25.15", "48.05,NaN"));
        Path huge = write("official-huge.csv", SmallImportFiles.CHERNIVTSI_HEADER,
                OFFICIAL_ROW.replace("48.05,25.15", "4.8e301,25.15"));
        Path infinite = write("official-infinity.csv", SmallImportFiles.CHERNIVTSI_HEADER,
                OFFICIAL_ROW.replace("48.05,25.15", "48.05,Infinity"));

        assertOfficialRefused(nan, "row 2", "impossible coordinates lon=NaN");
        assertOfficialRefused(huge, "row 2", "impossible coordinates", "lat=4.8E301");
        assertOfficialRefused(infinite, "row 2", "impossible coordinates lon=Infinity");
    }

    @Test
    void officialRegisterWithSemicolonRowsUnderACommaHeader() throws IOException {
        Path file = write("official-mixed.csv", SmallImportFiles.CHERNIVTSI_HEADER, OFFICIAL_ROW.replace(',', ';'));

        assertOfficialRefused(file, "row 2", "separated by ',' but this row by ';'");
    }

    @Test
    void officialRegisterEmptyOrHeaderOnly() throws IOException {
        assertOfficialRefused(write("official-empty.csv"), null, "the file is empty");
        assertOfficialRefused(write("official-header.csv", SmallImportFiles.CHERNIVTSI_HEADER), null,
                "header but no data rows");
    }

    @Test
    void officialRegisterWithExchangedCoordinatesIsRepairedAndSaysSo() throws IOException {
        Path file = write("official-exchanged.csv", SmallImportFiles.CHERNIVTSI_HEADER,
                OFFICIAL_ROW.replace("48.05,25.15", "25.15,48.05"));

        List<AccessPoint> points = new ChernivtsiRegisterReader().read(file, REGISTER, log);

        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.location().getX()).isEqualTo(25.15);
            assertThat(p.location().getY()).isEqualTo(48.05);
        });
        assertThat(log.repaired()).extracting(ImportIssue::item).containsExactly("row 2");
        assertThat(log.repaired().get(0).reason()).contains("latitude and longitude were exchanged");
    }

    @Test
    void semicolonSeparatedOfficialRegisterWithBomReadsLikeTheCommaOne() throws IOException {
        // what Excel writes as "CSV UTF-8" in a Ukrainian locale
        Path file = dir.resolve("official-excel.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (SmallImportFiles.CHERNIVTSI_HEADER.replace(',', ';') + "\r\n"
                + String.join("\r\n", SmallImportFiles.CHERNIVTSI_ROWS).replace(',', ';') + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Files.write(file, bytes);

        List<AccessPoint> points = new ChernivtsiRegisterReader().read(file, REGISTER, log);

        assertThat(points).extracting(AccessPoint::id).containsExactly("upload:S-1", "upload:S-2");
        assertThat(points).extracting(AccessPoint::kind)
                .containsExactly(AccessPointKind.MAIN_OFFICE, AccessPointKind.REMOTE_WORKPLACE);
    }

    // ------------------------------------------------------------ template format

    @Test
    void templateInWindows1251() throws IOException {
        Path file = dir.resolve("template-cp1251.csv");
        Files.write(file, (SmallImportFiles.TEMPLATE_HEADER + "\n" + TEMPLATE_ROW + "\n").getBytes(WINDOWS_1251));

        assertTemplateRefused(file, null, "not UTF-8 text");
    }

    @Test
    void templateWithEnglishCoordinateNames() throws IOException {
        Path file = write("template-latitude.csv", SmallImportFiles.TEMPLATE_HEADER.replace("lon,lat",
                "longitude,latitude"), TEMPLATE_ROW);

        assertTemplateRefused(file, "header", "missing column(s) [lon, lat]");
    }

    @Test
    void templateWithImpossibleCoordinates() throws IOException {
        Path nan = write("template-nan.csv", SmallImportFiles.TEMPLATE_HEADER, TEMPLATE_ROW.replace("25.25,48.05",
                "NaN,48.05"));
        Path outOfRange = write("template-range.csv", SmallImportFiles.TEMPLATE_HEADER,
                TEMPLATE_ROW.replace("25.25,48.05", "25.25,148.05"));

        assertTemplateRefused(nan, "row 2", "impossible coordinates lon=NaN");
        assertTemplateRefused(outOfRange, "row 2", "impossible coordinates", "lat=148.05");
    }

    @Test
    void templateGeoJsonWithAPolygonOrOutOfRangePoint() throws IOException {
        Path polygon = write("template-polygon.geojson", "{\"type\":\"FeatureCollection\",\"features\":["
                + SmallImportFiles.squareFeature("UA99020010000000003", "Західна", 25.0)
                        .replace("\"properties\":{", "\"properties\":{\"id\":\"P-1\",") + "]}");
        Path far = write("template-far.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"id\":\"P-2\",\"name\":\"ЦНАП\",\"kind\":\"ЦНАП\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[25.25,1e300]}}]}");

        assertTemplateRefused(polygon, "feature 0 (id=P-1)", "geometry must be a Point, found Polygon");
        assertTemplateRefused(far, "feature 0", "not WGS84 longitude/latitude", "[25.25, 1.0E300]");
    }

    @Test
    void templateHeaderOnly() throws IOException {
        assertTemplateRefused(write("template-header.csv", SmallImportFiles.TEMPLATE_HEADER), null,
                "header but no data rows");
    }

    // ------------------------------------------------------------ helpers

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, lines.length == 0 ? "" : String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private void assertOfficialRefused(Path file, String item, String... reasons) {
        assertRefused(() -> new ChernivtsiRegisterReader().read(file, REGISTER, log), file, item, reasons);
    }

    private void assertTemplateRefused(Path file, String item, String... reasons) {
        assertRefused(() -> new TemplateRegisterReader().read(file, REGISTER, log), file, item, reasons);
    }

    private static void assertRefused(Runnable read, Path file, String item, String... reasons) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.item()).isEqualTo(item);
            for (String reason : reasons) {
                assertThat(e.getMessage()).contains(reason);
            }
        });
    }
}
