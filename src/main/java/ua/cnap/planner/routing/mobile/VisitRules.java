package ua.cnap.planner.routing.mobile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ua.cnap.planner.routing.schedule.VisitPattern;

/**
 * How often and how long a mobile access point stops in a settlement.
 *
 * <p>Required visits per cycle by settlement size: the band with the largest {@code minPopulation}
 * not above the settlement's population applies. The default follows the first mobile ЦНАП
 * (Slavuta): every village at least twice a month (a 4-week cycle), larger villages weekly.
 *
 * <p>Service time of one visit: a base (setting up, the queue's first minutes, packing) plus the
 * settlement's work of a cycle shared among its visits: {@code base + perResidentPerCycle × residents
 * / visits}. Default per-resident part, derived rather than measured: 0.3 services per resident per
 * year ({@code planning.CostAssumptions}), about 15 minutes per service, 12.5 four-week cycles a year,
 * shared by the vehicle's workplaces: 0.3 × 900 s / 12.5 / workplaces = 21.6 s per resident and cycle
 * for one administrator (mobile case), 10.8 s for a van with two workplaces (mobile office).
 *
 * <p>Visit patterns: the days of a cycle a settlement is visited on follow a fixed pattern residents can
 * learn. The cycle's days are working days, Monday to Friday in turn ({@link #WORKING_DAYS_PER_WEEK});
 * {@code k} visits in a cycle of {@code D} days are spaced evenly, {@code D / k} days apart: in the default
 * four-week cycle, two visits fall on the same weekday two weeks apart and four visits on the same
 * weekday every week. The solver chooses one pattern per settlement, so spacing is exact.
 *
 * @param bands                        required visits per cycle by population, at least one band from 0
 * @param serviceBaseSeconds           fixed part of every visit
 * @param serviceSecondsPerResidentPerCycle work per resident and cycle, shared among the cycle's visits
 */
public record VisitRules(List<VisitBand> bands, double serviceBaseSeconds, double serviceSecondsPerResidentPerCycle) {

    /** From {@code minPopulation} residents on, {@code visitsPerCycle} visits each cycle. */
    public record VisitBand(long minPopulation, int visitsPerCycle) {
        public VisitBand {
            if (minPopulation < 0 || visitsPerCycle < 1) {
                throw new IllegalArgumentException("a visit band needs minPopulation >= 0 and visitsPerCycle >= 1, got "
                        + minPopulation + " / " + visitsPerCycle);
            }
        }
    }

    public VisitRules {
        if (bands == null || bands.isEmpty() || bands.stream().noneMatch(b -> b.minPopulation() == 0)) {
            throw new IllegalArgumentException("visit bands must include one from population 0");
        }
        bands = bands.stream().sorted(Comparator.comparingLong(VisitBand::minPopulation)).toList();
        if (serviceBaseSeconds < 0 || serviceSecondsPerResidentPerCycle < 0) {
            throw new IllegalArgumentException("service times must not be negative");
        }
    }

    /** Twice per cycle, four times from 2,000 residents; 30 min + 10.8 s per resident and cycle (two workplaces). */
    public static VisitRules mobileOfficeDefaults() {
        return new VisitRules(List.of(new VisitBand(0, 2), new VisitBand(2_000, 4)), 1_800, 10.8);
    }

    /** Same visits as a van; 20 min + 21.6 s per resident and cycle (one administrator). */
    public static VisitRules mobileCaseDefaults() {
        return new VisitRules(List.of(new VisitBand(0, 2), new VisitBand(2_000, 4)), 1_200, 21.6);
    }

    /** The cycle's days run Monday to Friday, week after week. */
    public static final int WORKING_DAYS_PER_WEEK = 5;

    /**
     * The allowed patterns of {@code visits} visits in a cycle of {@code cycleDays} working days: the
     * first visit on day {@code d}, the others every {@code cycleDays / visits} days (rounded down when it
     * does not divide), for every first day that keeps the pattern in the cycle. Patterns whose visits
     * are fewer than {@code minSpacingDays} apart, counted around the cycle, are left out; none are left
     * when the visits do not fit the cycle at that spacing.
     */
    public static List<VisitPattern> patterns(int visits, int cycleDays, int minSpacingDays) {
        List<VisitPattern> patterns = new ArrayList<>();
        if (visits < 1 || visits > cycleDays) {
            return patterns;
        }
        int spacing = visits == 1 ? cycleDays : cycleDays / visits;
        for (int first = 0; first + (visits - 1) * spacing < cycleDays; first++) {
            int[] days = new int[visits];
            for (int k = 0; k < visits; k++) {
                days[k] = first + k * spacing;
            }
            int wrapGap = cycleDays - days[visits - 1] + days[0];
            if (visits == 1 || Math.min(spacing, wrapGap) >= minSpacingDays) {
                patterns.add(new VisitPattern(days));
            }
        }
        return patterns;
    }

    /** The most visits any band asks for in a cycle. */
    public int maxVisitsPerCycle() {
        return bands.stream().mapToInt(VisitBand::visitsPerCycle).max().orElse(1);
    }

    public int requiredVisits(long population) {
        int visits = bands.get(0).visitsPerCycle();
        for (VisitBand band : bands) {
            if (population >= band.minPopulation()) {
                visits = band.visitsPerCycle();
            }
        }
        return visits;
    }

    /** One visit's service time: the base plus the settlement's work of a cycle shared among its visits. */
    public long serviceSeconds(long population) {
        return Math.round(serviceBaseSeconds
                + serviceSecondsPerResidentPerCycle * Math.max(0, population) / requiredVisits(population));
    }
}
