package ua.cnap.planner.travel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * k-fold cross-validation of a fallback variant: the trips are shuffled once with a fixed seed
 * ({@link java.util.Random} is specified to give the same sequence on every JVM, so the folds are
 * deterministic), dealt round-robin into k folds, and every trip is predicted by the variant fitted to
 * the other k − 1 folds. The error of those predictions is the out-of-sample error: what to expect on
 * trips the fit has not seen. Every variant is measured on the same folds.
 *
 * @param k    number of folds, at least 2
 * @param seed seed of the shuffle
 */
public record CrossValidation(int k, long seed) {

    public static final int DEFAULT_FOLDS = 10;
    /** The issue that asked for it. */
    public static final long DEFAULT_SEED = 12;

    public static final CrossValidation DEFAULT = new CrossValidation(DEFAULT_FOLDS, DEFAULT_SEED);

    public CrossValidation {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
    }

    /** How the folds are made, for reports. */
    public String method() {
        return k + "-fold cross-validation: trips shuffled with java.util.Random(seed " + seed + "), dealt round-robin "
                + "into " + k + " folds; each trip predicted by the variant fitted to the other " + (k - 1) + " folds";
    }

    /** The fold (0 … k−1) of each of n trips. */
    public int[] foldOf(int n) {
        if (n < k) {
            throw new IllegalArgumentException(n + " trips cannot make " + k + " folds");
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int position = 0; position < n; position++) {
            fold[order.get(position)] = position % k;
        }
        return fold;
    }

    /** Out-of-fold predicted seconds per trip, in the trips' order. */
    public double[] predict(List<CalibrationTrip> trips, TravelVariant variant, double circuityFactor) {
        int[] fold = foldOf(trips.size());
        double[] predicted = new double[trips.size()];
        for (int f = 0; f < k; f++) {
            List<CalibrationTrip> training = new ArrayList<>();
            for (int i = 0; i < trips.size(); i++) {
                if (fold[i] != f) {
                    training.add(trips.get(i));
                }
            }
            VariantParameters fitted = VariantFit.fit(training, variant, circuityFactor);
            for (int i = 0; i < trips.size(); i++) {
                if (fold[i] == f) {
                    predicted[i] = fitted.secondsFor(trips.get(i));
                }
            }
        }
        return predicted;
    }

    /** The error of out-of-fold predictions fold by fold. */
    public List<ErrorFigures> byFold(List<CalibrationTrip> trips, double[] predicted) {
        int[] fold = foldOf(trips.size());
        List<ErrorFigures> figures = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            List<Double> signed = new ArrayList<>();
            for (int i = 0; i < trips.size(); i++) {
                if (fold[i] == f) {
                    double observed = trips.get(i).observedSeconds();
                    signed.add(100 * (predicted[i] - observed) / observed);
                }
            }
            figures.add(ErrorFigures.of("fold " + (f + 1), signed.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return figures;
    }
}
