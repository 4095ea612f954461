package ua.cnap.planner.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Opens the delimited text files of the open data (Commons CSV does the parsing). Copes with what
 * real files bring: a UTF-8 byte-order mark, {@code ;} or {@code ,} separators, CRLF, quoted
 * multi-line cells. Text that is not valid UTF-8 is refused rather than read as mojibake.
 *
 * <p>Also refused, each with the file (and row) named: an empty file, a header with no data rows (it
 * would replace real data with nothing), rows separated by another character than the header (a
 * {@code ;} file with a {@code ,} header, as spreadsheet re-exports produce), and files over
 * {@link #MAX_FILE_BYTES}: the whole file is held in memory while it is parsed.
 */
public final class CsvFiles {

    /**
     * Largest table read: 256 MiB. The biggest table of the open data (the KATOTTG codifier) is about
     * 3 MB; a file this large is almost certainly the wrong file, and it is refused before any byte is read.
     */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final char[] DELIMITERS = {',', ';', '\t'};

    private CsvFiles() {
    }

    /**
     * Reads a whole file with a header row. The separator is taken from the header line: the one of
     * {@code ;}, {@code ,} and tab that occurs most.
     */
    public static Table read(Path file, String... requiredColumns) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(source, null, "file not found");
        }
        FileSizeLimit.check(file, MAX_FILE_BYTES, "a table");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, requiredColumns);
        } catch (IOException e) {
            throw new BadInputException(source, null, "cannot read: " + e.getMessage(), e);
        }
    }

    public static Table read(InputStream in, String source, String... requiredColumns) throws IOException {
        byte[] bytes = BOMInputStream.builder().setInputStream(in).get().readAllBytes();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(source, null,
                    "not UTF-8 text (save it as UTF-8; Windows-1251 is a common cause)", e);
        }
        text = withoutLeadingComments(text);
        if (text.isBlank()) {
            throw new BadInputException(source, null, "the file is empty");
        }
        char delimiter = guessDelimiter(firstLine(text));
        checkFirstRowDelimiter(text, delimiter, source);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            List<String> missing = new ArrayList<>();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw new BadInputException(source, "header",
                        "missing column(s) " + missing + "; found " + header);
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (record.size() == 1 && header.size() > 1) {
                    otherDelimiterIn(record.get(0), delimiter).ifPresent(other -> {
                        throw mixedDelimiters(source, line, delimiter, other);
                    });
                }
                rows.add(new Row(source, line, record.toMap()));
            }
            if (rows.isEmpty()) {
                throw new BadInputException(source, null, "the file has a header but no data rows");
            }
            return new Table(source, header, rows);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new BadInputException(source, null, "malformed CSV: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * The header's separator must occur in the first data row too when another candidate does: else
     * the row is one long cell (or, quoted, a parse error far from the cause).
     */
    private static void checkFirstRowDelimiter(String text, char delimiter, String source) {
        String[] lines = text.split("\r?\n", 3);
        if (lines.length < 2 || lines[1].isBlank() || firstLine(text).indexOf(delimiter) < 0
                || lines[1].indexOf(delimiter) >= 0) {
            return;
        }
        Optional<Character> other = otherDelimiterIn(lines[1], delimiter);
        if (other.isPresent()) {
            throw mixedDelimiters(source, 2, delimiter, other.get());
        }
    }

    private static Optional<Character> otherDelimiterIn(String text, char delimiter) {
        for (char candidate : DELIMITERS) {
            if (candidate != delimiter && text.indexOf(candidate) >= 0) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static BadInputException mixedDelimiters(String source, long line, char headerDelimiter, char rowDelimiter) {
        return new BadInputException(source, "row " + line, "the header is separated by " + shown(headerDelimiter)
                + " but this row by " + shown(rowDelimiter) + ": save the file with one separator throughout");
    }

    private static String shown(char delimiter) {
        return delimiter == '\t' ? "tabs" : "'" + delimiter + "'";
    }

    /**
     * The planner's own CSV exports begin with {@code # key: value} lines saying what they were made with
     * ({@code export.ExportMetadata}); lines starting with {@code #} before the header are skipped.
     */
    static String withoutLeadingComments(String text) {
        String rest = text;
        while (rest.startsWith("#")) {
            int end = rest.indexOf('\n');
            rest = end < 0 ? "" : rest.substring(end + 1);
        }
        return rest;
    }

    static char guessDelimiter(String headerLine) {
        char best = ',';
        long bestCount = -1;
        for (char candidate : DELIMITERS) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /** A parsed file: header names (stripped) and rows. */
    public record Table(String source, List<String> header, List<Row> rows) {
    }

    /**
     * One data row. {@code line} is the 1-based line number of the record counting the header as
     * line 1 (for multi-line cells it is the record number + 1).
     */
    public record Row(String source, long line, Map<String, String> values) {

        /** The stripped cell, or null when the cell is absent, empty, or {@code NA}. */
        public String find(String column) {
            String value = values.get(column);
            if (value == null) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    if (e.getKey() != null && e.getKey().strip().equals(column)) {
                        value = e.getValue();
                        break;
                    }
                }
            }
            if (value == null) {
                return null;
            }
            String stripped = value.strip();
            return stripped.isEmpty() || stripped.equals("NA") ? null : stripped;
        }

        /** The stripped cell; a missing value is a {@link BadInputException} naming the row. */
        public String get(String column) {
            String value = find(column);
            if (value == null) {
                throw new BadInputException(source, "row " + line, "no value in column '" + column + "'");
            }
            return value;
        }

        public double getDouble(String column) {
            String value = get(column);
            try {
                return Double.parseDouble(value.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new BadInputException(source, "row " + line,
                        "column '" + column + "' is not a number: '" + value + "'");
            }
        }

        public long getLong(String column) {
            String value = get(column);
            try {
                return Long.parseLong(value.replace(" ", "").replace("\u00a0", ""));
            } catch (NumberFormatException e) {
                throw new BadInputException(source, "row " + line,
                        "column '" + column + "' is not a whole number: '" + value + "'");
            }
        }

        public String item() {
            return "row " + line;
        }
    }
}
