package ua.cnap.planner.planning;

import java.util.List;

/**
 * What a set of choices achieves on an instance, computed independently of the solver that chose
 * them.
 *
 * @param populationCoveredBefore   population the existing network covers
 * @param populationCoveredAfter    population covered by the existing network plus the proposals
 * @param costUah                   total cost of the proposals
 * @param budgetUah                 the budget
 * @param proposals                 the proposals with their figures, by falling newly covered population
 * @param violations                broken rules, in words (empty for a feasible plan)
 */
public record PlanEvaluation(
        long populationCoveredBefore,
        long populationCoveredAfter,
        long costUah,
        long budgetUah,
        List<Proposal> proposals,
        List<String> violations) {

    public long newlyCoveredPopulation() {
        return populationCoveredAfter - populationCoveredBefore;
    }

    public boolean feasible() {
        return violations.isEmpty();
    }
}
