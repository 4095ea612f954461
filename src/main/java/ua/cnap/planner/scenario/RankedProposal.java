package ua.cnap.planner.scenario;

import ua.cnap.planner.network.AccessPointKind;

/**
 * A new access point of a scenario, in the order a donor would fund them: cheapest per newly covered
 * resident first, across oblasts. The cumulative figures say what the first {@code rank} proposals
 * achieve together: the population covered is counted anew for them (a person that two proposals
 * reach counts once), so it is what funding exactly these rows would give.
 *
 * @param rank                           1 = the best value for money
 * @param oblastCode                     its oblast
 * @param oblastName                     the oblast's name
 * @param hromadaCode                    KATOTTG code of its hromada
 * @param hromadaName                    the hromada's name
 * @param kind                           what to open
 * @param candidateId                    the candidate
 * @param settlementId                   the settlement where it opens
 * @param site                           the settlement's name
 * @param lon                            longitude
 * @param lat                            latitude
 * @param costUah                        one-off cost plus running costs over the horizon
 * @param newlyCoveredPopulation         people newly covered attributed to it (each to the nearest
 *                                       proposal), so the rows add up to the scenario's total
 * @param costPerNewlyCoveredResidentUah costUah / newlyCoveredPopulation; null when 0 (e.g. a main
 *                                       office that a rule needs)
 * @param cumulativeCostUah              cost of proposals 1..rank
 * @param cumulativePopulationCovered    population covered by today's network plus proposals 1..rank
 * @param cumulativeNewlyCovered         of that, newly covered
 * @param cumulativeCoveredShare         cumulativePopulationCovered over the scenario's population
 */
public record RankedProposal(
        int rank,
        String oblastCode,
        String oblastName,
        String hromadaCode,
        String hromadaName,
        AccessPointKind kind,
        String candidateId,
        String settlementId,
        String site,
        double lon,
        double lat,
        long costUah,
        long newlyCoveredPopulation,
        Double costPerNewlyCoveredResidentUah,
        long cumulativeCostUah,
        long cumulativePopulationCovered,
        long cumulativeNewlyCovered,
        Double cumulativeCoveredShare) {
}
