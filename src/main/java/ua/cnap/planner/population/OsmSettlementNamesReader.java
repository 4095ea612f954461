package ua.cnap.planner.population;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.territory.Katottg;

/**
 * The names of settlements by KATOTTG code from the OpenStreetMap places table
 * ({@code settlements/osm-places/ua-name-places.csv}): {@code name}, {@code name:uk} and the former
 * names {@code old_name}, {@code old_name:uk} (several are separated by {@code ;}). Only the names are
 * read here; they let {@link KatottgSettlementBuilder} find renamed places in GeoNames, whose names
 * are often pre-2016 ("Дніпродзержинськ" for Кам’янське). Rows without a valid code are counted in
 * one warning.
 */
public final class OsmSettlementNamesReader {

    public static final String CODE = "katotth";
    public static final List<String> NAME_COLUMNS = List.of("name", "name:uk", "old_name", "old_name:uk");

    /** Where the table lies in a data folder (layout of data/sources.yaml). */
    public static final String STANDARD_PATH = "settlements/osm-places/ua-name-places.csv";

    /**
     * The table at {@link #STANDARD_PATH} of a data folder; without it no other names (a warning says
     * so), and renamed places are found by their GeoNames alternate names only.
     */
    public Map<String, List<String>> readIfPresent(Path dataDir, ImportLog log) {
        Path file = dataDir.resolve(STANDARD_PATH);
        if (!Files.isRegularFile(file)) {
            log.warn(file.toString(), "settlement names", "file not present: settlements are matched to GeoNames "
                    + "places by their official names only, not by former names");
            return Map.of();
        }
        return read(file, log);
    }

    /** Other names of each settlement by its KATOTTG code, in column order, without repeats. */
    public Map<String, List<String>> read(Path file, ImportLog log) {
        CsvFiles.Table table = CsvFiles.read(file, CODE, "name", "old_name");
        Map<String, Set<String>> names = new LinkedHashMap<>();
        int withoutCode = 0;
        for (CsvFiles.Row row : table.rows()) {
            var code = Katottg.find(row.find(CODE));
            if (code.isEmpty()) {
                withoutCode++;
                continue;
            }
            Set<String> own = names.computeIfAbsent(code.get(), k -> new LinkedHashSet<>());
            for (String column : NAME_COLUMNS) {
                String cell = row.find(column);
                if (cell == null) {
                    continue;
                }
                for (String name : cell.split(";")) {
                    if (!name.isBlank()) {
                        own.add(name.strip());
                    }
                }
            }
        }
        if (withoutCode > 0) {
            log.warn(table.source(), CODE, withoutCode + " rows without a valid KATOTTG code: their names are "
                    + "not used to find settlement points");
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        names.forEach((code, set) -> result.put(code, List.copyOf(new ArrayList<>(set))));
        return result;
    }
}
