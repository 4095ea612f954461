package ua.cnap.planner.travel;

import java.util.List;

/**
 * A fitted fallback and how well it fits.
 *
 * @param parameters   the fitted parameters (the circuity factor as given)
 * @param error        absolute percentage error over the trips used (in-sample)
 * @param rmseMinutes  root mean square error over the trips used, in minutes
 * @param trips        the trips used in the fit
 * @param excluded     the trips left out, with reasons
 */
public record CalibrationResult(FallbackParameters parameters, ModelError error, double rmseMinutes,
        List<CalibrationTrip> trips, List<ExcludedTrip> excluded) {

    public CalibrationResult {
        trips = List.copyOf(trips);
        excluded = List.copyOf(excluded);
    }
}
