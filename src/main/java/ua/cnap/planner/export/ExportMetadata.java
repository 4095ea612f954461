package ua.cnap.planner.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.ExclusionSummary;
import ua.cnap.planner.importing.ImportRun;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.travel.ModelError;

/**
 * What an export was made with, written into every file so that a layer can be told apart from one made
 * with other settings or data: the GeoJSON's top-level {@code metadata} member, the GeoPackage's
 * {@code export_metadata} attributes table, the CSV's {@code #} comment lines before the header.
 *
 * <p>Keys (always present, in this order; a value that is not known is {@value #UNKNOWN}, never 0 or
 * empty): {@code area}, {@code standard_minutes}, {@code standard_kilometres}, {@code standard_rule},
 * {@code registers} (id, name and date of each register used), {@code travel_model},
 * {@code travel_model_error} (median absolute error against real trips, in and out of sample),
 * {@code exclusions} (on/off, edition, as-of date and what they left out), {@code population_vintage},
 * {@code import_run} (number and end of the import the store holds), {@code plan} (the plan or run id of
 * proposals, {@value #NONE} otherwise), {@code created_at}.
 *
 * @param entries key → value, in the order above
 */
public record ExportMetadata(Map<String, String> entries) {

    public static final String UNKNOWN = "unknown";
    public static final String NONE = "none";
    /** The official population figures every export rests on. */
    public static final String POPULATION_VINTAGE = "population on 1 January 2022 (State Statistics Service,"
            + " KSE hromada table), before wartime displacement";

    public ExportMetadata {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * @param coverage  the coverage computation the layers come from
     * @param importRun the import the store holds, null when the store has no record of one
     * @param planId    the plan (job or run) whose proposals are exported, null when none
     * @param createdAt when the export is made
     */
    public static ExportMetadata of(CoverageResult coverage, ImportRun importRun, String planId, Instant createdAt) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("area", coverage.oblast() == null ? "UA (Ukraine, all oblasts)"
                : coverage.oblast().code() + " (" + coverage.oblast().nameUk() + ")");
        AccessStandard standard = coverage.accessibility().standard();
        entries.put("standard_minutes", number(standard.maxMinutes()));
        entries.put("standard_kilometres", number(standard.maxKilometres()));
        entries.put("standard_rule", standard.rule() == AccessStandard.Rule.BOTH
                ? "BOTH (within the time and the distance)" : "EITHER (within the time or the distance)");
        entries.put("registers", coverage.registers().isEmpty() ? NONE + " (coverage unknown)"
                : coverage.registers().stream().map(ExportMetadata::register).collect(Collectors.joining("; ")));
        entries.put("travel_model", coverage.accessibility().modelName());
        entries.put("travel_model_error", error(coverage.accessibility().modelError()));
        entries.put("exclusions", exclusions(coverage.exclusions()));
        entries.put("population_vintage", POPULATION_VINTAGE);
        entries.put("import_run", importRun == null ? UNKNOWN
                : "#" + importRun.id() + ", finished " + importRun.finishedAt());
        entries.put("plan", planId == null || planId.isBlank() ? NONE : planId);
        entries.put("created_at", createdAt.toString());
        return new ExportMetadata(entries);
    }

    /** The value of a key; {@value #UNKNOWN} when absent. */
    public String get(String key) {
        return entries.getOrDefault(key, UNKNOWN);
    }

    private static String register(Register r) {
        return r.id() + " (" + r.name() + ", " + (r.date() == null ? UNKNOWN : r.date().toString())
                + (r.historical() ? ", historical" : "") + ")";
    }

    private static String error(ModelError error) {
        if (error == null) {
            return "not measured (road network)";
        }
        String text = String.format(Locale.ROOT, "median absolute error %.1f %% (p90 %.1f %%) over %d real trips",
                error.medianAbsolutePercentError(), error.p90AbsolutePercentError(), error.pairs());
        if (error.outOfSampleMedianAbsolutePercentError() != null) {
            text += String.format(Locale.ROOT, "; out of sample %.1f %%", error.outOfSampleMedianAbsolutePercentError());
        }
        return text;
    }

    private static String exclusions(ExclusionSummary e) {
        if (e == null) {
            return UNKNOWN;
        }
        if (Boolean.FALSE.equals(e.excludeOccupied())) {
            return "off: occupied territories and those of hostilities included on request";
        }
        if (!e.listAvailable()) {
            return "on, but no Order 376 list imported: nothing left out";
        }
        return "on: Order 376 (" + e.edition() + ") as of " + e.asOf() + "; left out " + e.excludedPopulation()
                + " residents, " + e.excludedSettlements() + " settlements, " + e.excludedHromadas()
                + " whole hromadas, " + e.closedAccessPoints() + " closed access points";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
