package ua.cnap.planner.routing.mobile;

import java.time.Duration;
import ua.cnap.planner.io.BadInputException;
import java.util.List;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.coverage.NetworkChanges;
import ua.cnap.planner.coverage.TerritoryExclusions;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanRequest;

/**
 * What a planner asks: mobile routes for the settlements of an oblast (or one hromada) that the fixed
 * network leaves beyond the standard, optionally after a siting plan has opened what the budget allows.
 *
 * @param oblast         KATOTTG code or name
 * @param hromadaCode    only this hromada's settlements; null for the whole oblast
 * @param standard       what "covered" means
 * @param register       register id or name; null for the oblast's current one
 * @param changes        what-if changes and closures of access points
 * @param exclusions     territories left out
 * @param kind           MOBILE_OFFICE or MOBILE_CASE
 * @param vehicles       fleet size
 * @param depotIds       access points the vehicles are based at (one per vehicle, or fewer: reused in
 *                       turn); empty to let the planner choose
 * @param cycleDays      working days in the cycle (20 = four weeks)
 * @param shiftSeconds   working day, driving included
 * @param minSpacingDays wanted working days between two visits of one settlement
 * @param visitRules     required visits and service time; null for the kind's defaults
 * @param costs          fleet costs; null for the kind's defaults ({@link FleetAssumptions})
 * @param limits         solver limits
 * @param sitingPlan     a siting plan to run first (joint plan); null for routes on today's network
 * @param exclusionChoice whether the Order 376 territories are left out, and as of when (default: left
 *                       out as of today; {@code exclusions} given by hand take precedence)
 */
