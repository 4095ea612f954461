package ua.cnap.planner.wartime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;

class Order376ReaderTest {

    @TempDir
    Path folder;

    static Path realFile() {
        return RealData.folder().resolve(WartimeSources.ORDER_376_PATH);
    }

    @Test
    void readsThePublishedListWithEverySection() throws Exception {
        ImportLog log = new ImportLog();
        WartimeList list = new Order376Reader().read(realFile(), log);

        Map<WartimeCategory, Long> rows = list.entries().stream().collect(Collectors.groupingBy(
                WartimeEntry::category, () -> new EnumMap<>(WartimeCategory.class),
                Collectors.mapping(WartimeEntry::item, Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        // Independent count: codes in the text of each table of the raw XML, by regular expression,
        // tables 1..5 being the sections possible, active, active with e-resources, occupied (2 tables).
        long[] perTable = codesPerTable(realFile());
        assertThat(perTable).hasSize(5);
        long rejected = log.rejected().size();
        assertThat(rows.get(WartimeCategory.POSSIBLE_HOSTILITIES)).isEqualTo(perTable[0]);
        assertThat(rows.get(WartimeCategory.ACTIVE_HOSTILITIES)).isEqualTo(perTable[1]);
        assertThat(rows.get(WartimeCategory.ACTIVE_HOSTILITIES_WITH_STATE_E_RESOURCES) + rejected)
                .isEqualTo(perTable[2]);
        assertThat(rows.get(WartimeCategory.OCCUPIED)).isEqualTo(perTable[3] + perTable[4]);
        // occupied is the longest section, possible hostilities the shortest of the first three but one
        assertThat(rows.get(WartimeCategory.OCCUPIED)).isGreaterThan(rows.get(WartimeCategory.ACTIVE_HOSTILITIES));

        // Crimea, occupied since 20.02.2014 and still
        assertThat(list.entries()).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("UA01000000000013043");
            assertThat(e.category()).isEqualTo(WartimeCategory.OCCUPIED);
            assertThat(e.startedOn()).isEqualTo(LocalDate.of(2014, 2, 20));
            assertThat(e.endedOn()).isNull();
        });
        // Marhanets hromada, active hostilities with state e-resources: two periods in one row
        List<WartimeEntry> marhanets = list.entries().stream()
                .filter(e -> e.code().equals("UA12080010000029838")
                        && e.category() == WartimeCategory.ACTIVE_HOSTILITIES_WITH_STATE_E_RESOURCES)
                .toList();
        assertThat(marhanets).extracting(WartimeEntry::startedOn, WartimeEntry::endedOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 5, 31), LocalDate.of(2023, 10, 13)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 12, 1), null));
        // the 18-digit code of the published file is rejected with its row, the spaced ones repaired
        assertThat(log.rejected()).singleElement().satisfies(i -> assertThat(i.item()).contains("UA140201100200772055"));
        assertThat(log.repaired()).hasSize(2);
        assertThat(list.source()).contains("376").contains("Perelik_07052025_order376.docx");
        assertThat(list.entries()).allSatisfy(e -> assertThat(e.code()).matches("UA\\d{17}"));
    }

    @Test
    void aBrokenDateNamesTheTableAndRow() throws Exception {
        Path docx = docx(heading("1. Території можливих бойових дій")
                + table(row("Код", "Найменування", "Дата виникнення можливості бойових дій", "Дата припинення")
                        + row("UA12060090000074553", "Грушівська сільська територіальна громада", "27.09.2024", "")
                        + row("UA12060130000012028", "Зеленодольська міська територіальна громада", "24.13.2022", "")));
        assertThatThrownBy(() -> new Order376Reader().read(docx, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> {
                    assertThat(((BadInputException) e).item()).isEqualTo("table 1, row 3");
                    assertThat(((BadInputException) e).reason()).contains("24.13.2022");
                });
    }

    @Test
    void aRowWithThreeCellsIsBroken() throws Exception {
        Path docx = docx(heading("ІІ. Тимчасово окуповані Російською Федерацією території України")
                + table(row("Код", "Найменування", "Дата початку тимчасової окупації", "Дата завершення")
                        + "<w:tr>" + cell("UA01000000000013043") + cell("Автономна Республіка Крим")
                        + cell("20.02.2014") + "</w:tr>"));
        assertThatThrownBy(() -> new Order376Reader().read(docx, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("table 1, row 2").hasMessageContaining("expected 4 cells");
    }

    @Test
    void aTableWithoutASectionHeadingIsRefused() throws Exception {
        Path docx = docx(table(row("Код", "Найменування", "Дата початку", "Дата завершення")));
        assertThatThrownBy(() -> new Order376Reader().read(docx, new ImportLog()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no section heading");
    }

    @Test
    void aFileThatIsNoDocxIsBadInput() throws Exception {
        Path text = Files.writeString(folder.resolve("list.docx"), "not a zip");
        assertThatThrownBy(() -> new Order376Reader().read(text, new ImportLog()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("list.docx");
    }

    private static long[] codesPerTable(Path docx) throws IOException {
        String xml;
        try (ZipFile zip = new ZipFile(docx.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] parts = xml.split("<w:tbl>");
        long[] counts = new long[parts.length - 1];
        Pattern text = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");
        for (int t = 1; t < parts.length; t++) {
            String table = parts[t].substring(0, parts[t].indexOf("</w:tbl>"));
            long count = 0;
            for (String cell : table.split("</w:tc>")) {
                StringBuilder joined = new StringBuilder();
                Matcher m = text.matcher(cell);
                while (m.find()) {
                    joined.append(m.group(1));
                }
                if (joined.toString().replace(" ", "").matches("UA\\d{17,18}")) {
                    count++;
                }
            }
            counts[t - 1] = count;
        }
        return counts;
    }

    private Path docx(String body) throws IOException {
        Path file = folder.resolve("list-" + System.nanoTime() + ".docx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + Order376Reader.W
                    + "\"><w:body>" + body + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static String heading(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String table(String rows) {
        return "<w:tbl>" + rows + "</w:tbl>";
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("<w:tr>");
        for (String c : cells) {
            row.append(cell(c));
        }
        return row.append("</w:tr>").toString();
    }

    private static String cell(String text) {
        return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
    }

    static InputStream unused() {
        return new ByteArrayInputStream(new byte[0]);
    }
}
