package ua.cnap.planner.travel;

import java.util.List;

/**
 * What {@code calibrate} reports: today's fit, the trips it was measured on, every variant's
 * in-sample and cross-validated error, the variant adopted and why, and the adopted model's errors
 * in-sample and out of sample by distance band, oblast and mountain hromada.
 *
 * @param today           today's two-parameter fit (trips used and excluded, in-sample error)
 * @param trips           what the reference trips are
 * @param crossValidation how the folds were made
 * @param variants        every variant tried, today's first
 * @param adopted         the adopted variant fitted to all trips
 * @param adoptionReason  why it was adopted (or why today's model stays)
 * @param inSample        the adopted model's in-sample errors
 * @param outOfSample     the adopted model's cross-validated errors; null when the trips are too few to
 *                        cross-validate
 * @param folds           the adopted model's cross-validated error fold by fold
 * @param error           the adopted model's error as results carry it (in-sample and out of sample)
 */
public record FallbackAssessment(CalibrationResult today, TripSet trips, CrossValidation crossValidation,
        List<VariantAssessment> variants, VariantParameters adopted, String adoptionReason, ErrorBreakdown inSample,
        ErrorBreakdown outOfSample, List<ErrorFigures> folds, ModelError error) {

    public FallbackAssessment {
        variants = List.copyOf(variants);
        folds = List.copyOf(folds);
    }

    /**
     * The trips the errors were measured on.
     *
     * @param description           what kind of trips
     * @param count                 trips used
     * @param excluded              trips left out (with reasons in {@code today.excluded()})
     * @param minKilometres         shortest great-circle distance
     * @param medianKilometres      median great-circle distance
     * @param maxKilometres         longest great-circle distance
     * @param shorterThan20Kilometres trips in the band where coverage is decided
     */
    public record TripSet(String description, int count, int excluded, double minKilometres, double medianKilometres,
            double maxKilometres, int shorterThan20Kilometres) {
    }
}
