package ua.cnap.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.cnap.planner.importing.ImportSources.RegisterSource;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.GeoJsonFeatureReader;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.store.JdbcAccessPointRepository;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.JdbcSettlementRepository;
import ua.cnap.planner.store.JdbcTerritoryRepository;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;
import ua.cnap.planner.territory.BoundaryReader;

/**
 * A corpus of broken inputs, each made here in code from the small invented data folder of
 * {@link SmallImportFiles}: after a good import of that folder into a real embedded store, every
 * broken file must stop the next import with a {@link BadInputException} naming the file (and the
 * row or feature where there is one) and the reason, and leave the store exactly as it was: the same
 * stored report and the same numbers of hromadas, settlements and access points.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private Path scratch;
    private Path broken;
    private ImportSources good;
    private PlannerStore store;
    private ImportService importService;
    private String goodReportJson;

    @BeforeAll
    void importTheSmallFolder() throws IOException {
        scratch = Files.createTempDirectory("cnap-bad-input");
        broken = Files.createDirectories(scratch.resolve("broken"));
        good = SmallImportFiles.write(scratch.resolve("good"));
        store = PlannerStore.open(StoreSettings.embedded(scratch.resolve("workspace")));
        importService = new ImportService(new JdbcDatasetStore(store), store.description());
        ImportReport report = importService.importAll(good);
        goodReportJson = new JdbcDatasetStore(store).findLastReportJson().orElseThrow();
        // the good import is what every case below must leave untouched
        assertThat(report.hromadas()).isEqualTo(SmallImportFiles.HROMADAS);
        assertThat(report.hromadasWithGeometry()).isEqualTo(SmallImportFiles.HROMADAS);
        assertThat(report.settlements()).isEqualTo(SmallImportFiles.SETTLEMENTS);
        assertThat(report.settlementsWithCode()).isEqualTo(SmallImportFiles.SETTLEMENTS);
        assertThat(report.settlementPoints().atFallbackPosition()).isZero();
        assertThat(report.accessPoints())
                .isEqualTo(SmallImportFiles.CHERNIVTSI_OFFICES + SmallImportFiles.TEMPLATE_OFFICES);
        assertThat(report.rejected()).isEmpty();
        assertStoreUnchanged();
    }

    @AfterAll
    void close() {
        store.close();
    }

    // ---------------------------------------------------------------- GeoJSON boundaries

    @Test
    void truncatedGeoJson() throws IOException {
        String text = SmallImportFiles.boundariesGeoJson();
        Path file = brokenFile("truncated.geojson", text.substring(0, text.length() / 2));

        assertRefused(s -> withBoundaries(s, file), "truncated.geojson", "line 1", "malformed JSON");
    }

    @Test
    void geoJsonOfTheWrongType() throws IOException {
        Path file = brokenFile("a-feature.geojson",
                SmallImportFiles.squareFeature(SquareHromadas.WEST, "Західна", 25.0));

        assertRefused(s -> withBoundaries(s, file), "a-feature.geojson", "FeatureCollection", "'Feature'");
    }

    @Test
    void geoJsonThatIsNotJsonAtAll() throws IOException {
        Path file = brokenFile("html.geojson", "<html><body>404 Not Found</body></html>");

        assertRefused(s -> withBoundaries(s, file), "html.geojson", "line 1", "malformed JSON");
    }

    @Test
    void polygonWithNanCoordinates() throws IOException {
        // JSON has no NaN; a writer that lets it through produces this token
        Path file = brokenFile("nan.geojson", SmallImportFiles.boundariesGeoJson().replace("[25.1,48.0]", "[NaN,48.0]"));

        assertRefused(s -> withBoundaries(s, file), "nan.geojson", "line 1", "JSON has no NaN");
    }

    @Test
    void polygonWithNanAsText() throws IOException {
        Path file = brokenFile("nan-text.geojson",
                SmallImportFiles.boundariesGeoJson().replace("[25.1,48.0]", "[\"NaN\",48.0]"));

        assertRefused(s -> withBoundaries(s, file), "nan-text.geojson", "feature 0", "geometry");
    }

    @Test
    void polygonWithHugeCoordinates() throws IOException {
        Path file = brokenFile("huge.geojson",
                SmallImportFiles.boundariesGeoJson().replace("[25.1,48.0]", "[1e300,48.0]"));

        assertRefused(s -> withBoundaries(s, file), "huge.geojson", "feature 0", "not WGS84 longitude/latitude",
                "[1.0E300, 48.0]");
    }

    @Test
    void polygonWithLonAndLatSwappedOutOfRange() throws IOException {
        // squares at 125°E 48°N written [lat, lon]: latitude 125 is beyond 90
        Path file = brokenFile("swapped-out-of-range.geojson",
                swapped(SmallImportFiles.boundariesGeoJson()).replace(",25.", ",125."));

        assertRefused(s -> withBoundaries(s, file), "swapped-out-of-range.geojson", "feature 0",
                "not WGS84 longitude/latitude", "[48.0, 125.0]");
    }

    @Test
    void polygonsWithLonAndLatSwappedInsideTheRanges() throws IOException {
        // [48.05, 25.05] is a valid lon/lat (Saudi Arabia), but not in Ukraine: the classic exchange
        Path file = brokenFile("swapped.geojson", swapped(SmallImportFiles.boundariesGeoJson()));

        assertRefused(s -> withBoundaries(s, file), "swapped.geojson", "feature 0", "exchanged");
    }

    @Test
    void featureWithoutGeometryIsRejectedByNameAndTheRestImports() throws IOException {
        // RFC 7946 allows "geometry": null; the boundary reader leaves such a feature out and reports
        // it (an item-level problem the import survives), rather than failing the whole file
        Path file = brokenFile("no-geometry.geojson", SmallImportFiles.boundariesGeoJson()
                .replaceFirst("\"geometry\":\\{[^}]*\\}", "\"geometry\":null"));
        ImportLog log = new ImportLog();

        var boundaries = new BoundaryReader("katottg").read(file, log);

        assertThat(boundaries).hasSize(SmallImportFiles.HROMADAS - 1);
        assertThat(log.rejected()).singleElement().satisfies(issue -> {
            assertThat(issue.source()).endsWith("no-geometry.geojson");
            assertThat(issue.item()).isEqualTo("feature 0 (katottg=" + SquareHromadas.WEST + ")");
            assertThat(issue.reason()).isEqualTo("no geometry");
        });
    }

    @Test
    void geoJsonAboveTheSizeLimit() throws IOException {
        Path file = broken.resolve("enormous.geojson");
        sparseFile(file, GeoJsonFeatureReader.MAX_FILE_BYTES + 1);

        assertRefused(s -> withBoundaries(s, file), "enormous.geojson", "larger than",
                String.valueOf(GeoJsonFeatureReader.MAX_FILE_BYTES / (1024 * 1024)));
    }

    // ---------------------------------------------------------------- zipped Shapefiles

    @Test
    void zippedShapefileWithoutItsShp() throws IOException {
        Path zip = broken.resolve("no-shp.zip");
        writeZip(zip, List.of("hromadas.shx", "hromadas.dbf", "hromadas.prj"));

        assertRefused(s -> withBoundaries(s, zip), "no-shp.zip", "no Shapefile (.shp)", "hromadas.dbf");
    }

    @Test
    void zipWithAnEntryEscapingTheFolder() throws IOException {
        Path zip = broken.resolve("slip.zip");
        writeZip(zip, List.of("hromadas.shp", "../evil"));

        assertRefused(s -> withBoundaries(s, zip), "slip.zip", "entry '../evil'", "zip slip");
    }

    @Test
    void zipWithTooManyEntries() throws IOException {
        Path zip = broken.resolve("many.zip");
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            names.add("part-" + i + ".txt");
        }
        writeZip(zip, names);

        assertRefused(s -> withBoundaries(s, zip), "many.zip", "1001 entries", "at most 1000");
    }

    @Test
    void fileThatIsNotAZip() throws IOException {
        Path zip = brokenFile("not-a-zip.zip", "hello");

        assertRefused(s -> withBoundaries(s, zip), "not-a-zip.zip", "zip");
    }

    // ---------------------------------------------------------------- CSV tables

    @Test
    void codifierInWindows1251() throws IOException {
        Path file = recoded(good.codifier(), "codifier-cp1251.csv");

        assertRefused(s -> new ImportSources(s.dataDir(), file, s.hromadaTable(), s.urbanTable(), s.boundaries(),
                s.boundaryCodeField(), s.geonames(), s.registers(), s.grids()), "codifier-cp1251.csv", "not UTF-8",
                "Windows-1251");
    }

    @Test
    void hromadaTableInWindows1251() throws IOException {
        Path file = recoded(good.hromadaTable(), "full_dataset-cp1251.csv");

        assertRefused(s -> withHromadaTable(s, file), "full_dataset-cp1251.csv", "not UTF-8");
    }

    @Test
    void hromadaTableWithARenamedColumn() throws IOException {
        Path file = brokenFile("full_dataset-renamed.csv", Files.readString(good.hromadaTable())
                .replace("\"total_popultaion_2022\"", "\"population\""));

        assertRefused(s -> withHromadaTable(s, file), "full_dataset-renamed.csv", "header",
                "missing column(s) [total_popultaion_2022]");
    }

    @Test
    void codifierWithTheWrongColumns() throws IOException {
        Path file = brokenFile("codifier-english.csv", Files.readString(good.codifier())
                .replace("Назва об’єкта", "Name"));

        assertRefused(s -> new ImportSources(s.dataDir(), file, s.hromadaTable(), s.urbanTable(), s.boundaries(),
                s.boundaryCodeField(), s.geonames(), s.registers(), s.grids()), "codifier-english.csv",
                "header", "Назва об’єкта");
    }

    @Test
    void hromadaTableWithCommaHeaderAndSemicolonRows() throws IOException {
        List<String> lines = Files.readAllLines(good.hromadaTable());
        List<String> mixed = new ArrayList<>(List.of(lines.get(0)));
        lines.subList(1, lines.size()).forEach(l -> mixed.add(l.replace(',', ';')));
        Path file = brokenFile("full_dataset-mixed.csv", String.join("\n", mixed) + "\n");

        assertRefused(s -> withHromadaTable(s, file), "full_dataset-mixed.csv", "row 2", "';'");
    }

    @Test
    void urbanTableWithSemicolonHeaderAndCommaRows() throws IOException {
        List<String> lines = Files.readAllLines(good.urbanTable());
        List<String> mixed = new ArrayList<>(List.of(lines.get(0).replace(',', ';')));
        mixed.addAll(lines.subList(1, lines.size()));
        Path file = brokenFile("table5-mixed.csv", String.join("\n", mixed) + "\n");

        assertRefused(s -> new ImportSources(s.dataDir(), s.codifier(), s.hromadaTable(), file, s.boundaries(),
                s.boundaryCodeField(), s.geonames(), s.registers(), s.grids()), "table5-mixed.csv", "row 2", "','");
    }

    @Test
    void emptyHromadaTable() throws IOException {
        Path file = brokenFile("empty.csv", "");

        assertRefused(s -> withHromadaTable(s, file), "empty.csv", "empty");
    }

    @Test
    void headerOnlyHromadaTable() throws IOException {
        Path file = brokenFile("header-only.csv", Files.readAllLines(good.hromadaTable()).get(0) + "\n");

        assertRefused(s -> withHromadaTable(s, file), "header-only.csv", "no data rows");
    }

    @Test
    void csvAboveTheSizeLimit() throws IOException {
        Path file = broken.resolve("enormous.csv");
        sparseFile(file, CsvFiles.MAX_FILE_BYTES + 1);

        assertRefused(s -> withHromadaTable(s, file), "enormous.csv", "larger than");
    }

    @Test
    void geoNamesDumpInWindows1251() throws IOException {
        Path zip = broken.resolve("UA-cp1251.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry("UA.txt"));
            zipOut.write(SmallImportFiles.geoNamesLine(900001, "Західне", "Zakhidne", 48.05, 25.05, "PPL", 0)
                    .getBytes(WINDOWS_1251));
            zipOut.closeEntry();
        }

        assertRefused(s -> new ImportSources(s.dataDir(), s.codifier(), s.hromadaTable(), s.urbanTable(),
                s.boundaries(), s.boundaryCodeField(), zip, s.registers(), s.grids()), "UA-cp1251.zip", "line 1",
                "not UTF-8");
    }

    // ---------------------------------------------------------------- registers

    @Test
    void registerRowWithNanCoordinates() throws IOException {
        Path file = officialRegister("register-nan.csv", SmallImportFiles.CHERNIVTSI_ROWS.get(1)
                .replace("48.05,25.05", "NaN,25.05"));

        assertRefused(s -> withOfficialRegister(s, file), "register-nan.csv", "row 3", "impossible coordinates");
    }

    @Test
    void registerRowWithHugeCoordinates() throws IOException {
        Path file = officialRegister("register-huge.csv", SmallImportFiles.CHERNIVTSI_ROWS.get(1)
                .replace("48.05,25.05", "48.05,1e300"));

        assertRefused(s -> withOfficialRegister(s, file), "register-huge.csv", "row 3", "impossible coordinates");
    }

    @Test
    void registerInWindows1251() throws IOException {
        Path file = recoded(good.registers().get(0).path(), "register-cp1251.csv");

        assertRefused(s -> withOfficialRegister(s, file), "register-cp1251.csv", "not UTF-8");
    }

    @Test
    void templateRegisterHeaderOnly() throws IOException {
        Path file = brokenFile("template-header-only.csv", SmallImportFiles.TEMPLATE_HEADER + "\n");

        assertRefused(s -> withTemplateRegister(s, file), "template-header-only.csv", "no data rows");
    }

    @Test
    void templateRegisterWithSemicolonRowsUnderACommaHeader() throws IOException {
        Path file = brokenFile("template-mixed.csv", SmallImportFiles.TEMPLATE_HEADER + "\n"
                + SmallImportFiles.TEMPLATE_ROWS.get(0).replace(",", ";") + "\n");

        assertRefused(s -> withTemplateRegister(s, file), "template-mixed.csv", "row 2", "';'");
    }

    @Test
    void templateRegisterFeatureWithoutGeometry() throws IOException {
        Path file = brokenFile("template-no-geometry.geojson", "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"id\":\"T-1\",\"name\":\"ЦНАП\",\"kind\":\"MAIN_OFFICE\"},"
                + "\"geometry\":null}]}");

        assertRefused(s -> withTemplateRegister(s, file), "template-no-geometry.geojson", "feature 0 (id=T-1)",
                "geometry must be a Point, found none");
    }

    // ---------------------------------------------------------------- helpers

    private void assertRefused(UnaryOperator<ImportSources> breakIt, String file, String... details) {
        ImportSources brokenSources = breakIt.apply(good);

        var thrown = assertThatThrownBy(() -> importService.importAll(brokenSources))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file);
        for (String detail : details) {
            thrown.hasMessageContaining(detail);
        }
        assertStoreUnchanged();
    }

    private void assertStoreUnchanged() {
        assertThat(new JdbcDatasetStore(store).findLastReportJson()).contains(goodReportJson);
        assertThat(new JdbcTerritoryRepository(store).listHromadas()).hasSize(SmallImportFiles.HROMADAS)
                .allSatisfy(h -> assertThat(h.boundary()).isNotNull());
        assertThat(new JdbcSettlementRepository(store).listSettlements()).hasSize(SmallImportFiles.SETTLEMENTS);
        JdbcAccessPointRepository accessPoints = new JdbcAccessPointRepository(store);
        assertThat(accessPoints.listRegisters()).hasSize(2);
        assertThat(accessPoints.listAccessPoints(SmallImportFiles.CHERNIVTSI_FORMAT.id()))
                .hasSize(SmallImportFiles.CHERNIVTSI_OFFICES);
        assertThat(accessPoints.listAccessPoints(SmallImportFiles.TEMPLATE_FORMAT.id()))
                .hasSize(SmallImportFiles.TEMPLATE_OFFICES);
    }

    private Path brokenFile(String name, String text) throws IOException {
        return SmallImportFiles.write(broken.resolve(name), text);
    }

    private Path recoded(Path utf8File, String name) throws IOException {
        Path file = broken.resolve(name);
        Files.write(file, Files.readString(utf8File, StandardCharsets.UTF_8).getBytes(WINDOWS_1251));
        return file;
    }

    private Path officialRegister(String name, String lastRow) throws IOException {
        return brokenFile(name, SmallImportFiles.CHERNIVTSI_HEADER + "\n" + SmallImportFiles.CHERNIVTSI_ROWS.get(0)
                + "\n" + lastRow + "\n");
    }

    /** Every "[lon,lat]" pair of the text written as "[lat,lon]". */
    private static String swapped(String geoJson) {
        return geoJson.replaceAll("\\[(-?[0-9.eE+]+),(-?[0-9.eE+]+)\\]", "[$2,$1]");
    }

    /** A file of the given length that takes no disk space (its bytes are never read). */
    private static void sparseFile(Path file, long bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
        }
    }

    private static void writeZip(Path zip, List<String> entryNames) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (String name : entryNames) {
                zipOut.putNextEntry(new ZipEntry(name));
                zipOut.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                zipOut.closeEntry();
            }
        }
    }

    private static ImportSources withBoundaries(ImportSources s, Path boundaries) {
        return new ImportSources(s.dataDir(), s.codifier(), s.hromadaTable(), s.urbanTable(), boundaries,
                s.boundaryCodeField(), s.geonames(), s.registers(), s.grids());
    }

    private static ImportSources withHromadaTable(ImportSources s, Path table) {
        return new ImportSources(s.dataDir(), s.codifier(), table, s.urbanTable(), s.boundaries(),
                s.boundaryCodeField(), s.geonames(), s.registers(), s.grids());
    }

    private static ImportSources withOfficialRegister(ImportSources s, Path file) {
        RegisterSource official = s.registers().get(0);
        return new ImportSources(s.dataDir(), s.codifier(), s.hromadaTable(), s.urbanTable(), s.boundaries(),
                s.boundaryCodeField(), s.geonames(), List.of(new RegisterSource(official.register(),
                        official.format(), file, false), s.registers().get(1)), s.grids());
    }

    private static ImportSources withTemplateRegister(ImportSources s, Path file) {
        RegisterSource template = s.registers().get(1);
        return new ImportSources(s.dataDir(), s.codifier(), s.hromadaTable(), s.urbanTable(), s.boundaries(),
                s.boundaryCodeField(), s.geonames(), List.of(s.registers().get(0), new RegisterSource(
                        template.register(), template.format(), file, false)), s.grids());
    }
}
