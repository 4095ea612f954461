package ua.cnap.planner.population;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.territory.Katottg;

/**
 * Reads the OpenStreetMap place table {@code settlements/osm-places/ua-name-places.csv} (UTF-8,
 * comma-separated; columns {@code osm_id, katotth, koatuu, name, name:uk, place, population,
 * postal_code, old_name, old_name:uk, region, rayon, hromada}; 29,678 rows in the May 2023 edition).
 * Only {@code osm_id}, {@code katotth}, {@code name} and {@code population} are required.
 *
 * <p>Real rows are messy, and each kind of problem is reported once in the {@link ImportLog} with
 * its count and a few examples; no row disappears unreported:
 * <ul>
 *   <li>no or a malformed KATOTTG code (about 257 rows, mostly hamlets of Crimea): <em>rejected</em>,
 *       as nothing ties the row to a settlement;</li>
 *   <li>a code that a previous row already has: <em>rejected</em>, the first row is kept;</li>
 *   <li>an empty population or text that is no figure ("?"): kept with population unknown (null),
 *       a <em>warning</em>; the settlement is then weighted by the rule for settlements without a
 *       figure;</li>
 *   <li>a population tagged as text meaning uninhabited ("Нежилий", "нежилое", "uninhabited"):
 *       kept as 0, a <em>warning</em>.</li>
 * </ul>
 * Numbers may carry spaces or no-break spaces between digit groups ("1 234"). A file that is not
 * UTF-8 or lacks a required column is a {@link ua.cnap.planner.io.BadInputException}.
 */
public final class OsmPlaceReader {

    public static final String SOURCE = "osm places";

    static final String OSM_ID = "osm_id";
    static final String CODE = "katotth";
    static final String NAME = "name";
    static final String NAME_UK = "name:uk";
    static final String PLACE = "place";
    static final String POPULATION = "population";
    static final String OLD_NAME = "old_name";
    static final String OLD_NAME_UK = "old_name:uk";

    /** How many rows each reported problem names as examples. */
    static final int EXAMPLES = 5;

    private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d{1,3}([ \u00a0\u2009\u202f]\\d{3})+|\\d+");
    private static final Pattern UNINHABITED = Pattern.compile("(нежил|uninhabited|abandoned|покинут).*");

    /**
     * The table, or an empty list with a warning when the file is absent: the source is optional
     * (a data folder fetched before it existed still imports; settlements are then weighted by
     * their GeoNames figures or the rules for settlements without one).
     */
    public List<OsmPlace> readIfPresent(Path file, ImportLog log) {
        if (file == null || !Files.exists(file)) {
            log.warn(file == null ? SOURCE : file.toString(), "OSM place table",
                    "file not present: settlement populations are weighted without the census-based OSM figures");
            return List.of();
        }
        return read(file, log);
    }

    /**
     * Every name a coded settlement goes by in the table (Ukrainian, OSM and former names), by
     * KATOTTG code: what matches GeoNames places written in an older or Russian form.
     */
    public static Map<String, List<String>> namesByCode(List<OsmPlace> places) {
        Map<String, List<String>> names = new HashMap<>();
        for (OsmPlace place : places) {
            if (place.katottgCode() == null) {
                continue;
            }
            List<String> all = new ArrayList<>();
            if (place.nameUk() != null) {
                all.add(place.nameUk());
            }
            all.addAll(place.otherNames());
            names.put(place.katottgCode(), List.copyOf(all));
        }
        return names;
    }

    public List<OsmPlace> read(Path file, ImportLog log) {
        CsvFiles.Table table = CsvFiles.read(file, OSM_ID, CODE, NAME, POPULATION);
        Problems problems = new Problems(table.source());
        Map<String, OsmPlace> byCode = new HashMap<>();
        List<OsmPlace> places = new ArrayList<>(table.rows().size());
        for (CsvFiles.Row row : table.rows()) {
            String osmId = row.find(OSM_ID);
            String name = row.find(NAME);
            String nameUk = row.find(NAME_UK) != null ? row.find(NAME_UK) : name;
            String example = "row " + row.line() + " (" + (nameUk == null ? "no name" : nameUk)
                    + (osmId == null ? "" : ", osm " + osmId) + ")";
            String rawCode = row.find(CODE);
            String code = Katottg.find(rawCode).orElse(null);
            if (code == null) {
                problems.reject(rawCode == null ? "no KATOTTG code: cannot be tied to a settlement"
                        : "malformed KATOTTG code (not UA + 17 digits): cannot be tied to a settlement",
                        example + (rawCode == null ? "" : " '" + rawCode + "'"));
                continue;
            }
            OsmPlace first = byCode.get(code);
            if (first != null) {
                problems.reject("KATOTTG code already given to an earlier row: the earlier row is kept",
                        example + " " + code + " = row " + first.line());
                continue;
            }
            Long population = population(row.find(POPULATION), example, problems);
            List<String> otherNames = new ArrayList<>(3);
            for (String other : new String[] {name, row.find(OLD_NAME), row.find(OLD_NAME_UK)}) {
                if (other != null && !other.equals(nameUk) && !otherNames.contains(other)) {
                    otherNames.add(other);
                }
            }
            String place = row.find(PLACE);
            OsmPlace osmPlace = new OsmPlace(osmId, code, nameUk, otherNames,
                    place == null ? null : place.toLowerCase(Locale.ROOT), population, row.line());
            byCode.put(code, osmPlace);
            places.add(osmPlace);
        }
        problems.report(log);
        return List.copyOf(places);
    }

    /** The tag as a figure; null when it is none (reported), 0 when it says uninhabited (reported). */
    static Long population(String raw, String example, Problems problems) {
        if (raw == null) {
            problems.warn("no population figure: kept, weighted as a settlement without a figure", example);
            return null;
        }
        String value = raw.strip();
        if (DIGIT_GROUPS.matcher(value).matches()) {
            String digits = value.replaceAll("\\D", "");
            if (digits.length() <= 9) {
                return Long.parseLong(digits);
            }
        }
        if (UNINHABITED.matcher(value.toLowerCase(Locale.forLanguageTag("uk"))).matches()) {
            problems.warn("population given as text meaning uninhabited: read as 0", example + " '" + value + "'");
            return 0L;
        }
        problems.warn("population is not a whole number: kept, weighted as a settlement without a figure",
                example + " '" + value + "'");
        return null;
    }

    /** Problems of one kind are reported once, with their count and the first few rows. */
    static final class Problems {

        private final String source;
        private final Map<String, List<String>> rejected = new LinkedHashMap<>();
        private final Map<String, List<String>> warnings = new LinkedHashMap<>();

        Problems(String source) {
            this.source = source;
        }

        void reject(String problem, String example) {
            rejected.computeIfAbsent(problem, k -> new ArrayList<>()).add(example);
        }

        void warn(String problem, String example) {
            warnings.computeIfAbsent(problem, k -> new ArrayList<>()).add(example);
        }

        void report(ImportLog log) {
            rejected.forEach((problem, rows) -> log.reject(source, count(rows), problem + "; " + examples(rows)));
            warnings.forEach((problem, rows) -> log.warn(source, count(rows), problem + "; " + examples(rows)));
        }

        private static String count(List<String> rows) {
            return rows.size() + (rows.size() == 1 ? " row" : " rows");
        }

        private static String examples(List<String> rows) {
            return (rows.size() > EXAMPLES ? "e.g. " : "") + String.join(", ", rows.subList(0, Math.min(EXAMPLES, rows.size())));
        }
    }
}
