package ua.cnap.planner.routing.mobile.domain;

/**
 * The figures every vehicle-day shares: travel between nodes, shift, cycle, spacing and prices in
 * kopecks (the soft score is money, in kopecks, so that driving, vehicles and spacing weigh on one scale).
 */
public record ScheduleRules(long[][] driveSeconds, long shiftSeconds, int cycleDays, int minSpacingDays,
        long drivingKopecksPerHour, long spacingKopecksPerDay) {

    /** Working days between two days of the cycle, counted the short way round (the cycle repeats). */
    public int cyclicGapDays(int dayA, int dayB) {
        int gap = Math.abs(dayA - dayB);
        return Math.min(gap, cycleDays - gap);
    }
}
