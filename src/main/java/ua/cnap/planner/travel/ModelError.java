package ua.cnap.planner.travel;

/**
 * How far a fitted model is from real travel times: shown beside every result that comes from it.
 *
 * @param pairs                                  number of reference trips compared
 * @param medianAbsolutePercentError             median of |model − reference| / reference, in percent,
 *                                               in-sample (on the trips the model was fitted to)
 * @param p90AbsolutePercentError                90th percentile of the same, in percent
 * @param reference                              what the reference trips are, e.g. "OSRM car times,
 *                                               hromada centre to oblast centre (KSE)"
 * @param outOfSampleMedianAbsolutePercentError  the median measured by k-fold cross-validation (each
 *                                               trip predicted by a fit that did not see it); null
 *                                               where not measured. This is the figure the coverage
 *                                               sensitivity band uses
 * @param outOfSampleP90AbsolutePercentError     the 90th percentile of the same; null where not measured
 */
public record ModelError(int pairs, double medianAbsolutePercentError, double p90AbsolutePercentError, String reference,
        Double outOfSampleMedianAbsolutePercentError, Double outOfSampleP90AbsolutePercentError) {

    /** An in-sample error only. */
    public ModelError(int pairs, double medianAbsolutePercentError, double p90AbsolutePercentError, String reference) {
        this(pairs, medianAbsolutePercentError, p90AbsolutePercentError, reference, null, null);
    }

    /** This error with its out-of-sample figures. */
    public ModelError withOutOfSample(double median, double p90) {
        return new ModelError(pairs, medianAbsolutePercentError, p90AbsolutePercentError, reference, median, p90);
    }
}
