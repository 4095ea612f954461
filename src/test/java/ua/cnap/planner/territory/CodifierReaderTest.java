package ua.cnap.planner.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;

class CodifierReaderTest {

    private static final String HEADER =
            "Перший рівень;Другий рівень;Третій рівень;Четвертий рівень;Додатковий рівень;Категорія об’єкта;Назва об’єкта";

    @TempDir
    Path folder;

    /** Written the way the ministry publishes it: UTF-8 with a BOM, ';', CRLF. */
    private Path codifier(String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(String.join("\r\n", lines).concat("\r\n").getBytes(StandardCharsets.UTF_8));
        return Files.write(folder.resolve("kodifikator.csv"), bytes.toByteArray());
    }

    @Test
    void readsEachLevelFromItsOwnColumn() throws IOException {
        Path file = codifier(HEADER,
                "UA99000000000011111;;;;;O;Тестова",
                "UA99000000000011111;UA99020000000022222;;;;P;Тестовий ",
                "UA99000000000011111;UA99020000000022222;UA99020010000033333;;;H;Тестова ",
                "UA99000000000011111;UA99020000000022222;UA99020010000033333;UA99020010010044444;;M;Тестів",
                "UA99000000000011111;UA99020000000022222;UA99020010000033333;UA99020010020055555;;X;Тестівка",
                "UA99000000000011111;UA99020000000022222;UA99020010000033333;UA99020010030066666;;C;Тестове",
                "UA99000000000011111;UA99020000000022222;UA99020010000033333;UA99020010010044444;UA99020010010177777;B;Центральний",
                "UA98000000000088888;;;;;K;Столиця");

        ImportLog log = new ImportLog();
        Codifier codifier = new CodifierReader().read(file, log);

        assertThat(codifier.oblasts()).containsExactly(
                new Oblast("UA99000000000011111", "Тестова", null),
                new Oblast("UA98000000000088888", "Столиця", null));
        // trailing spaces in names, as the real file has them, are stripped
        assertThat(codifier.raions()).containsExactly(
                new Raion("UA99020000000022222", "UA99000000000011111", "Тестовий"));
        assertThat(codifier.hromadaNames()).containsExactly(
                java.util.Map.entry("UA99020010000033333", "Тестова"));
        assertThat(codifier.settlements()).containsExactly(
                new CodifierSettlement("UA99020010010044444", "UA99020010000033333", "M", "Тестів"),
                new CodifierSettlement("UA99020010020055555", "UA99020010000033333", "X", "Тестівка"),
                new CodifierSettlement("UA99020010030066666", "UA99020010000033333", "C", "Тестове"));
        assertThat(log.rejected()).isEmpty();
    }

    @Test
    void readsCyrillicCategoryLettersAndRejectsBrokenRows() throws IOException {
        Path file = codifier(HEADER,
                // the category is the Cyrillic letter С, which looks like the Latin C
                "UA99000000000011111;UA99020000000022222;UA99020010000033333;UA99020010030066666;;С;Кирилиця",
                // flaw: the settlement code has 16 digits
                "UA99000000000011111;UA99020000000022222;UA99020010000033333;UA9902001003006666;;C;Короткий",
                // flaw: category Z does not exist
                "UA99000000000011111;UA99020000000022222;UA99020010000033333;UA99020010030077777;;Z;Невідома",
                // flaw: a town under no hromada, the oblast code repeated in its place (as Prypiat in the real file)
                "UA99000000000011111;UA99000000000011111;UA99000000000011111;UA99000000010088888;;M;Зона");

        ImportLog log = new ImportLog();
        Codifier codifier = new CodifierReader().read(file, log);

        assertThat(codifier.settlements()).extracting(CodifierSettlement::name).containsExactly("Кирилиця");
        assertThat(codifier.settlements().get(0).category()).isEqualTo(CodifierSettlement.VILLAGE);
        assertThat(log.rejected()).extracting(i -> i.item()).containsExactly("row 3", "row 4", "row 5");
        assertThat(log.rejected().get(0).reason()).contains("UA9902001003006666").contains("not a KATOTTG code");
        assertThat(log.rejected().get(1).reason()).contains("unknown category 'Z'");
        assertThat(log.rejected().get(2).reason()).contains("Зона").contains("belongs to no hromada");
    }

    @Test
    void refusesAFileWithoutTheCodifierColumnsNamingThem() throws IOException {
        // flaw: a different table (population) with no category and no level columns
        Path file = codifier("hromada_code;hromada_name", "UA99020010000033333;Тестова");

        assertThatThrownBy(() -> new CodifierReader().read(file, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("kodifikator.csv")
                .hasMessageContaining("Категорія об’єкта")
                .hasMessageContaining("Перший рівень");
    }

    @Test
    void acceptsAnotherApostropheInTheHeader() throws IOException {
        // the modifier letter apostrophe U+02BC instead of U+2019, as some editions write it
        Path file = codifier(HEADER.replace('’', 'ʼ'), "UA99000000000011111;;;;;O;Тестова");

        Codifier codifier = new CodifierReader().read(file, new ImportLog());

        assertThat(codifier.oblasts()).hasSize(1);
    }
}
