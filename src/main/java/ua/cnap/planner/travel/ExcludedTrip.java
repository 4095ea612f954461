package ua.cnap.planner.travel;

/**
 * A reference trip left out of a calibration, and why. Reasons are fixed phrases so that a report
 * can count them.
 */
public record ExcludedTrip(String id, String reason) {
}
