package ua.cnap.planner.population;

/**
 * The KSE table's road travel time from a hromada's centre to its oblast centre: real OSRM car
 * times to calibrate and check a travel-time model against.
 *
 * @param hromadaCode        KATOTTG code of the hromada
 * @param oblastCode         KATOTTG code of its oblast
 * @param travelTimeMinutes  OSRM car minutes from the hromada centre to the oblast centre, or null
 *                           where the table gives none
 * @param isOblastCentre     true for the hromada whose centre is the oblast centre (time 0)
 */
public record CentreTravelTime(String hromadaCode, String oblastCode, Double travelTimeMinutes,
        boolean isOblastCentre) {
}
