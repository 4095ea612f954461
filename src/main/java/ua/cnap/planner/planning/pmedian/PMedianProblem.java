package ua.cnap.planner.planning.pmedian;

import java.util.Arrays;

/**
 * A p-median question: choose {@code p} of the {@code n} vertices as medians (offices) so that
 * the weighted sum of every vertex's distance to its nearest median is smallest.
 *
 * <p>Every vertex is both a customer (with {@code weight[i]}, e.g. population) and a candidate
 * site. {@code distance[i][j]} is the cost of serving customer {@code i} from a median at
 * {@code j} (OR-Library: shortest-path length; the planner: travel seconds). The matrix need not
 * be symmetric.
 *
 * @param name   label for reports (e.g. {@code pmed1})
 * @param n      number of vertices
 * @param p      number of medians to open, {@code 1 <= p <= n}
 * @param distance n x n non-negative distances, {@code distance[i][i] == 0} is not required
 * @param weight n non-negative customer weights
 */
public record PMedianProblem(String name, int n, int p, int[][] distance, long[] weight) {

    public PMedianProblem {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive: " + n);
        }
        if (p < 1 || p > n) {
            throw new IllegalArgumentException("p must be in 1.." + n + ": " + p);
        }
        if (distance.length != n || weight.length != n) {
            throw new IllegalArgumentException("distance and weight must have n = " + n + " rows");
        }
        for (int i = 0; i < n; i++) {
            if (distance[i].length != n) {
                throw new IllegalArgumentException("distance row " + i + " has " + distance[i].length
                        + " columns, expected " + n);
            }
            if (weight[i] < 0) {
                throw new IllegalArgumentException("negative weight at vertex " + i);
            }
            for (int j = 0; j < n; j++) {
                if (distance[i][j] < 0) {
                    throw new IllegalArgumentException("negative distance " + i + " -> " + j);
                }
            }
        }
    }

    /** Weighted p-median objective of the given medians (0-based vertex indexes, duplicates allowed). */
    public long objectiveOf(int[] medians) {
        if (medians.length == 0) {
            throw new IllegalArgumentException("no medians");
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            int best = Integer.MAX_VALUE;
            for (int m : medians) {
                best = Math.min(best, distance[i][m]);
            }
            total += weight[i] * best;
        }
        return total;
    }

    /** Weights of 1 for every vertex, as in the OR-Library instances. */
    public static long[] unitWeights(int n) {
        long[] weights = new long[n];
        Arrays.fill(weights, 1);
        return weights;
    }
}
