package ua.cnap.planner.travel;

/**
 * One real trip to fit the fallback against.
 *
 * @param id                 what the trip is, for reports (e.g. the origin hromada's code and name)
 * @param greatCircleMeters  great-circle distance from origin to destination
 * @param observedSeconds    the real travel time
 * @param place              where the trip runs (oblast, macro-region, mountain hromada), for the
 *                           regional variants and the error by oblast; {@link TripPlace#UNKNOWN} when
 *                           not known
 */
public record CalibrationTrip(String id, double greatCircleMeters, double observedSeconds, TripPlace place) {

    public CalibrationTrip {
        place = place == null ? TripPlace.UNKNOWN : place;
    }

    /** A trip whose place is not known (it then takes the shared speed of every variant). */
    public CalibrationTrip(String id, double greatCircleMeters, double observedSeconds) {
        this(id, greatCircleMeters, observedSeconds, TripPlace.UNKNOWN);
    }
}
