package ua.cnap.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The map page's words (static/js/i18n.js) are complete in both languages: Ukrainian and English hold
 * the same keys, and every key the page's modules and index.html ask for exists. A missing key would
 * show as the raw key in the page.
 */
class PageWordsTest {

    static final Path STATIC = Path.of("src/main/resources/static");
    static final Pattern KEY = Pattern.compile("^\\s*(\\w+):\\s*['\"]|[,{]\\s*(\\w+):\\s*['\"]", Pattern.MULTILINE);

    static String words() throws IOException {
        return Files.readString(STATIC.resolve("js/i18n.js"), StandardCharsets.UTF_8);
    }

    static Set<String> keys(String block) {
        Set<String> keys = new TreeSet<>();
        Matcher m = KEY.matcher(block);
        while (m.find()) {
            keys.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return keys;
    }

    static String block(String source, String start, String end) {
        int from = source.indexOf(start);
        int to = source.indexOf(end, from + start.length());
        assertThat(from).as(start).isNotNegative();
        assertThat(to).as(end).isGreaterThan(from);
        return source.substring(from + start.length(), to);
    }

    @Test
    void ukrainianAndEnglishHoldTheSameWords() throws IOException {
        String source = words();
        Set<String> uk = keys(block(source, "  uk: {", "\n  },"));
        Set<String> en = keys(block(source, "  en: {", "\n  },"));
        assertThat(uk).hasSizeGreaterThan(200);
        assertThat(en).containsExactlyInAnyOrderElementsOf(uk);
    }

    @Test
    void everyWordThePageAsksForExists() throws IOException {
        Set<String> uk = keys(block(words(), "  uk: {", "\n  },"));
        Set<String> asked = new TreeSet<>();
        Pattern call = Pattern.compile("\\bt[f]?\\('(\\w+)'");
        Pattern attribute = Pattern.compile("data-i18n(?:-placeholder)?=\"(\\w+)\"");
        try (Stream<Path> files = Files.walk(STATIC)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern p : new Pattern[] {call, attribute}) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        asked.add(m.group(1));
                    }
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(100);
        assertThat(uk).containsAll(asked);
    }
}
