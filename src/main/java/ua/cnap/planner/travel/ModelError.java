package ua.cnap.planner.travel;

/**
 * How far a fitted model is from real travel times: shown beside every result that comes from it.
 *
 * @param pairs                       number of reference trips compared
 * @param medianAbsolutePercentError  median of |model − reference| / reference, in percent
 * @param p90AbsolutePercentError     90th percentile of the same, in percent
 * @param reference                   what the reference trips are, e.g. "OSRM car times, hromada centre to oblast centre (KSE)"
 */
public record ModelError(int pairs, double medianAbsolutePercentError, double p90AbsolutePercentError, String reference) {
}
