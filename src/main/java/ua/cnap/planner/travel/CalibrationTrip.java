package ua.cnap.planner.travel;

/**
 * One real trip to fit the fallback against.
 *
 * @param id                 what the trip is, for reports (e.g. the origin hromada's code and name)
 * @param greatCircleMeters  great-circle distance from origin to destination
 * @param observedSeconds    the real travel time
 */
public record CalibrationTrip(String id, double greatCircleMeters, double observedSeconds) {
}
