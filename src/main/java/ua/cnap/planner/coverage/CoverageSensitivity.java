package ua.cnap.planner.coverage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.travel.ModelError;
import ua.cnap.planner.travel.Travel;

/**
 * How much a coverage figure depends on the travel model's error: the population covered if every
 * travel time were {@code percent} % longer, and if {@code percent} % shorter, with {@code percent} the
 * model's out-of-sample median absolute error ({@link ModelError#outOfSampleMedianAbsolutePercentError}).
 * Half the real trips are off by less than that, so the band is a typical error, not a bound.
 *
 * <p>Computed from the accessibility result without a second search: each settlement's time to its
 * nearest open fixed point is scaled, its distance kept, and the standard's rule applied. Slower times
 * can only uncover, faster ones only cover. Exact for the fallback within one speed group (the nearest
 * by time is then also the nearest by distance); where another point is nearer by distance but slower
 * (a road network, or points in two speed groups) a settlement covered by distance through it may be
 * counted uncovered if slower. Figures are over the same settlements and population as
 * {@code coveredShare}: those of hromadas whose oblast has a register.
 *
 * <p>With a road network (GraphHopper: no error measured against real trips, and none configured, since a
 * figure borrowed from the straight-line fallback would say nothing about the road model) there is no
 * band: {@code percent} and the figures are null and {@code reason} says why.
 *
 * @param percent                    the error used, percent; null when there is none
 * @param basis                      where the percentage comes from
 * @param population                 population the shares are over (as {@code coveredShare}'s)
 * @param populationCovered          covered with the times as computed
 * @param populationCoveredIfSlower  covered if every time were {@code percent} % longer
 * @param populationCoveredIfFaster  covered if every time were {@code percent} % shorter
 * @param coveredShare               populationCovered / population
 * @param coveredShareIfSlower       populationCoveredIfSlower / population
 * @param coveredShareIfFaster       populationCoveredIfFaster / population
 * @param reason                     why there is no band (null when there is one)
 */
public record CoverageSensitivity(Double percent, String basis, Long population, Long populationCovered,
        Long populationCoveredIfSlower, Long populationCoveredIfFaster, Double coveredShare,
        Double coveredShareIfSlower, Double coveredShareIfFaster, String reason) {

    /** Above this a faster time could reach settlements beyond the search limit (twice the standard's time). */
    public static final double MAX_PERCENT = 50;

    static final String BASIS = "the travel model's out-of-sample median absolute error (k-fold cross-validation "
            + "on real OSRM car times; see calibrate)";
    static final String NO_ERROR = "the travel model has no out-of-sample error against real trips (a road network "
            + "has no measured error; a fallback fitted to too few trips is not cross-validated): no sensitivity band";
    static final String NO_REGISTER = "coverage unknown (no register of access points): no sensitivity band";

    /** The band of a result, by its model's out-of-sample median error. */
    public static CoverageSensitivity of(CoverageResult result) {
        ModelError error = result.accessibility().modelError();
        Double percent = error == null ? null : error.outOfSampleMedianAbsolutePercentError();
        if (percent == null) {
            return none(null, NO_ERROR);
        }
        return of(result, percent);
    }

    /** The band of a result for a given error, percent (0 … {@link #MAX_PERCENT}). */
    public static CoverageSensitivity of(CoverageResult result, double percent) {
        if (!(percent >= 0) || percent > MAX_PERCENT) {
            throw new IllegalArgumentException("sensitivity percent must be in 0.." + MAX_PERCENT + ", got " + percent);
        }
        Set<String> counted = countedHromadas(result.report());
        Figures figures = Figures.of(result.accessibility().settlements().stream()
                .filter(s -> counted.contains(s.settlement().hromadaCode())).toList(),
                result.accessibility().standard(), percent);
        if (counted.isEmpty() || result.totals().coveredShare() == null) {
            return none(percent, NO_REGISTER);
        }
        return figures.band(percent, BASIS);
    }

    /**
     * Per hromada of the result: the share covered if slower and if faster (null where the hromada has
     * no register or no population), for the exports.
     */
    public static Map<String, CoverageSensitivity> byHromada(CoverageResult result) {
        ModelError error = result.accessibility().modelError();
        Double percent = error == null ? null : error.outOfSampleMedianAbsolutePercentError();
        Map<String, List<SettlementAccess>> own = new HashMap<>();
        result.accessibility().settlements()
                .forEach(s -> own.computeIfAbsent(s.settlement().hromadaCode(), c -> new java.util.ArrayList<>()).add(s));
        Map<String, CoverageSensitivity> bands = new HashMap<>();
        for (CoverageKpis hromada : result.report().hromadas()) {
            if (percent == null) {
                bands.put(hromada.code(), none(null, NO_ERROR));
            } else if (!hromada.registerLoaded()) {
                bands.put(hromada.code(), none(percent, NO_REGISTER));
            } else {
                bands.put(hromada.code(), Figures.of(own.getOrDefault(hromada.code(), List.of()),
                        result.accessibility().standard(), percent).band(percent, BASIS));
            }
        }
        return bands;
    }

    /** Whether a settlement is covered when its nearest trip takes {@code factor} times as long. */
    public static boolean coveredIfScaled(SettlementAccess access, AccessStandard standard, double factor) {
        if (factor >= 1) {
            // slower only uncovers; the nearest by time is the one that can still meet the time limit
            return access.covered() && standard.covers(scaled(access.nearest(), factor));
        }
        // faster only covers; nothing was within the distance limit, so only time can change it
        return access.covered() || standard.covers(scaled(access.nearest(), factor));
    }

    private static Travel scaled(Travel travel, double factor) {
        return travel.reachable() ? new Travel(travel.seconds() * factor, travel.meters()) : travel;
    }

    private static CoverageSensitivity none(Double percent, String reason) {
        return new CoverageSensitivity(percent, percent == null ? null : BASIS, null, null, null, null, null, null,
                null, reason);
    }

    /**
     * Hromadas whose settlements count in the area's totals: those with a register (the settlements
     * of the result are already those of the area asked for).
     */
    private static Set<String> countedHromadas(CoverageReport report) {
        Set<String> codes = new HashSet<>();
        for (CoverageKpis hromada : report.hromadas()) {
            if (hromada.registerLoaded()) {
                codes.add(hromada.code());
            }
        }
        return codes;
    }

    private record Figures(long population, long covered, long slower, long faster) {

        static Figures of(List<SettlementAccess> settlements, AccessStandard standard, double percent) {
            double slowerFactor = 1 + percent / 100;
            double fasterFactor = 1 - percent / 100;
            long population = 0;
            long covered = 0;
            long slower = 0;
            long faster = 0;
            for (SettlementAccess s : settlements) {
                long people = s.settlement().population();
                population += people;
                covered += s.covered() ? people : 0;
                slower += coveredIfScaled(s, standard, slowerFactor) ? people : 0;
                faster += coveredIfScaled(s, standard, fasterFactor) ? people : 0;
            }
            return new Figures(population, covered, slower, faster);
        }

        CoverageSensitivity band(double percent, String basis) {
            return new CoverageSensitivity(percent, basis, population, covered, slower, faster, share(covered),
                    share(slower), share(faster), null);
        }

        private Double share(long part) {
            return population == 0 ? null : (double) part / population;
        }
    }
}
