package ua.cnap.planner.planning.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.min;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import ua.cnap.planner.planning.PlanningInstance.CapacityRule;
import ua.cnap.planner.planning.domain.DemandPoint;
import ua.cnap.planner.planning.domain.ExpansionPlan;
import ua.cnap.planner.planning.domain.HromadaFact;
import ua.cnap.planner.planning.domain.KindLimit;
import ua.cnap.planner.planning.domain.PlanBudget;
import ua.cnap.planner.planning.domain.Reach;
import ua.cnap.planner.planning.domain.SiteDecision;

/**
 * The business rules of issue 4, one constraint each. {@code forEach(SiteDecision)} sees opened sites
 * only (the kind is nullable). Rules that a planner can switch off are switched off at build time,
 * in the facts ({@link HromadaFact#needsMainOffice()}, {@link SiteDecision#branchNeedsMainOffice()},
 * {@link SiteDecision#capacityRule()}), so every constraint stays one plain stream.
 *
 * <p>Hard weights: the budget's excess counts in thousands of UAH, each other broken rule as
 * {@value #RULE_WEIGHT} (as much as 100 million UAH over budget): heavy enough that local search
 * goes over budget for a while to open a main office a hromada needs, rather than stall.
 */
public class ExpansionConstraintProvider implements ConstraintProvider {

    public static final String BUDGET = "Budget";
    public static final String ONE_PER_SETTLEMENT = "At most one new access point per settlement";
    public static final String MAIN_OFFICE_IN_EVERY_HROMADA = "Every hromada has a main office";
    public static final String BRANCH_NEEDS_MAIN_OFFICE = "Branch or remote workplace needs a main office";
    public static final String NEWLY_COVERED_POPULATION = "Newly covered population";
    public static final String COST = "Cost";
    public static final String TRAVEL_TIME_SAVED = "Population-weighted travel time saved";
    public static final String CAPACITY_HARD = "Capacity (hard)";
    public static final String CAPACITY_SOFT = "Capacity (soft)";
    public static final String KIND_LIMIT = "At most the number asked of a kind";

    static final long RULE_WEIGHT = 100_000;
    /** Soft capacity: one visit a day over capacity weighs like this many UAH of cost. */
    static final long SOFT_CAPACITY_UAH_PER_VISIT = 10_000;

