package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.io.ImportLog;

class GeoNamesReaderTest {

    @TempDir
    Path dir;

    /** Surefire points java.io.tmpdir at target/tmp, which a clean build has not made yet. */
    @BeforeAll
    static void makeTempRoot() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A GeoNames row: 19 tab-separated columns. */
    private static String row(long id, String name, String alternates, double lat, double lon, String featureClass,
            String code, String admin1, String population) {
        return String.join("\t", String.valueOf(id), name, name, alternates, String.valueOf(lat), String.valueOf(lon),
                featureClass, code, "UA", "", admin1, "0520", "", "", population, "", "150", "Europe/Kyiv", "2024-01-01");
    }

    private Path zip(String... lines) throws IOException {
        Path zip = dir.resolve("UA.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("not data\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("UA.txt"));
            z.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return zip;
    }

    @Test
    void keepsPopulatedPlacesAndCountsEachExcludedCodeOnce() throws IOException {
        Path zip = zip(
                row(1, "Vinnytsia", "Vinnica,Вінниця", 49.23, 28.47, "P", "PPLA", "23", "369739"),
                row(2, "Lypky", "", 49.1, 28.1, "P", "PPL", "23", ""),
                row(3, "Old part", "", 49.2, 28.4, "P", "PPLX", "23", "0"),
                row(4, "Another part", "", 49.2, 28.4, "P", "PPLX", "23", "0"),
                row(5, "Gone", "", 49.0, 28.0, "P", "PPLQ", "23", "0"),
                row(6, "River", "", 49.0, 28.0, "H", "STM", "23", "0"));
        ImportLog log = new ImportLog();

        List<GeoNamesPlace> places = new GeoNamesReader().read(zip, log);

        assertThat(places).extracting(GeoNamesPlace::geonameId).containsExactly(1L, 2L);
        GeoNamesPlace vinnytsia = places.get(0);
        assertThat(vinnytsia.alternateNames()).containsExactly("Vinnica", "Вінниця");
        assertThat(vinnytsia.lon()).isEqualTo(28.47);
        assertThat(vinnytsia.lat()).isEqualTo(49.23);
        assertThat(vinnytsia.population()).isEqualTo(369_739);
        assertThat(vinnytsia.admin1()).isEqualTo("23");
        assertThat(places.get(1).population()).isZero();
        assertThat(places.get(1).alternateNames()).isEmpty();
        assertThat(log.warnings()).extracting(ImportIssue::item).containsExactly("PPLX", "PPLQ");
        assertThat(log.warnings().get(0).reason()).startsWith("2 ");
        assertThat(log.warnings().get(1).reason()).startsWith("1 ");
    }

    @Test
    void aRowWithAMissingColumnIsRefusedWithItsLineNumber() throws IOException {
        String good = row(1, "A", "", 49, 28, "P", "PPL", "23", "");
        // flaw: line 2 lost its last column (18 instead of 19)
        String shortRow = good.substring(0, good.lastIndexOf('\t'));
        Path zip = zip(good, shortRow);

        assertThatThrownBy(() -> new GeoNamesReader().read(zip, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).item()).isEqualTo("line 2"))
                .hasMessageContaining("18");
    }

    @Test
    void anUnparsableLatitudeIsRefusedWithItsLineNumber() throws IOException {
        // flaw: line 3 has a latitude with a decimal comma
        Path txt = dir.resolve("UA.txt");
        Files.writeString(txt, String.join("\n",
                row(1, "A", "", 49, 28, "P", "PPL", "23", ""),
                row(2, "B", "", 49, 28, "P", "PPL", "23", ""),
                row(3, "C", "", 49, 28, "P", "PPL", "23", "").replace("49.0\t", "49,5\t")));

        assertThatThrownBy(() -> new GeoNamesReader().read(txt, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("latitude");
    }
}
