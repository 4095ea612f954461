package ua.cnap.planner.planning.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * The expansion plan being solved: which candidate sites open as what.
 *
 * <p>Score ({@link BendableLongScore}, 1 hard level, 3 soft levels, compared level by level):
 * <ol>
 *   <li>hard: broken rules (budget, one per settlement, main office per hromada, branch needs a main
 *       office, hard capacity, the most proposals of a kind);</li>
 *   <li>soft 0: population newly covered under the standard (maximised first);</li>
 *   <li>soft 1: minus the cost in UAH (then the cheapest such plan), minus soft capacity excess;</li>
 *   <li>soft 2: population-weighted travel time saved, in person-seconds (then the nearest).</li>
 * </ol>
 */
@PlanningSolution
public class ExpansionPlan {

    public static final int HARD_LEVELS = 1;
    public static final int SOFT_LEVELS = 3;

    @ProblemFactCollectionProperty
    private List<DemandPoint> demand;

    @ProblemFactCollectionProperty
    private List<HromadaFact> hromadas;

    @ProblemFactCollectionProperty
    private List<Reach> reaches;

    @ProblemFactProperty
    private PlanBudget budget;

    @ProblemFactCollectionProperty
    private List<KindLimit> kindLimits;

    @PlanningEntityCollectionProperty
    private List<SiteDecision> sites;

    @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableLongScore score;

    public ExpansionPlan() {
        // for OptaPlanner's cloning
    }

    public ExpansionPlan(List<DemandPoint> demand, List<HromadaFact> hromadas, List<Reach> reaches,
            PlanBudget budget, List<SiteDecision> sites) {
        this(demand, hromadas, reaches, budget, List.of(), sites);
    }

    public ExpansionPlan(List<DemandPoint> demand, List<HromadaFact> hromadas, List<Reach> reaches,
            PlanBudget budget, List<KindLimit> kindLimits, List<SiteDecision> sites) {
        this.demand = demand;
        this.hromadas = hromadas;
        this.reaches = reaches;
        this.budget = budget;
        this.kindLimits = kindLimits;
        this.sites = sites;
    }

    public List<DemandPoint> getDemand() {
        return demand;
    }

    public List<HromadaFact> getHromadas() {
        return hromadas;
    }

    public List<Reach> getReaches() {
        return reaches;
    }

    public PlanBudget getBudget() {
        return budget;
    }

    public List<KindLimit> getKindLimits() {
        return kindLimits;
    }

    public List<SiteDecision> getSites() {
        return sites;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }
}
