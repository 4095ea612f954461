package ua.cnap.planner.territory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.ImportLog;

/**
 * Reads the KATOTTG codifier as the ministry publishes it in CSV (e.g.
 * {@code kodifikator-16-05-2025.csv}): one row per unit, the codes of levels 1-4 and an extra level,
 * a category letter and a name.
 *
 * <p>The codifier is a tree written out row by row: a unit's own code is the code in its deepest
 * filled level, its parents are the codes to the left. Where a level is skipped the parent's code is
 * repeated: Prypiat and Chornobyl (exclusion zone) list the Kyiv oblast code as their hromada; they
 * belong to no hromada and are rejected into the log. Category letters are Latin in the 2025
 * edition; Cyrillic look-alikes (О, К, Р, Н, М, Х, С, В) are read as the same letters, since
 * earlier editions and hand-edited copies mix them. Header names are matched ignoring the kind of
 * apostrophe (’, ʼ or ') for the same reason.
 */
public final class CodifierReader {

    public static final String LEVEL1 = "Перший рівень";
    public static final String LEVEL2 = "Другий рівень";
    public static final String LEVEL3 = "Третій рівень";
    public static final String LEVEL4 = "Четвертий рівень";
    public static final String EXTRA_LEVEL = "Додатковий рівень";
    public static final String CATEGORY = "Категорія об’єкта";
    public static final String NAME = "Назва об’єкта";

    private static final List<String> COLUMNS = List.of(LEVEL1, LEVEL2, LEVEL3, LEVEL4, EXTRA_LEVEL, CATEGORY, NAME);

    /**
     * @throws BadInputException when the file is missing, not UTF-8, or lacks any of the columns
     *                           (the message names the missing ones)
     */
    public Codifier read(Path file, ImportLog log) {
        CsvFiles.Table table = CsvFiles.read(file);
        Map<String, String> columns = resolveColumns(table);
        List<Oblast> oblasts = new ArrayList<>();
        List<Raion> raions = new ArrayList<>();
        Map<String, String> hromadaNames = new LinkedHashMap<>();
        List<CodifierSettlement> settlements = new ArrayList<>();
        for (CsvFiles.Row row : table.rows()) {
            String category = normaliseCategory(row.find(columns.get(CATEGORY)));
            String name = row.find(columns.get(NAME));
            if (category == null || name == null) {
                log.reject(row.source(), row.item(), "no " + (category == null ? "category" : "name"));
                continue;
            }
            String levelColumn = switch (category) {
                case "O", "K" -> LEVEL1;
                case "P" -> LEVEL2;
                case "H" -> LEVEL3;
                case "M", "X", "C" -> LEVEL4;
                case "B" -> null;
                default -> "?";
            };
            if (levelColumn == null) {
                continue; // city districts (B) are below the level the planner works at
            }
            if (levelColumn.equals("?")) {
                log.reject(row.source(), row.item(), "unknown category '" + category + "'");
                continue;
            }
            Optional<String> code = code(row, columns.get(levelColumn), log);
            if (code.isEmpty()) {
                continue;
            }
            switch (category) {
                case "O", "K" -> oblasts.add(new Oblast(code.get(), name, null));
                case "P" -> code(row, columns.get(LEVEL1), log)
                        .ifPresent(oblast -> raions.add(new Raion(code.get(), oblast, name)));
                case "H" -> {
                    String previous = hromadaNames.putIfAbsent(code.get(), name);
                    if (previous != null) {
                        log.warn(row.source(), row.item(), "hromada " + code.get() + " listed twice; kept '"
                                + previous + "'");
                    }
                }
                default -> code(row, columns.get(LEVEL3), log).ifPresent(hromada -> {
                    if (hromada.equals(row.find(columns.get(LEVEL1)))) {
                        log.reject(row.source(), row.item(), name + " (" + code.get()
                                + ") belongs to no hromada: its hromada column repeats the oblast code");
                    } else {
                        settlements.add(new CodifierSettlement(code.get(), hromada, category, name));
                    }
                });
            }
        }
        return new Codifier(List.copyOf(oblasts), List.copyOf(raions),
                Collections.unmodifiableMap(hromadaNames), List.copyOf(settlements));
    }

    private static Optional<String> code(CsvFiles.Row row, String column, ImportLog log) {
        String raw = row.find(column);
        Optional<String> code = Katottg.find(raw);
        if (code.isEmpty()) {
            log.reject(row.source(), row.item(), raw == null ? "no code in column '" + column + "'"
                    : "'" + raw + "' in column '" + column + "' is not a KATOTTG code");
        }
        return code;
    }

    /** Maps each expected column to the file's spelling of it, or throws naming the missing ones. */
    private static Map<String, String> resolveColumns(CsvFiles.Table table) {
        Map<String, String> resolved = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String expected : COLUMNS) {
            table.header().stream()
                    .filter(h -> comparable(h).equals(comparable(expected)))
                    .findFirst()
                    .ifPresentOrElse(found -> resolved.put(expected, found), () -> missing.add(expected));
        }
        if (!missing.isEmpty()) {
            throw new BadInputException(table.source(), "header",
                    "not a KATOTTG codifier: missing column(s) " + missing + "; found " + table.header());
        }
        return resolved;
    }

    private static String comparable(String header) {
        return header.strip().replace('\u02BC', '\u2019').replace('\'', '\u2019').toLowerCase(Locale.ROOT);
    }

    private static String normaliseCategory(String raw) {
        if (raw == null) {
            return null;
        }
        String c = raw.strip().toUpperCase(Locale.ROOT);
        if (c.length() != 1) {
            return c;
        }
        return switch (c.charAt(0)) {
            case 'О' -> "O";
            case 'К' -> "K";
            case 'Р' -> "P";
            case 'Н' -> "H";
            case 'М' -> "M";
            case 'Х' -> "X";
            case 'С' -> "C";
            case 'В' -> "B";
            default -> c;
        };
    }
}
