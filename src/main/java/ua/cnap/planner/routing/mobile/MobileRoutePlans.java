package ua.cnap.planner.routing.mobile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.Map;
import ua.cnap.planner.routing.mobile.MobileRoutingProblem.Place;
import ua.cnap.planner.routing.mobile.domain.MobileSchedule;
import ua.cnap.planner.routing.mobile.domain.VehicleDay;
import ua.cnap.planner.routing.mobile.domain.Visit;
import ua.cnap.planner.routing.schedule.ScheduleEvaluator;
import ua.cnap.planner.routing.schedule.VisitPattern;

/** Turns a solved {@link MobileSchedule} into the {@link MobileRoutePlan} users read. */
final class MobileRoutePlans {

    /** Shifts start at 08:00. */
    static final long SHIFT_START_SECONDS = 8 * 3600;

    private MobileRoutePlans() {
    }

    static long populationReached(MobileRoutingProblem problem, MobileSchedule schedule) {
        boolean[] reached = new boolean[problem.places().size()];
        for (VehicleDay day : schedule.getVehicleDays()) {
            if (day.isScheduled()) {
                day.getVisits().forEach(v -> reached[v.getPlaceIndex()] = true);
            }
        }
        long population = 0;
        for (int p = 0; p < reached.length; p++) {
            population += reached[p] ? problem.places().get(p).population() : 0;
        }
        return population;
    }

    static MobileRoutePlan describe(MobileRoutingProblem problem, MobileSchedule schedule, Feasibility feasibility,
            VisitPattern[] patterns, ScheduleEvaluator.Evaluation evaluation, String travelModel, double seconds) {
        int places = problem.places().size();
        int[] scheduled = new int[places];
        List<List<Integer>> daysOfPlace = new ArrayList<>();
        List<Map<Integer, String>> arrivalsOfPlace = new ArrayList<>();
        List<java.util.Set<String>> vehiclesOfPlace = new ArrayList<>();
        for (int p = 0; p < places; p++) {
            daysOfPlace.add(new ArrayList<>());
            arrivalsOfPlace.add(new TreeMap<>());
            vehiclesOfPlace.add(new java.util.TreeSet<>());
        }
        Map<Integer, List<MobileRoutePlan.DayRoute>> daysByVehicle = new TreeMap<>();
        long maxWork = 0;
        long driveSecondsTotal = 0;
        long driveUah = 0;
        boolean overtime = false;
        boolean repeatedInDay = false;
        for (VehicleDay day : schedule.getVehicleDays()) {
            if (!day.isUsed()) {
                continue;
            }
            List<MobileRoutePlan.Stop> stops = new ArrayList<>();
            long[][] drive = problem.driveSeconds();
            long[][] meters = problem.driveMeters();
            int previous = day.getVehicle().depotNode();
            long clock = 0;
            long metersTotal = 0;
            for (Visit visit : day.getVisits()) {
                clock += drive[previous][visit.getNode()];
                metersTotal += meters[previous][visit.getNode()];
                Place place = problem.places().get(visit.getPlaceIndex());
                stops.add(new MobileRoutePlan.Stop(place.settlementId(), place.katottgCode(), place.name(),
                        place.hromadaCode(), place.population(), place.location().getX(), place.location().getY(),
                        clock, clockTime(clock), visit.getServiceSeconds(), clock + visit.getServiceSeconds()));
                clock += visit.getServiceSeconds();
                previous = visit.getNode();
                scheduled[visit.getPlaceIndex()]++;
                daysOfPlace.get(visit.getPlaceIndex()).add(day.getDay());
                arrivalsOfPlace.get(visit.getPlaceIndex()).put(day.getDay(),
                        clockTime(clock - visit.getServiceSeconds()) + "–" + clockTime(clock));
                vehiclesOfPlace.get(visit.getPlaceIndex()).add(day.getVehicle().id());
            }
            clock += drive[previous][day.getVehicle().depotNode()];
            metersTotal += meters[previous][day.getVehicle().depotNode()];
            long driveSeconds = day.driveSeconds();
            driveSecondsTotal += driveSeconds;
            driveUah += Math.round(driveSeconds * problem.costs().drivingPerHourUah() / 3600.0);
            maxWork = Math.max(maxWork, day.workSeconds());
            overtime |= day.workSeconds() > problem.shiftSeconds();
            repeatedInDay |= day.repeatedPlacesWithin() > 0;
            daysByVehicle.computeIfAbsent(day.getVehicle().index(), v -> new ArrayList<>())
                    .add(new MobileRoutePlan.DayRoute(day.getDay() + 1, driveSeconds, metersTotal,
                            day.serviceSeconds(), day.workSeconds(), clock, List.copyOf(stops)));
        }

        List<MobileRoutePlan.VehicleRoutes> vehicles = new ArrayList<>();
        for (int v = 0; v < problem.vehicles().size(); v++) {
            MobileRoutingProblem.FleetVehicle vehicle = problem.vehicles().get(v);
            MobileRoutingProblem.Depot depot = problem.depots().get(vehicle.depot());
            List<MobileRoutePlan.DayRoute> days = daysByVehicle.getOrDefault(v, List.of()).stream()
                    .sorted(java.util.Comparator.comparingInt(MobileRoutePlan.DayRoute::day)).toList();
            vehicles.add(new MobileRoutePlan.VehicleRoutes(vehicle.id(), vehicle.kind().name(), depot.accessPointId(),
                    depot.name(), depot.location().getX(), depot.location().getY(), days));
        }

        List<MobileRoutePlan.Unscheduled> unscheduled = new ArrayList<>();
        long asked = 0;
        long reached = 0;
        long fullyServed = 0;
        int required = 0;
        int scheduledTotal = 0;
        int spacingShortfalls = 0;
        String capacityReason = capacityReason(problem, feasibility);
        for (int p = 0; p < places; p++) {
            Place place = problem.places().get(p);
            asked += place.population();
            required += place.requiredVisits();
            scheduledTotal += scheduled[p];
            reached += scheduled[p] > 0 ? place.population() : 0;
            if (scheduled[p] >= place.requiredVisits()) {
                fullyServed += place.population();
            } else {
                String reason = feasibility.reasons()[p] != null ? feasibility.reasons()[p] : capacityReason;
                unscheduled.add(new MobileRoutePlan.Unscheduled(place.settlementId(), place.name(), place.population(),
                        place.requiredVisits(), scheduled[p], reason));
            }
            List<Integer> days = daysOfPlace.get(p);
            for (int i = 0; i < days.size(); i++) {
                for (int j = i + 1; j < days.size(); j++) {
                    int gap = Math.abs(days.get(i) - days.get(j));
                    gap = Math.min(gap, problem.cycleDays() - gap);
                    repeatedInDay |= gap == 0;
                    spacingShortfalls += gap < problem.minSpacingDays() ? 1 : 0;
                }
            }
        }
        List<MobileRoutePlan.Timetable> timetables = new ArrayList<>();
        for (int p = 0; p < places; p++) {
            if (patterns[p] != null && !arrivalsOfPlace.get(p).isEmpty()) {
                timetables.add(Timetables.of(problem.places().get(p), patterns[p], problem.cycleDays(),
                        arrivalsOfPlace.get(p), List.copyOf(vehiclesOfPlace.get(p))));
            }
        }
        overtime |= !evaluation.feasible();
        int vehiclesUsed = daysByVehicle.size();
        long vehiclesUah = vehiclesUsed * problem.costs().vehiclePerCycleUah();
        long perCycle = vehiclesUah + driveUah;
        MobileRoutePlan.Costs costs = new MobileRoutePlan.Costs(vehiclesUsed, vehiclesUah, driveUah, perCycle,
                perCycle * problem.costs().cyclesPerYear(), Math.round(driveSecondsTotal / 36.0) / 100.0);
        String kind = problem.vehicles().isEmpty() ? null : problem.vehicles().get(0).kind().name();
        return new MobileRoutePlan(kind, kind == null ? null : MobileOffer.of(problem.vehicles().get(0).kind()),
                problem.cycleDays(), problem.shiftSeconds(), clockTime(0), problem.minSpacingDays(), places, asked,
                reached, fullyServed, required, scheduledTotal, vehicles, timetables, unscheduled, maxWork,
                spacingShortfalls, costs,
                !overtime && !repeatedInDay, String.valueOf(schedule.getScore()), travelModel, seconds);
    }

