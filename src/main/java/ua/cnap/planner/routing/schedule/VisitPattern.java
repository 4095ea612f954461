package ua.cnap.planner.routing.schedule;

import java.util.Arrays;

/**
 * The days of the cycle (0-based, ascending) on which a customer is visited. A customer is served on
 * exactly the days of one of its allowed patterns, or not at all.
 */
public record VisitPattern(int[] days) {

    public VisitPattern {
        days = days.clone();
        Arrays.sort(days);
        for (int i = 0; i < days.length; i++) {
            if (days[i] < 0 || i > 0 && days[i] == days[i - 1]) {
                throw new IllegalArgumentException("pattern days must be distinct and not negative: "
                        + Arrays.toString(days));
            }
        }
        if (days.length == 0) {
            throw new IllegalArgumentException("a pattern needs at least one day");
        }
    }

    public static VisitPattern of(int... days) {
        return new VisitPattern(days);
    }

    /**
     * A Cordeau visit combination: the decimal value of a {@code dayCount}-bit string whose leftmost
     * (most significant) bit is day 1.
     */
    public static VisitPattern fromCordeauCode(int code, int dayCount) {
        if (code <= 0 || code >= 1 << dayCount) {
            throw new IllegalArgumentException("visit combination " + code + " is not a non-empty " + dayCount
                    + "-day pattern");
        }
        int[] days = new int[Integer.bitCount(code)];
        int k = 0;
        for (int day = 0; day < dayCount; day++) {
            if ((code >> (dayCount - 1 - day) & 1) == 1) {
                days[k++] = day;
            }
        }
        return new VisitPattern(days);
    }

    public int visits() {
        return days.length;
    }

    public boolean contains(int day) {
        return Arrays.binarySearch(days, day) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VisitPattern other && Arrays.equals(days, other.days);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(days);
    }

    @Override
    public String toString() {
        return Arrays.toString(days);
    }
}
