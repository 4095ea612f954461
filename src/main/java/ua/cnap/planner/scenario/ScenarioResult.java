package ua.cnap.planner.scenario;

import java.util.List;
import java.util.Map;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ExclusionSummary;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;
import ua.cnap.planner.travel.ModelError;

/**
 * What a scenario run gave.
 *
 * @param method           how the budget was planned, in words (one combined plan, or one per oblast)
 * @param complete         false when the run was cancelled part-way (the figures cover what was solved)
 * @param standard         the access standard
 * @param travelModel      travel model name
 * @param travelModelError its error against real trips (null for a road network)
 * @param horizonYears     years of running costs in the costs
 * @param assumptions      cost and capacity per kind that may open: assumptions, shown as such
 * @param totals           figures of all oblasts together
 * @param oblasts          figures per oblast
 * @param hromadas         figures per hromada (coverage before and after, proposals and cost)
 * @param proposals        the new access points, cheapest per newly covered resident first
 * @param solves           each solver run: its area, budget, score and the OR-Tools bound
 * @param exclusions       per oblast code, what the Order 376 exclusions and closures left out of
 *                         today's coverage, and what they rest on
 */
public record ScenarioResult(
        String method,
        boolean complete,
        AccessStandard standard,
        String travelModel,
        ModelError travelModelError,
        int horizonYears,
        Map<AccessPointKind, KindAssumptions> assumptions,
        ScenarioKpis totals,
        List<AreaOutcome> oblasts,
        List<AreaOutcome> hromadas,
        List<RankedProposal> proposals,
        List<SolveOutcome> solves,
        Map<String, ExclusionSummary> exclusions) {

    public ScenarioResult {
        assumptions = Map.copyOf(assumptions);
        oblasts = List.copyOf(oblasts);
        hromadas = List.copyOf(hromadas);
        proposals = List.copyOf(proposals);
        solves = List.copyOf(solves);
        exclusions = exclusions == null ? Map.of() : new java.util.TreeMap<>(exclusions);
    }

    public ScenarioResult(String method, boolean complete, AccessStandard standard, String travelModel,
            ModelError travelModelError, int horizonYears, Map<AccessPointKind, KindAssumptions> assumptions,
            ScenarioKpis totals, List<AreaOutcome> oblasts, List<AreaOutcome> hromadas, List<RankedProposal> proposals,
            List<SolveOutcome> solves) {
        this(method, complete, standard, travelModel, travelModelError, horizonYears, assumptions, totals, oblasts,
                hromadas, proposals, solves, Map.of());
    }

    /**
     * An oblast's or a hromada's figures.
     *
     * @param code       KATOTTG code
     * @param name       Ukrainian name
     * @param oblastCode its oblast (itself for an oblast)
     * @param kpis       the figures
     */
    public record AreaOutcome(String code, String name, String oblastCode, ScenarioKpis kpis) {
    }

    /**
     * One run of the solver.
     *
     * @param areaCode               oblast code, or the codes of a pool joined by commas
     * @param areaName               its name(s)
     * @param budgetUah              its budget
     * @param candidates             candidate sites
     * @param newlyCoveredPopulation what its plan newly covers
     * @param costUah                what its plan costs
     * @param feasible               no rule broken
     * @param violations             broken rules, in words
     * @param score                  OptaPlanner's score
     * @param bound                  OR-Tools' upper bound on the newly covered population; null if skipped
     * @param gap                    (bound − newly covered) / bound; null if no bound
     * @param exactStatus            OR-Tools' status
     * @param cancelled              stopped early by the user
     * @param solveSeconds           OptaPlanner's wall time
     * @param costGap                how much dearer than the cheapest plan of the same coverage (see
     *                               {@link ua.cnap.planner.planning.PlanResult#costGap()}); null if not computed
     * @param stoppedAtOptimum       the search stopped at the proven optimum, not on its time limit
     * @param exactSeconds           OR-Tools' wall time for the coverage reference: with exactStatus OPTIMAL,
     *                               how long it took to prove the most people the budget can newly cover;
     *                               null if skipped
     * @param optimumSeconds         when the search's plan reached the proven optimum (that coverage at the
     *                               cheapest cost), in seconds since the solve started (the exact reference
     *                               included); null when the search ended on its time limit instead
     * @param planSource             whose plan is proposed: the search's, or the exact reference's when it was
     *                               better ({@link ua.cnap.planner.planning.PlanResult#planSource()})
     */
    public record SolveOutcome(String areaCode, String areaName, long budgetUah, int candidates,
            long newlyCoveredPopulation, long costUah, boolean feasible, List<String> violations, String score,
            Double bound, Double gap, String exactStatus, boolean cancelled, double solveSeconds, Double costGap,
            boolean stoppedAtOptimum, Double exactSeconds, Double optimumSeconds, String planSource) {

        public SolveOutcome {
            violations = List.copyOf(violations);
        }
    }
}
