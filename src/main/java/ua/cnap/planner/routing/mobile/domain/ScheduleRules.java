package ua.cnap.planner.routing.mobile.domain;

/**
 * The figures every vehicle-day shares: travel between nodes, shift, cycle and the driving price in
 * kopecks (the soft score is money, in kopecks, so that driving and vehicles weigh on one scale).
 */
public record ScheduleRules(long[][] driveSeconds, long shiftSeconds, int cycleDays, long drivingKopecksPerHour) {
}
