package ua.cnap.planner.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whole-number shares of a total in proportion to weights, adding up to the total exactly: the
 * largest remainder method (Hamilton). Each part first gets the whole part of its quota
 * {@code total × weight / Σ weights}; the units still missing go one each to the parts with the
 * largest fractional remainders. Ties between equal remainders go to the larger weight, then to the
 * earlier part, so the same input always gives the same parts.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param total   a non-negative whole number to split
     * @param weights non-negative weights; when all are 0 the total is split equally
     * @return one part per weight, each ≥ 0, summing to {@code total}
     * @throws IllegalArgumentException for a negative total or weight
     */
    public static long[] apportion(long total, long[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("negative total " + total);
        }
        int n = weights.length;
        long[] parts = new long[n];
        if (n == 0) {
            if (total != 0) {
                throw new IllegalArgumentException("no parts to hold a total of " + total);
            }
            return parts;
        }
        long sum = 0;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            sum = Math.addExact(sum, w);
        }
        long[] effective = weights;
        if (sum == 0) {
            effective = new long[n];
            java.util.Arrays.fill(effective, 1);
            sum = n;
        }
        long[] remainders = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            // total × weight / sum without overflow for any realistic population
            long product = Math.multiplyExact(total, effective[i]);
            parts[i] = product / sum;
            remainders[i] = product % sum;
            assigned += parts[i];
        }
        long missing = total - assigned;
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        long[] w = effective;
        order.sort(Comparator.<Integer>comparingLong(i -> -remainders[i])
                .thenComparingLong(i -> -w[i])
                .thenComparingInt(i -> i));
        for (int k = 0; k < missing; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}