    private static final int H = ExpansionPlan.HARD_LEVELS;
    private static final int S = ExpansionPlan.SOFT_LEVELS;
    static final BendableLongScore HARD = BendableLongScore.ofHard(H, S, 0, 1);
    static final BendableLongScore COVERAGE = BendableLongScore.ofSoft(H, S, 0, 1);
    static final BendableLongScore COST_LEVEL = BendableLongScore.ofSoft(H, S, 1, 1);
    static final BendableLongScore TRAVEL = BendableLongScore.ofSoft(H, S, 2, 1);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            budget(factory),
            onePerSettlement(factory),
            mainOfficeInEveryHromada(factory),
            branchNeedsMainOffice(factory),
            newlyCoveredPopulation(factory),
            cost(factory),
            travelTimeSaved(factory),
            capacityHard(factory),
            capacitySoft(factory),
            kindLimit(factory)
        };
    }

    /** Budget (hard): one-off plus yearly costs of the new access points within the budget. */
    Constraint budget(ConstraintFactory factory) {
        return factory.forEach(SiteDecision.class)
                .groupBy(sumLong(SiteDecision::costUah))
                .join(PlanBudget.class, Joiners.filtering((cost, budget) -> cost > budget.budgetUah()))
                .penalizeLong(HARD, (cost, budget) -> (cost - budget.budgetUah() + 999) / 1000)
                .asConstraint(BUDGET);
    }

    /** At most one new access point per settlement (hard). */
    Constraint onePerSettlement(ConstraintFactory factory) {
        return factory.forEachUniquePair(SiteDecision.class, Joiners.equal(SiteDecision::getSettlementId))
                .penalizeLong(HARD, (a, b) -> RULE_WEIGHT)
                .asConstraint(ONE_PER_SETTLEMENT);
    }

    /** Every hromada has a main office (hard, when the rule is on): it has one or gets one. */
    Constraint mainOfficeInEveryHromada(ConstraintFactory factory) {
        return factory.forEach(HromadaFact.class)
                .filter(HromadaFact::needsMainOffice)
                .ifNotExists(SiteDecision.class, Joiners.equal(HromadaFact::code, SiteDecision::getHromadaCode),
                        Joiners.filtering((hromada, site) -> site.isMainOffice()))
                .penalizeLong(HARD, hromada -> RULE_WEIGHT)
                .asConstraint(MAIN_OFFICE_IN_EVERY_HROMADA);
    }

    /** A branch or remote workplace sits in a hromada that has or gets a main office (hard, when on). */
    Constraint branchNeedsMainOffice(ConstraintFactory factory) {
        return factory.forEach(SiteDecision.class)
                .filter(site -> !site.isMainOffice() && site.branchNeedsMainOffice())
                .ifNotExists(SiteDecision.class, Joiners.equal(SiteDecision::getHromadaCode),
                        Joiners.filtering((site, other) -> other.isMainOffice()))
                .penalizeLong(HARD, site -> RULE_WEIGHT)
                .asConstraint(BRANCH_NEEDS_MAIN_OFFICE);
    }

    /** The objective first of all: people not covered today whom a new access point covers, once each. */
    Constraint newlyCoveredPopulation(ConstraintFactory factory) {
        return factory.forEach(Reach.class)
                .filter(Reach::coversNewly)
                .join(SiteDecision.class, Joiners.equal(Reach::siteId, SiteDecision::getId))
                .groupBy((reach, site) -> reach.demand())
                .rewardLong(COVERAGE, DemandPoint::population)
                .asConstraint(NEWLY_COVERED_POPULATION);
    }

    /** Then the cheapest plan: cost in UAH. */
    Constraint cost(ConstraintFactory factory) {
        return factory.forEach(SiteDecision.class)
                .penalizeLong(COST_LEVEL, SiteDecision::costUah)
                .asConstraint(COST);
    }

    /** Then the nearest: per settlement, time saved to the nearest access point × residents. */
    Constraint travelTimeSaved(ConstraintFactory factory) {
        return factory.forEach(Reach.class)
                .filter(Reach::savesTime)
                .join(SiteDecision.class, Joiners.equal(Reach::siteId, SiteDecision::getId))
                .groupBy((reach, site) -> reach.demand(), min((Reach reach, SiteDecision site) -> reach.seconds()))
                .rewardLong(TRAVEL, (demand, seconds) ->
                        Math.round((demand.baselineTravelSeconds() - seconds) * demand.population()))
                .asConstraint(TRAVEL_TIME_SAVED);
    }

    /**
     * Capacity as a hard rule (when configured HARD): visits a day a new access point would get from
     * the people it newly covers (an approximation: people covered by two new points count at both)
     * must not exceed what its kind can serve. Penalty: excess visits a day.
     */
    Constraint capacityHard(ConstraintFactory factory) {
        return overCapacity(factory, CapacityRule.HARD)
                .penalizeLong(HARD, (site, population) -> excessVisits(site, population) * RULE_WEIGHT)
                .asConstraint(CAPACITY_HARD);
    }

    /**
     * Capacity as a soft rule (when configured SOFT): the same excess, weighed against cost at
     * {@value #SOFT_CAPACITY_UAH_PER_VISIT} UAH per visit a day over capacity.
     */
    Constraint capacitySoft(ConstraintFactory factory) {
        return overCapacity(factory, CapacityRule.SOFT)
                .penalizeLong(COST_LEVEL, (site, population) -> excessVisits(site, population)
                        * SOFT_CAPACITY_UAH_PER_VISIT)
                .asConstraint(CAPACITY_SOFT);
    }

    /**
     * At most the number asked of a kind (hard), e.g. the donor's 3 passport stations. Penalty: each
     * proposal over the number.
     */
    Constraint kindLimit(ConstraintFactory factory) {
        return factory.forEach(SiteDecision.class)
                .groupBy(SiteDecision::getKind, count())
                .join(KindLimit.class, Joiners.equal((kind, n) -> kind, KindLimit::kind))
                .filter((kind, n, limit) -> n > limit.maxCount())
                .penalizeLong(HARD, (kind, n, limit) -> (n - limit.maxCount()) * RULE_WEIGHT)
                .asConstraint(KIND_LIMIT);
    }

    private static org.optaplanner.core.api.score.stream.bi.BiConstraintStream<SiteDecision, Long> overCapacity(
            ConstraintFactory factory, CapacityRule rule) {
        return factory.forEach(Reach.class)
                .filter(Reach::coversNewly)
                .join(SiteDecision.class, Joiners.equal(Reach::siteId, SiteDecision::getId),
                        Joiners.filtering((reach, site) -> site.capacityRule() == rule))
                .groupBy((reach, site) -> site, sumLong((reach, site) -> reach.demand().population()))
                .filter((site, population) -> excessVisits(site, population) > 0);
    }

    static long excessVisits(SiteDecision site, long population) {
        double visitsPerDay = population * site.visitsPerResidentPerDay();
        return (long) Math.ceil(visitsPerDay - site.option().capacityVisitsPerDay());
    }
}
