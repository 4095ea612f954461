package ua.cnap.planner.coverage;

import ua.cnap.planner.travel.Travel;

/**
 * The nearest access point of some sort, by travel time (ties: the lower id).
 *
 * @param accessPointId the access point's id
 * @param travel        the trip from the settlement to it; always reachable
 */
public record Nearest(String accessPointId, Travel travel) {
}
