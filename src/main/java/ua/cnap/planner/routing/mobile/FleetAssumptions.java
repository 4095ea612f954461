package ua.cnap.planner.routing.mobile;

import ua.cnap.planner.network.AccessPointKind;

/**
 * Default costs of a mobile fleet, in UAH: ASSUMPTIONS for planning, printed with every schedule, in
 * the spirit of {@code planning.CostAssumptions}:
 * <ul>
 *   <li>mobile office: a van with two workplaces, about EUR 47,000 (the Slavuta mobile ЦНАП), written
 *       off over 7 years (300,000 a year), two administrators and a driver at 25,000 a month (900,000 a
 *       year): 1,200,000 a year; driving at about 60 km/h × 12 UAH/km = 720 UAH an hour;</li>
 *   <li>mobile case: the kit (about 150,000 over 5 years) and one administrator: 330,000 a year, as a
 *       remote workplace; a car at 6 UAH/km = 360 UAH an hour.</li>
 * </ul>
 * Spacing shortfall is priced at 300 UAH per missing day and settlement: a weight, not a cost.
 */
public final class FleetAssumptions {

    public static final int WORKING_DAYS_PER_YEAR = 250;

    private FleetAssumptions() {
    }

    public static long yearlyUah(AccessPointKind kind) {
        return switch (kind) {
            case MOBILE_OFFICE -> 1_200_000;
            case MOBILE_CASE -> ua.cnap.planner.planning.CostAssumptions.MOBILE_CASE_YEARLY_UAH;
            default -> throw new IllegalArgumentException("not a mobile kind: " + kind);
        };
    }

    public static long drivingPerHourUah(AccessPointKind kind) {
        return kind == AccessPointKind.MOBILE_OFFICE ? 720 : 360;
    }

    /** Costs for a cycle of {@code cycleDays} working days. */
    public static MobileRoutingProblem.FleetCosts costs(AccessPointKind kind, int cycleDays) {
        int cyclesPerYear = Math.max(1, WORKING_DAYS_PER_YEAR / cycleDays);
        return new MobileRoutingProblem.FleetCosts(yearlyUah(kind) / cyclesPerYear, drivingPerHourUah(kind), 300,
                cyclesPerYear);
    }

    public static VisitRules visitRules(AccessPointKind kind) {
        return kind == AccessPointKind.MOBILE_OFFICE ? VisitRules.mobileOfficeDefaults()
                : VisitRules.mobileCaseDefaults();
    }
}
