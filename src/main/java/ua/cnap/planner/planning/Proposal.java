package ua.cnap.planner.planning;

import ua.cnap.planner.network.AccessPointKind;

/**
 * One new access point of a plan.
 *
 * @param kind                           what to open
 * @param candidateId                    the candidate
 * @param settlementId                   where
 * @param name                           settlement name
 * @param lon                            longitude
 * @param lat                            latitude
 * @param hromadaCode                    hromada it stands in
 * @param costUah                        one-off cost plus yearly cost over the horizon
 * @param newlyCoveredPopulation         people newly covered and attributed to this proposal (a person
 *                                       newly covered by several goes to the nearest), so that the
 *                                       proposals add up to the plan's total
 * @param newlyCoveredPopulationAlone    people that only this proposal newly covers: what is lost
 *                                       without it
 * @param costPerNewlyCoveredResidentUah costUah / newlyCoveredPopulation, null when that is 0
 */
public record Proposal(
        AccessPointKind kind,
        String candidateId,
        String settlementId,
        String name,
        double lon,
        double lat,
        String hromadaCode,
        long costUah,
        long newlyCoveredPopulation,
        long newlyCoveredPopulationAlone,
        Double costPerNewlyCoveredResidentUah) {
}
