package ua.cnap.planner.routing.mobile;

import java.util.Locale;

/**
 * What can be scheduled at all, decided before solving: per settlement, whether its required visits
 * are possible (all of them on a pattern, or none), and if not, why.
 *
 * @param possibleVisits per place, visits that may be scheduled
 * @param reasons        per place, why some visits are impossible (null when all are possible)
 */
record Feasibility(int[] possibleVisits, String[] reasons) {

    static Feasibility check(MobileRoutingProblem problem) {
        int places = problem.places().size();
        int[] possible = new int[places];
        String[] reasons = new String[places];
        for (int p = 0; p < places; p++) {
            MobileRoutingProblem.Place place = problem.places().get(p);
            long shortestDay = Long.MAX_VALUE;
            String nearestDepot = null;
            for (MobileRoutingProblem.FleetVehicle vehicle : problem.vehicles()) {
                long day = problem.singleVisitDaySeconds(vehicle.depot(), p);
                if (day < shortestDay) {
                    shortestDay = day;
                    nearestDepot = problem.depots().get(vehicle.depot()).name();
                }
            }
            if (problem.vehicles().isEmpty()) {
                reasons[p] = "no vehicle in the fleet";
            } else if (shortestDay > problem.shiftSeconds()) {
                reasons[p] = String.format(Locale.ROOT,
                        "out of reach: from the nearest depot (%s) a single visit takes %s (there, %d min of service, "
                                + "back), longer than the %s shift",
                        nearestDepot, hours(shortestDay), place.serviceSeconds() / 60, hours(problem.shiftSeconds()));
            } else if (place.requiredVisits() > problem.cycleDays()) {
                reasons[p] = "needs " + place.requiredVisits() + " visits but the cycle has only "
                        + problem.cycleDays() + " working days (one visit a day)";
            } else if (problem.patterns(p).isEmpty()) {
                reasons[p] = "no visit pattern: " + place.requiredVisits() + " visits in a " + problem.cycleDays()
                        + "-day cycle cannot be " + problem.minSpacingDays() + " working days apart";
            } else {
                possible[p] = place.requiredVisits();
            }
        }
        return new Feasibility(possible, reasons);
    }

    static String hours(long seconds) {
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }
}
