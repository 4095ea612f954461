package ua.cnap.planner.routing.mobile;

import java.util.List;

/**
 * A solved mobile schedule, the JSON of {@code routes --json} and of the API.
 *
 * @param kind                  mobile office or mobile case
 * @param offer                 what a visit can and cannot offer
 * @param cycleDays             working days in the cycle
 * @param shiftSeconds          shift length
 * @param shiftStart            clock time the shifts start ("08:00"); arrival seconds count from it
 * @param minSpacingDays        wanted spacing between visits of one settlement
 * @param settlements           settlements asked for
 * @param populationAskedFor    their residents
 * @param populationReached     residents of settlements visited at least once a cycle
 * @param populationFullyServed residents of settlements that get every required visit
 * @param visitsRequired        visits the rules ask for
 * @param visitsScheduled       visits in the schedule
 * @param vehicles              per vehicle, its days and stops (vehicles with no work included, with no days)
 * @param timetables            per visited settlement, the printable timetable of its visit pattern
 * @param unscheduled           settlements short of their required visits, with the reason
 * @param maxWorkSeconds        the longest vehicle-day (never above the shift in a feasible schedule)
 * @param spacingShortfalls     pairs of visits closer than the asked spacing (0: patterns keep it)
 * @param costs                 per cycle and per year
 * @param feasible              no shift exceeded, no settlement visited twice a day or off its pattern
 *                              (checked by the solver-independent {@code ScheduleEvaluator})
 * @param score                 the solver's score (hard/medium/soft)
 * @param travelModel           the travel-time model used
 * @param seconds               solver wall time
 */
public record MobileRoutePlan(
        String kind,
        MobileOffer offer,
        int cycleDays,
        long shiftSeconds,
        String shiftStart,
        int minSpacingDays,
        int settlements,
        long populationAskedFor,
        long populationReached,
        long populationFullyServed,
        int visitsRequired,
        int visitsScheduled,
        List<VehicleRoutes> vehicles,
        List<Timetable> timetables,
        List<Unscheduled> unscheduled,
        long maxWorkSeconds,
        int spacingShortfalls,
        Costs costs,
        boolean feasible,
        String score,
        String travelModel,
        double seconds) {

    /** One vehicle and its working days that have stops. */
    public record VehicleRoutes(String id, String kind, String depotId, String depotName, double depotLon,
            double depotLat, List<DayRoute> days) {
    }

    /**
     * One vehicle-day.
     *
     * @param day          1-based working day of the cycle
     * @param driveSeconds depot → stops → depot
     * @param driveMeters  distance driven
     * @param serviceSeconds time at the stops
     * @param workSeconds  driving plus service
     * @param returnSeconds when the vehicle is back at its depot, from shift start
     */
    public record DayRoute(int day, long driveSeconds, long driveMeters, long serviceSeconds, long workSeconds,
            long returnSeconds, List<Stop> stops) {
    }

    /**
     * A stop.
     *
     * @param arrivalSeconds   from shift start
     * @param arrivalTime      clock time
     * @param serviceSeconds   time spent there
     * @param departureSeconds from shift start
     */
    public record Stop(String settlementId, String katottgCode, String name, String hromadaCode, long population,
            double lon, double lat, long arrivalSeconds, String arrivalTime, long serviceSeconds,
            long departureSeconds) {
    }

    /**
     * When the van comes to a settlement, the same every cycle.
     *
     * @param visitsPerCycle visits in the cycle
     * @param pattern        the visit pattern in words ("every 2 weeks", "weekly", "days 3, 13")
     * @param weekday        Ukrainian weekday name when every visit falls on the same weekday, else null
     * @param everyWeeks     weeks between visits when they fall on one weekday at whole weeks, else null
     * @param visitDays      1-based working days of the cycle
     * @param weeks          1-based weeks of the cycle the visits fall in
     * @param times          per visit day, the stop's time ("10:05–10:50")
     * @param vehicleIds     vehicles that make the visits
     * @param timetable      printable line in Ukrainian ("щовівторка, 10:05–10:50")
     */
    public record Timetable(String settlementId, String name, String hromadaCode, long population,
            int visitsPerCycle, String pattern, String weekday, Integer everyWeeks, List<Integer> visitDays,
            List<Integer> weeks, List<String> times, List<String> vehicleIds, String timetable) {
    }

    /** A settlement short of its visits and why. */
    public record Unscheduled(String settlementId, String name, long population, int visitsRequired,
            int visitsScheduled, String reason) {
    }

    /**
     * Costs under the fleet assumptions, in UAH.
     *
     * @param vehiclesUsed       vehicles with at least one working day
     * @param vehiclesUah        their cycle price
     * @param drivingUah         driving in the cycle
     * @param perCycleUah        both
     * @param perYearUah         per cycle × cycles a year
     * @param driveHoursPerCycle hours on the road
     */
    public record Costs(int vehiclesUsed, long vehiclesUah, long drivingUah, long perCycleUah, long perYearUah,
            double driveHoursPerCycle) {
    }
}
