package ua.cnap.planner.travel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Fits a {@link TravelVariant} by the same relative least squares as {@link FallbackCalibration}
 * (minimise {@code Σ ((predicted − observed) / observed)²}, access time not negative), now with one
 * column per slope: the model is linear in its parameters, so dividing each row by the observed time
 * makes it ordinary least squares, solved by a QR decomposition (Commons Math).
 *
 * <p>A group with fewer than {@link #MIN_TRIPS_PER_GROUP} trips gets no slope of its own: its trips
 * share the slope of all trips without a group. With no such trips the shared slope is that of
 * today's model fitted to all the trips (it is then used only for places outside every group, such
 * as Kyiv oblast, which has no reference trips). The mountain factor likewise needs
 * {@link #MIN_TRIPS_PER_GROUP} mountain trips.
 *
 * <p>For {@link TravelVariant#TODAY} the result equals {@link FallbackCalibration#fit}.
 */
public final class VariantFit {

    /** Fewest trips a group (or the mountain hromadas) needs for a slope of its own. */
    public static final int MIN_TRIPS_PER_GROUP = 10;

    private VariantFit() {
    }

    /**
     * @param trips usable trips (positive times, finite distances), at least two distances apart
     * @throws IllegalArgumentException when the fit gives a slope that is not positive or the columns
     *                                  cannot be told apart
     */
    public static VariantParameters fit(List<CalibrationTrip> trips, TravelVariant variant, double circuityFactor) {
        if (variant.equals(TravelVariant.TODAY)) {
            FallbackParameters p = FallbackCalibration.fit(trips, circuityFactor).parameters();
            return new VariantParameters(variant, p.accessSeconds(), circuityFactor, p.secondsPerGreatCircleMeter(),
                    Map.of(), 0, 2);
        }
        Map<String, Integer> counts = new TreeMap<>();
        int mountainTrips = 0;
        for (CalibrationTrip trip : trips) {
            String group = variant.groupOf(trip.place());
            if (group != null) {
                counts.merge(group, 1, Integer::sum);
            }
            mountainTrips += trip.place().mountain() ? 1 : 0;
        }
        Map<String, Integer> groupColumn = new LinkedHashMap<>();
        counts.forEach((group, count) -> {
            if (count >= MIN_TRIPS_PER_GROUP) {
                groupColumn.put(group, groupColumn.size());
            }
        });
        boolean anyShared = trips.stream().anyMatch(t -> !groupColumn.containsKey(variant.groupOf(t.place())));
        boolean mountain = variant.mountainFactor() && mountainTrips >= MIN_TRIPS_PER_GROUP;
        // columns: slope per group, [shared slope], [mountain extra], [access]
        int sharedColumn = anyShared ? groupColumn.size() : -1;
        int mountainColumn = mountain ? groupColumn.size() + (anyShared ? 1 : 0) : -1;
        int slopes = groupColumn.size() + (anyShared ? 1 : 0) + (mountain ? 1 : 0);

        double[] unconstrained = solve(trips, variant, groupColumn, sharedColumn, mountainColumn, slopes, true);
        double access = Math.max(0, unconstrained[slopes]);
        double[] solution = unconstrained[slopes] >= 0 ? unconstrained
                : solve(trips, variant, groupColumn, sharedColumn, mountainColumn, slopes, false);
        double shared = anyShared ? solution[sharedColumn]
                : FallbackCalibration.fit(trips, circuityFactor).parameters().secondsPerGreatCircleMeter();
        double mountainExtra = mountain ? solution[mountainColumn] : 0;
        Map<String, Double> byGroup = new TreeMap<>();
        groupColumn.forEach((group, column) -> byGroup.put(group, solution[column]));
        List<Double> toCheck = new ArrayList<>(byGroup.values());
        toCheck.add(shared);
        for (double slope : toCheck) {
            if (!(slope > 0) || !Double.isFinite(slope) || (mountain && !(slope + mountainExtra > 0))) {
                throw new IllegalArgumentException("cannot fit the variant '" + variant.name()
                        + "': a fitted slope is not positive (" + slope + " s per m)");
            }
        }
        // the access time counts as a parameter also where it was held at 0
        return new VariantParameters(variant, access, circuityFactor, shared, byGroup, mountainExtra, slopes + 1);
    }

    private static double[] solve(List<CalibrationTrip> trips, TravelVariant variant, Map<String, Integer> groupColumn,
            int sharedColumn, int mountainColumn, int slopes, boolean withAccess) {
        int columns = slopes + (withAccess ? 1 : 0);
        double[][] rows = new double[trips.size()][columns];
        double[] target = new double[trips.size()];
        for (int i = 0; i < trips.size(); i++) {
            CalibrationTrip trip = trips.get(i);
            double scale = 1 / trip.observedSeconds();
            double scaledMeters = trip.greatCircleMeters() * scale;
            Integer column = groupColumn.get(variant.groupOf(trip.place()));
            rows[i][column == null ? sharedColumn : column] = scaledMeters;
            if (mountainColumn >= 0 && trip.place().mountain()) {
                rows[i][mountainColumn] = scaledMeters;
            }
            if (withAccess) {
                rows[i][slopes] = scale;
            }
            target[i] = 1;
        }
        RealVector solved;
        try {
            solved = new QRDecomposition(new Array2DRowRealMatrix(rows, false), 1e-12).getSolver()
                    .solve(new ArrayRealVector(target, false));
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("cannot fit the variant '" + variant.name()
                    + "': its parameters cannot be told apart on these trips (e.g. all distances equal)", e);
        }
        double[] solution = new double[slopes + 1];
        for (int c = 0; c < columns; c++) {
            solution[c] = solved.getEntry(c);
        }
        return solution;
    }
}
