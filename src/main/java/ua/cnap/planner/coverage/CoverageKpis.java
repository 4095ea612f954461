package ua.cnap.planner.coverage;

/**
 * Coverage figures of one area. Populations are sums of settlement estimates, so an area's figures
 * add up from its hromadas'.
 *
 * <p>Where {@code registerLoaded} is false no access point register was loaded for the oblast: its
 * access points are unknown, so every coverage figure is null rather than a false 0 %; only
 * {@code population} is given.
 *
 * @param code                      KATOTTG code; {@code UA} for the country
 * @param name                      Ukrainian name (the code where the name is unknown)
 * @param level                     administrative level
 * @param registerLoaded            an access point register was loaded for (all of) this area
 * @param population                population of its settlements
 * @param populationCovered         population of settlements that meet the access standard
 * @param coveredShare              populationCovered / population, 0..1; null when population is 0
 * @param populationUnreachable     population of settlements no open fixed point reaches within the
 *                                  search limit (counted as uncovered, left out of the travel times)
 * @param meanTravelTimeSeconds     population-weighted mean time to the nearest open fixed point, over
 *                                  reachable settlements only; null when none is reachable
 * @param p90TravelTimeSeconds      population-weighted 90th percentile of the same: the smallest time
 *                                  t of a reachable settlement such that settlements with time ≤ t
 *                                  hold at least 90 % of the reachable population (lower weighted
 *                                  quantile, no interpolation); null when the reachable population is 0
 * @param uncoveredSettlements      settlements that do not meet the standard (unreachable ones included)
 * @param hromadasWithoutMainOffice hromadas in the area with no open main office (ЦНАП) located in
 *                                  them; at hromada level 1 or 0
 */
public record CoverageKpis(
        String code,
        String name,
        AreaLevel level,
        boolean registerLoaded,
        long population,
        Long populationCovered,
        Double coveredShare,
        Long populationUnreachable,
        Double meanTravelTimeSeconds,
        Double p90TravelTimeSeconds,
        Integer uncoveredSettlements,
        Integer hromadasWithoutMainOffice) {
}