public record MobileRouteRequest(
        String oblast,
        String hromadaCode,
        AccessStandard standard,
        String register,
        NetworkChanges changes,
        TerritoryExclusions exclusions,
        AccessPointKind kind,
        int vehicles,
        List<String> depotIds,
        int cycleDays,
        long shiftSeconds,
        int minSpacingDays,
        VisitRules visitRules,
        MobileRoutingProblem.FleetCosts costs,
        SolveLimits limits,
        PlanRequest sitingPlan,
        ExclusionChoice exclusionChoice) {

    public static final int DEFAULT_CYCLE_DAYS = 20;
    /** A cycle of at most six months of working days. */
    public static final int MAX_CYCLE_DAYS = 130;
    public static final int MAX_VEHICLES = 100;
    public static final long DEFAULT_SHIFT_SECONDS = 8 * 3600;
    public static final int DEFAULT_MIN_SPACING_DAYS = 5;

    public MobileRouteRequest {
        if (kind == null || kind.isFixed()) {
            throw new IllegalArgumentException("the kind must be MOBILE_OFFICE or MOBILE_CASE, got " + kind);
        }
        if (vehicles < 1 || vehicles > MAX_VEHICLES) {
            throw new BadInputException("routes", "vehicles", "must be 1 to " + MAX_VEHICLES + ", got " + vehicles);
        }
        if (cycleDays < 1 || cycleDays > MAX_CYCLE_DAYS) {
            throw new BadInputException("routes", "cycleDays", "must be 1 to " + MAX_CYCLE_DAYS
                    + " working days, got " + cycleDays);
        }
        if (shiftSeconds < 3600 || shiftSeconds > 16 * 3600) {
            throw new BadInputException("routes", "shiftHours", "must be 1 to 16 hours, got " + shiftSeconds / 3600.0);
        }
        if (minSpacingDays < 0 || minSpacingDays > cycleDays) {
            throw new BadInputException("routes", "minSpacingDays", "must be 0 to the cycle's " + cycleDays
                    + " days, got " + minSpacingDays);
        }
        if (limits != null && (limits.timeLimit() == null || limits.timeLimit().compareTo(Duration.ofSeconds(1)) < 0
                || limits.timeLimit().compareTo(PlanRequest.MAX_TIME_LIMIT) > 0)) {
            throw new BadInputException("routes", "timeLimitSeconds", "must be 1 to "
                    + PlanRequest.MAX_TIME_LIMIT.toSeconds() + " seconds, got "
                    + (limits.timeLimit() == null ? null : limits.timeLimit().toSeconds()));
        }
        depotIds = depotIds == null ? List.of() : List.copyOf(depotIds);
        changes = changes == null ? NetworkChanges.NONE : changes;
        exclusions = exclusions == null ? TerritoryExclusions.NONE : exclusions;
        visitRules = visitRules == null ? FleetAssumptions.visitRules(kind) : visitRules;
        costs = costs == null ? FleetAssumptions.costs(kind, cycleDays) : costs;
        limits = limits == null ? SolveLimits.of(Duration.ofSeconds(30)) : limits;
        exclusionChoice = exclusionChoice == null ? ExclusionChoice.DEFAULT : exclusionChoice;
    }

    /** The defaults for an oblast: 4-week cycle, 8-hour shift, 5 days' spacing, 30 s of search. */
    public static MobileRouteRequest of(String oblast, AccessStandard standard, AccessPointKind kind, int vehicles) {
        return new MobileRouteRequest(oblast, null, standard, null, null, null, kind, vehicles, List.of(),
                DEFAULT_CYCLE_DAYS, DEFAULT_SHIFT_SECONDS, DEFAULT_MIN_SPACING_DAYS, null, null, null, null, null);
    }

    public MobileRouteRequest withLimits(SolveLimits newLimits) {
        return new MobileRouteRequest(oblast, hromadaCode, standard, register, changes, exclusions, kind, vehicles,
                depotIds, cycleDays, shiftSeconds, minSpacingDays, visitRules, costs, newLimits, sitingPlan,
                exclusionChoice);
    }

    public MobileRouteRequest withSitingPlan(PlanRequest plan) {
        return new MobileRouteRequest(oblast, hromadaCode, standard, register, changes, exclusions, kind, vehicles,
                depotIds, cycleDays, shiftSeconds, minSpacingDays, visitRules, costs, limits, plan,
                exclusionChoice);
    }

    public MobileRouteRequest withHromada(String code) {
        return new MobileRouteRequest(oblast, code, standard, register, changes, exclusions, kind, vehicles,
                depotIds, cycleDays, shiftSeconds, minSpacingDays, visitRules, costs, limits, sitingPlan,
                exclusionChoice);
    }

    public MobileRouteRequest withRegister(String newRegister) {
        return new MobileRouteRequest(oblast, hromadaCode, standard, newRegister, changes, exclusions, kind, vehicles,
                depotIds, cycleDays, shiftSeconds, minSpacingDays, visitRules, costs, limits, sitingPlan,
                exclusionChoice);
    }

    public MobileRouteRequest withChanges(NetworkChanges newChanges) {
        return new MobileRouteRequest(oblast, hromadaCode, standard, register, newChanges, exclusions, kind, vehicles,
                depotIds, cycleDays, shiftSeconds, minSpacingDays, visitRules, costs, limits, sitingPlan,
                exclusionChoice);
    }

    public MobileRouteRequest withDepots(List<String> ids) {
        return new MobileRouteRequest(oblast, hromadaCode, standard, register, changes, exclusions, kind, vehicles,
                ids, cycleDays, shiftSeconds, minSpacingDays, visitRules, costs, limits, sitingPlan,
                exclusionChoice);
    }

    /**
     * The spacing asked when none is given: {@link #DEFAULT_MIN_SPACING_DAYS}, or less when the cycle is
     * too short for the most frequent visits at that spacing (four visits in a 10-day cycle: 2 days).
     */
    public static int defaultMinSpacingDays(int cycleDays, VisitRules rules) {
        return Math.max(0, Math.min(DEFAULT_MIN_SPACING_DAYS, cycleDays / rules.maxVisitsPerCycle()));
    }

    /** {@code newMinSpacingDays} null: {@link #defaultMinSpacingDays} for the new cycle. */
    public MobileRouteRequest withSchedule(int newCycleDays, long newShiftSeconds, Integer newMinSpacingDays) {
        return new MobileRouteRequest(oblast, hromadaCode, standard, register, changes, exclusions, kind, vehicles,
                depotIds, newCycleDays, newShiftSeconds,
                newMinSpacingDays != null ? newMinSpacingDays : defaultMinSpacingDays(newCycleDays, visitRules),
                visitRules,
                null, limits, sitingPlan, // the kind's costs for the new cycle, once the cycle is checked
                exclusionChoice);
    }

    public MobileRouteRequest withExclusionChoice(ExclusionChoice choice) {
        return new MobileRouteRequest(oblast, hromadaCode, standard, register, changes, exclusions, kind, vehicles,
                depotIds, cycleDays, shiftSeconds, minSpacingDays, visitRules, costs, limits,
                sitingPlan == null ? null : sitingPlan.withExclusionChoice(choice), choice);
    }
}
