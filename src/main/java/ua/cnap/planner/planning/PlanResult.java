package ua.cnap.planner.planning;

import java.util.List;
import java.util.Map;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ExclusionSummary;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;
import ua.cnap.planner.planning.PlanningInstance.Rules;
import ua.cnap.planner.travel.ModelError;

/**
 * A finished plan with how good it is: printed by {@code plan --json} and served by the API.
 *
 * @param oblastCode               the oblast
 * @param oblastName               its name
 * @param standard                 the access standard
 * @param travelModel              travel model name
 * @param travelModelError         its error against real trips (null for a road network)
 * @param budgetUah                the budget
 * @param horizonYears             years of running costs in the cost
 * @param assumptions              cost and capacity per kind: assumptions, shown as such
 * @param rules                    rules applied
 * @param candidates               candidate sites considered
 * @param demandPoints             settlements in the area
 * @param populationCoveredBefore  covered by today's network
 * @param populationCoveredAfter   covered with the plan
 * @param newlyCoveredPopulation   the difference: the objective
 * @param costUah                  cost of the plan
 * @param feasible                 no rule broken
 * @param violations               broken rules, in words
 * @param bound                    upper bound on the newly covered population of any feasible plan
 *                                 (OR-Tools), null when not computed
 * @param gap                      (bound − objective) / bound, null when no bound
 * @param exactStatus              OR-Tools' status (OPTIMAL: the bound is the optimum)
 * @param exactNewlyCovered        newly covered population of OR-Tools' own best plan
 * @param proposals                the new access points
 * @param scoreByRule              OptaPlanner's score broken down by rule
 * @param score                    OptaPlanner's score
 * @param progress                 best score over time
 * @param solveSeconds             OptaPlanner's wall time
 * @param exactSeconds             OR-Tools' wall time for the coverage reference
 * @param costGap                  (cost − cheapest) / cheapest, where cheapest is the least a plan with
 *                                 the same newly covered population can cost (CP-SAT; against its lower
 *                                 bound when not proven, so an upper bound); null when not computed or
 *                                 the plan is infeasible
 * @param cheapestCostUah          that cheapest plan's cost (CP-SAT's best), null when not computed
 * @param cheapestStatus           OR-Tools' status for it (OPTIMAL: proven cheapest)
 * @param stoppedAtOptimum         the search stopped because it reached the proven optimum of coverage
 *                                 and cost, not on its time limit
 * @param seconds                  the job's wall time: reference, search and cost check
 * @param exclusions               what the Order 376 exclusions and closures left out of today's coverage
 *                                 the plan starts from, and what they rest on
 * @param rulesNote                why rules asked for were switched off (the main-office rules where the
 *                                 register cannot tell main offices: the 2017 map), null when none was
 * @param service                  the service (and step-free access) planned for: covered means an
 *                                 access point offering it within the standard; ANY for any point
 * @param kindLimits               the most proposals of a kind asked for (passport stations, mobile cases)
 * @param equipmentNote            how equipment serves people (the mobile case's reach and visits), null
 *                                 when no equipment may be proposed
 * @param planSource               which plan is proposed: {@value #SOURCE_SEARCH} (OptaPlanner's) or
 *                                 {@value #SOURCE_EXACT_REFERENCE} (CP-SAT's, when it was better: feasible,
 *                                 more people newly covered, or as many for less)
 * @param searchNewlyCovered       what OptaPlanner's own plan newly covers
 * @param searchCostUah            what OptaPlanner's own plan costs
 * @param searchFeasible           OptaPlanner's own plan breaks no rule
 */
public record PlanResult(
        String oblastCode,
        String oblastName,
        AccessStandard standard,
        String travelModel,
        ModelError travelModelError,
        long budgetUah,
        int horizonYears,
        Map<AccessPointKind, KindAssumptions> assumptions,
        Rules rules,
        int candidates,
        int demandPoints,
        long populationCoveredBefore,
        long populationCoveredAfter,
        long newlyCoveredPopulation,
        long costUah,
        boolean feasible,
        List<String> violations,
        Double bound,
        Double gap,
        String exactStatus,
        Long exactNewlyCovered,
        List<Proposal> proposals,
        List<RuleScore> scoreByRule,
        String score,
        List<PlanProgress> progress,
        double solveSeconds,
        Double exactSeconds,
        Double costGap,
        Long cheapestCostUah,
        String cheapestStatus,
        boolean stoppedAtOptimum,
        double seconds,
        ExclusionSummary exclusions,
        String rulesNote,
        ServiceRequirement service,
        Map<AccessPointKind, Integer> kindLimits,
        String equipmentNote,
        String planSource,
        Long searchNewlyCovered,
        Long searchCostUah,
        Boolean searchFeasible) {

    public static final String SOURCE_SEARCH = "search";
    public static final String SOURCE_EXACT_REFERENCE = "exact reference";

    /**
     * One rule's part of the score.
     *
     * @param rule    constraint name
     * @param score   its contribution
     * @param matches how many times it matched
     */
    public record RuleScore(String rule, String score, int matches) {
    }
}
