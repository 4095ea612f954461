package ua.cnap.planner.population;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Katottg;

/**
 * Reads the Kyiv School of Economics hromada table ({@code full_dataset.csv}, KSE-Loc-Data-Hub):
 * one row per hromada outside Crimea with its KATOTTG codes, centre and official 2022 population.
 * Of its 114 columns only the ones named here are used; {@code NA} means missing. The column
 * names keep the source's spelling ({@code total_popultaion_2022}).
 */
public final class KseHromadaTableReader {

    static final String CODE = "hromada_code";
    static final String NAME = "hromada_name";
    static final String RAION_CODE = "raion_code";
    static final String RAION_NAME = "raion_name";
    static final String OBLAST_CODE = "oblast_code";
    static final String OBLAST_NAME = "oblast_name";
    static final String TYPE = "type";
    static final String CENTRE_CODE = "hromada_center_code";
    static final String CENTRE_NAME = "hromada_center";
    static final String CENTRE_LAT = "lat_center";
    static final String CENTRE_LON = "lon_center";
    static final String POPULATION = "total_popultaion_2022";
    static final String URBAN_POPULATION = "urban_popultaion_2022.x";
    static final String OBLAST_NAME_EN = "oblast_name_en";
    static final String TRAVEL_TIME = "travel_time";
    static final String OBLAST_CENTRE = "oblast_center";

    /**
     * All hromadas of the table, boundary null (the table has none) and nameEn null (it has no
     * English hromada names).
     *
     * @throws BadInputException when a required column is missing, a code is not KATOTTG, a code
     *                           repeats, or a number or coordinate is impossible; the row is named
     */
    public List<Hromada> read(Path fullDatasetCsv, ImportLog log) {
        CsvFiles.Table table = CsvFiles.read(fullDatasetCsv, CODE, NAME, RAION_CODE, OBLAST_CODE, TYPE,
                CENTRE_CODE, CENTRE_NAME, CENTRE_LAT, CENTRE_LON, POPULATION, URBAN_POPULATION, OBLAST_NAME_EN);
        List<Hromada> hromadas = new ArrayList<>(table.rows().size());
        Set<String> seen = new HashSet<>();
        for (CsvFiles.Row row : table.rows()) {
            String code = code(row, CODE);
            if (!seen.add(code)) {
                throw new BadInputException(row.source(), row.item(), "hromada code " + code + " occurs twice");
            }
            String centreCode = row.find(CENTRE_CODE) == null ? null : code(row, CENTRE_CODE);
            long population = count(row, POPULATION);
            long urban = count(row, URBAN_POPULATION);
            if (urban > population) {
                log.warn(row.source(), row.item() + " (" + code + ")",
                        "urban population " + urban + " exceeds the total " + population);
            }
            hromadas.add(new Hromada(code, code(row, RAION_CODE), code(row, OBLAST_CODE), row.get(NAME), null,
                    row.get(TYPE), population, urban,
                    Wgs84.point(row.getDouble(CENTRE_LON), row.getDouble(CENTRE_LAT), row.source(),
                            row.item() + " (" + code + ")"),
                    centreCode, row.find(CENTRE_NAME), null));
        }
        return hromadas;
    }

    /** Oblast and raion names of every hromada, keyed by hromada code, in file order. */
    public Map<String, HromadaPlaceNames> readPlaceNames(Path fullDatasetCsv) {
        CsvFiles.Table table = CsvFiles.read(fullDatasetCsv, CODE, RAION_NAME, OBLAST_NAME);
        Map<String, HromadaPlaceNames> names = new LinkedHashMap<>();
        for (CsvFiles.Row row : table.rows()) {
            String code = code(row, CODE);
            names.put(code, new HromadaPlaceNames(code, row.get(OBLAST_NAME), row.get(RAION_NAME)));
        }
        return names;
    }

    /** The OSRM car time from each hromada centre to its oblast centre, in file order. */
    public List<CentreTravelTime> readTravelTimes(Path fullDatasetCsv) {
        CsvFiles.Table table = CsvFiles.read(fullDatasetCsv, CODE, OBLAST_CODE, TRAVEL_TIME, OBLAST_CENTRE);
        List<CentreTravelTime> times = new ArrayList<>(table.rows().size());
        for (CsvFiles.Row row : table.rows()) {
            Double minutes = row.find(TRAVEL_TIME) == null ? null : row.getDouble(TRAVEL_TIME);
            if (minutes != null && (!Double.isFinite(minutes) || minutes < 0)) {
                throw new BadInputException(row.source(), row.item(), "impossible travel time " + minutes);
            }
            String flag = row.get(OBLAST_CENTRE);
            if (!flag.equals("0") && !flag.equals("1")) {
                throw new BadInputException(row.source(), row.item(),
                        "column '" + OBLAST_CENTRE + "' is neither 0 nor 1: '" + flag + "'");
            }
            times.add(new CentreTravelTime(code(row, CODE), code(row, OBLAST_CODE), minutes, flag.equals("1")));
        }
        return times;
    }

    private static String code(CsvFiles.Row row, String column) {
        String raw = row.get(column);
        return Katottg.find(raw).orElseThrow(() -> new BadInputException(row.source(), row.item(),
                "column '" + column + "' is not a KATOTTG code (UA + 17 digits): '" + raw + "'"));
    }

    private static long count(CsvFiles.Row row, String column) {
        long value = row.getLong(column);
        if (value < 0) {
            throw new BadInputException(row.source(), row.item(), "negative " + column + ": " + value);
        }
        return value;
    }
}
