package ua.cnap.planner.travel;

import java.util.Arrays;

/**
 * Percentage errors of a model on a set of trips: {@code 100 · (model − observed) / observed}.
 * Figures are null when the set is empty (unknown, not 0).
 *
 * @param group                       what the trips are (a distance band, an oblast, "all trips", …)
 * @param trips                       number of trips
 * @param medianAbsolutePercentError  median of the absolute error, percent
 * @param p90AbsolutePercentError     90th percentile of the absolute error (nearest rank), percent
 * @param medianSignedPercentError    median of the signed error, percent: negative where the model is
 *                                    faster than the reference (too optimistic for coverage)
 */
public record ErrorFigures(String group, int trips, Double medianAbsolutePercentError, Double p90AbsolutePercentError,
        Double medianSignedPercentError) {

    /** Figures of signed percentage errors (not modified). */
    public static ErrorFigures of(String group, double[] signedPercent) {
        if (signedPercent.length == 0) {
            return new ErrorFigures(group, 0, null, null, null);
        }
        double[] signed = signedPercent.clone();
        double[] absolute = new double[signed.length];
        for (int i = 0; i < signed.length; i++) {
            absolute[i] = Math.abs(signed[i]);
        }
        Arrays.sort(signed);
        Arrays.sort(absolute);
        return new ErrorFigures(group, signed.length, median(absolute), nearestRank(absolute, 0.9), median(signed));
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The smallest value that at least {@code q} of the values do not exceed. */
    static double nearestRank(double[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1];
    }
}
