package ua.cnap.planner.scenario;

/**
 * The headline figures of a scenario, of one of its oblasts or of one hromada.
 *
 * @param population                     population of the settlements
 * @param populationCoveredBefore        covered by today's network
 * @param populationCoveredAfter         covered with the proposals
 * @param coveredShareBefore             0..1; null when the population is 0
 * @param coveredShareAfter              0..1; null when the population is 0
 * @param newlyCoveredPopulation         after − before
 * @param budgetUah                      money available (null for a part the budget is not split by)
 * @param costUah                        cost of the proposals
 * @param proposals                      how many new access points
 * @param costPerNewlyCoveredResidentUah costUah / newlyCoveredPopulation; null when nobody is newly covered
 */
public record ScenarioKpis(
        long population,
        long populationCoveredBefore,
        long populationCoveredAfter,
        Double coveredShareBefore,
        Double coveredShareAfter,
        long newlyCoveredPopulation,
        Long budgetUah,
        long costUah,
        int proposals,
        Double costPerNewlyCoveredResidentUah) {

    public static ScenarioKpis of(long population, long before, long after, Long budgetUah, long costUah,
            int proposals) {
        long newly = after - before;
        return new ScenarioKpis(population, before, after, share(before, population), share(after, population), newly,
                budgetUah, costUah, proposals, newly == 0 ? null : (double) costUah / newly);
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