    /** Why possible visits stayed unscheduled: the fleet's time, or the search. */
    private static String capacityReason(MobileRoutingProblem problem, Feasibility feasibility) {
        long neededSeconds = 0;
        for (int p = 0; p < problem.places().size(); p++) {
            long cheapest = Long.MAX_VALUE;
            int node = problem.placeNode(p);
            for (int other = 0; other < problem.driveSeconds().length; other++) {
                if (other != node) {
                    cheapest = Math.min(cheapest, problem.driveSeconds()[other][node]);
                }
            }
            if (cheapest == Long.MAX_VALUE) {
                cheapest = 0;
            }
            neededSeconds += feasibility.possibleVisits()[p] * (problem.places().get(p).serviceSeconds() + cheapest);
        }
        long availableSeconds = (long) problem.vehicles().size() * problem.cycleDays() * problem.shiftSeconds();
        if (neededSeconds > availableSeconds) {
            return String.format(Locale.ROOT, "fleet capacity: %d vehicle(s) × %d days × %s = %d h of work, the "
                    + "visits need at least %d h (service plus the shortest drive to each stop)",
                    problem.vehicles().size(), problem.cycleDays(), Feasibility.hours(problem.shiftSeconds()),
                    availableSeconds / 3600, neededSeconds / 3600);
        }
        return "not fitted within the shifts by the end of the search (shift length and one visit a day); "
                + "more time, more vehicles or a longer shift may fit it";
    }

    static String clockTime(long secondsFromShiftStart) {
        long t = SHIFT_START_SECONDS + secondsFromShiftStart;
        return String.format(Locale.ROOT, "%02d:%02d", (t / 3600) % 24, (t % 3600) / 60);
    }
}
