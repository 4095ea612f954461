package ua.cnap.planner.travel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures every {@link TravelVariant} by the same cross-validation and adopts one only where it
 * beats today's model out of sample.
 *
 * <p><b>Adoption rule.</b> A variant is eligible when its cross-validated median absolute error is at
 * least {@link #ADOPTION_MARGIN_PERCENT_POINTS} below today's and its cross-validated 90th percentile
 * is not above today's (better in the middle without being worse in the tail). Of the eligible, the
 * one with the lowest cross-validated median is adopted; with none eligible today's model stays. The
 * margin keeps a variant from being adopted for a difference the choice of folds could make.
 */
public final class VariantSelection {

    /** How much lower (percentage points) a variant's out-of-sample median error must be to be adopted. */
    public static final double ADOPTION_MARGIN_PERCENT_POINTS = 0.2;

    /** Fewest trips per fold for a cross-validation (fewer: no out-of-sample error is given). */
    public static final int MIN_TRIPS_PER_FOLD = 3;

    private VariantSelection() {
    }

    /** The adopted variant among assessments (today's is the one of {@link TravelVariant#TODAY}). */
    public static VariantAssessment choose(List<VariantAssessment> assessments) {
        VariantAssessment today = assessments.stream().filter(a -> a.variant().equals(TravelVariant.TODAY)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("today's model is not among the variants"));
        Optional<VariantAssessment> best = assessments.stream()
                .filter(a -> !a.variant().equals(TravelVariant.TODAY))
                .filter(a -> beats(a, today))
                .min(Comparator.comparingDouble((VariantAssessment a) -> a.outOfSample().medianAbsolutePercentError()));
        return best.orElse(today);
    }

    /** True when {@code candidate} meets the adoption rule against {@code today}. */
    public static boolean beats(VariantAssessment candidate, VariantAssessment today) {
        ErrorFigures c = candidate.outOfSample();
        ErrorFigures t = today.outOfSample();
        if (c.medianAbsolutePercentError() == null || t.medianAbsolutePercentError() == null) {
            return false; // not measured: never adopted
        }
        return c.medianAbsolutePercentError() <= t.medianAbsolutePercentError() - ADOPTION_MARGIN_PERCENT_POINTS
                && c.p90AbsolutePercentError() <= t.p90AbsolutePercentError();
    }

    /** Fits today's model and every variant, cross-validates them on the same folds and adopts one. */
    public static FallbackAssessment assess(CalibrationResult today, CrossValidation cv, String tripDescription) {
        List<CalibrationTrip> trips = today.trips();
        double circuity = today.parameters().circuityFactor();
        List<VariantAssessment> assessments = new ArrayList<>();
        List<double[]> outOfFold = new ArrayList<>();
        List<VariantParameters> fits = new ArrayList<>();
        if (trips.size() < MIN_TRIPS_PER_FOLD * cv.k()) {
            return withoutCrossValidation(today, cv, tripDescription, String.format(Locale.ROOT,
                    "%d trips are too few for %d-fold cross-validation (at least %d): no out-of-sample error, "
                    + "today's model stays", trips.size(), cv.k(), MIN_TRIPS_PER_FOLD * cv.k()));
        }
        for (TravelVariant variant : TravelVariant.all()) {
            VariantParameters fitted;
            double[] predicted;
            try {
                fitted = VariantFit.fit(trips, variant, circuity);
                predicted = cv.predict(trips, variant, circuity);
            } catch (IllegalArgumentException e) {
                if (variant.equals(TravelVariant.TODAY)) {
                    return withoutCrossValidation(today, cv, tripDescription,
                            "today's model cannot be cross-validated on these trips (" + e.getMessage() + ")");
                }
                // a variant that cannot be fitted on some fold is listed without figures and never adopted
                ErrorFigures none = ErrorFigures.of(variant.name(), new double[0]);
                assessments.add(new VariantAssessment(variant.name() + " (not fitted: " + e.getMessage() + ")", variant,
                        0, none, none, none, none, false));
                outOfFold.add(null);
                fits.add(null);
                continue;
            }
            double[] inSample = trips.stream().mapToDouble(fitted::secondsFor).toArray();
            ErrorBreakdown in = ErrorBreakdown.of(trips, inSample);
            ErrorBreakdown out = ErrorBreakdown.of(trips, predicted);
            ErrorBreakdown.DistanceBand shortest = out.shortest();
            assessments.add(new VariantAssessment(variant.name(), variant, fitted.fittedColumns(), in.all(), out.all(),
                    new ErrorFigures(shortest.band(), shortest.trips(), shortest.medianAbsolutePercentError(),
                            shortest.p90AbsolutePercentError(), shortest.medianSignedPercentError()),
                    out.byMountain().get(0), false));
            outOfFold.add(predicted);
            fits.add(fitted);
        }
        VariantAssessment chosen = choose(assessments);
        int index = assessments.indexOf(chosen);
        assessments.set(index, chosen.asAdopted());
        VariantAssessment todays = assessments.get(TravelVariant.all().indexOf(TravelVariant.TODAY));
        VariantParameters adopted = fits.get(index);
        double[] inSample = trips.stream().mapToDouble(adopted::secondsFor).toArray();
        ErrorBreakdown in = ErrorBreakdown.of(trips, inSample);
        ErrorBreakdown out = ErrorBreakdown.of(trips, outOfFold.get(index));
        ModelError error = new ModelError(trips.size(), in.all().medianAbsolutePercentError(),
                in.all().p90AbsolutePercentError(), today.error().reference())
                .withOutOfSample(out.all().medianAbsolutePercentError(), out.all().p90AbsolutePercentError());
        return new FallbackAssessment(today, tripSet(today, tripDescription), cv, assessments, adopted,
                reason(chosen, todays, cv), in, out, cv.byFold(trips, outOfFold.get(index)), error);
    }

    /** Today's fit alone, its error in-sample only (the sensitivity band then has no percentage). */
    private static FallbackAssessment withoutCrossValidation(CalibrationResult today, CrossValidation cv,
            String description, String reason) {
        List<CalibrationTrip> trips = today.trips();
        VariantParameters fitted = VariantFit.fit(trips, TravelVariant.TODAY, today.parameters().circuityFactor());
        ErrorBreakdown in = ErrorBreakdown.of(trips, trips.stream().mapToDouble(fitted::secondsFor).toArray());
        ErrorFigures none = ErrorFigures.of("all trips", new double[0]);
        VariantAssessment only = new VariantAssessment(TravelVariant.TODAY.name(), TravelVariant.TODAY, 2, in.all(),
                none, none, none, true);
        return new FallbackAssessment(today, tripSet(today, description), cv, List.of(only), fitted, reason, in, null,
                List.of(), today.error());
    }

    private static String reason(VariantAssessment chosen, VariantAssessment today, CrossValidation cv) {
        if (chosen.variant().equals(TravelVariant.TODAY)) {
            return String.format(Locale.ROOT, "no variant has an out-of-sample median error at least %.1f points below "
                    + "today's %.2f %% with a 90th percentile no higher than today's %.2f %%, so today's model stays",
                    ADOPTION_MARGIN_PERCENT_POINTS, today.outOfSample().medianAbsolutePercentError(),
                    today.outOfSample().p90AbsolutePercentError());
        }
        return String.format(Locale.ROOT, "'%s' has the lowest out-of-sample median error among the variants that beat "
                + "today's model by at least %.1f points without a higher 90th percentile: median %.2f %% against "
                + "%.2f %%, 90th percentile %.2f %% against %.2f %% (same %d folds)", chosen.name(),
                ADOPTION_MARGIN_PERCENT_POINTS, chosen.outOfSample().medianAbsolutePercentError(),
                today.outOfSample().medianAbsolutePercentError(), chosen.outOfSample().p90AbsolutePercentError(),
                today.outOfSample().p90AbsolutePercentError(), cv.k());
    }

    private static FallbackAssessment.TripSet tripSet(CalibrationResult today, String description) {
        double[] km = today.trips().stream().mapToDouble(t -> t.greatCircleMeters() / 1000).sorted().toArray();
        int shorter = (int) Arrays.stream(km).filter(d -> d < ErrorBreakdown.BAND_LIMITS_KILOMETRES[0]).count();
        return new FallbackAssessment.TripSet(description, km.length, today.excluded().size(), km[0],
                ErrorFigures.median(km), km[km.length - 1], shorter);
    }
}
