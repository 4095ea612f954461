package ua.cnap.planner.coverage;

/**
 * Coverage figures of one area. Populations are sums of settlement figures, so an area's figures
 * add up from its hromadas'.
 *
 * <p>Coverage is known only where an access point register was loaded. Parts without one are in
 * {@code population} but not in {@code populationWithRegister}, and count neither as covered nor as
 * uncovered. Where no part of the area has a register, every coverage figure is null (unknown), never
 * 0 %; {@code registerLoaded} is true only when every part has one.
 *
 * @param code                      KATOTTG code; {@code UA} for the country
 * @param name                      Ukrainian name (the code where the name is unknown)
 * @param level                     administrative level
 * @param registerLoaded            an access point register was loaded for all of this area
 * @param population                official population of the whole area (1 Jan 2022), including the
 *                                  parts without a register and what exclusions leave out
 * @param populationWithRegister    population of the parts with a register, minus what exclusions leave
 *                                  out: the denominator of {@code coveredShare}; 0 when no part has one
 * @param populationCovered         population of settlements that meet the access standard
 * @param coveredShare              populationCovered / populationWithRegister, 0..1; null when that is 0
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
 *                                  them; at hromada level 1 or 0; null when the registers cannot tell
 *                                  main offices apart ({@link CoverageReport#mainOfficeUnknownReason()})
 */
public record CoverageKpis(
        String code,
        String name,
        AreaLevel level,
        boolean registerLoaded,
        long population,
        long populationWithRegister,
        Long populationCovered,
        Double coveredShare,
        Long populationUnreachable,
        Double meanTravelTimeSeconds,
        Double p90TravelTimeSeconds,
        Integer uncoveredSettlements,
        Integer hromadasWithoutMainOffice) {
}
