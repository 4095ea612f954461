package ua.cnap.planner.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.Candidate;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.planning.PlanningInstance.Option;
import ua.cnap.planner.planning.domain.DemandPoint;
import ua.cnap.planner.planning.domain.ExpansionPlan;
import ua.cnap.planner.planning.domain.HromadaFact;
import ua.cnap.planner.planning.domain.KindLimit;
import ua.cnap.planner.planning.domain.PlanBudget;
import ua.cnap.planner.planning.domain.Reach;
import ua.cnap.planner.planning.domain.SiteDecision;
import ua.cnap.planner.planning.domain.SiteOption;
import ua.cnap.planner.planning.solver.ExpansionConstraintProvider;
import ua.cnap.planner.planning.solver.CoverageSwapMoveFactory;
import ua.cnap.planner.planning.solver.GreedyConstruction;
import ua.cnap.planner.planning.solver.ReplaceSiteMoveFactory;

/**
 * OptaPlanner for a {@link PlanningInstance}: maps it to an {@link ExpansionPlan}, configures the
 * solver (greedy construction, then local search, terminated by time, by a stretch without
 * improvement, or by a best-score limit) and maps the best plan back to {@link Choice}s.
 */
public final class ExpansionSolver {

    private ExpansionSolver() {
    }

    /**
     * @param timeLimit      stop after this long
     * @param unimprovedTime stop when the best score has not improved for this long (null: never)
     * @param bestScoreLimit stop as soon as this score is reached (tests), null for none
     */
    public static SolverConfig solverConfig(Duration timeLimit, Duration unimprovedTime, String bestScoreLimit) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (unimprovedTime != null) {
            termination.setUnimprovedSpentLimit(unimprovedTime);
        }
        if (bestScoreLimit != null) {
            termination.setBestScoreLimit(bestScoreLimit);
        }
        return new SolverConfig()
                .withSolutionClass(ExpansionPlan.class)
                .withEntityClasses(SiteDecision.class)
                .withConstraintProviderClass(ExpansionConstraintProvider.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withTerminationConfig(termination)
                .withPhases(construction(), localSearch());
    }

    /**
     * Tabu search rather than OptaPlanner's default late acceptance: started from the greedy plan, late
     * acceptance never accepts a plan worse than that start, and on small instances it stayed in a
     * local optimum that two swaps away held the proven optimum (SolversAgainstBruteForceTest, seed 4);
     * tabu search takes the best of {@value #MOVES_PER_STEP} moves each step, worse or not, and does not
     * touch the last {@value #ENTITY_TABU_SIZE} sites changed. Measured on the national pool (10,208
     * candidates, 50–60 s, load 1–8; gaps to the proven optimum at 100 and 20 million UAH): before the
     * ranked moves of {@link CoverageSwapMoveFactory}, entity tabu 7 and 100 moves a step 0.65 % and
     * 0.98 %, and late acceptance 0.34 % at 100 million; with them, 15 and 30 moves 0.44 % and 0.98 %,
     * 15 and 60 moves 0.54 % and 0.09 % (kept), and late acceptance, whose steps are so many that the
     * moves' work per step slowed it to 625 moves a second, 0.98 % at 20 million.
     */
    static final int ENTITY_TABU_SIZE = 15;
    static final int MOVES_PER_STEP = 60;
    /** Coverage moves are drawn three times as often as each generic kind of move. */
    static final double COVERAGE_MOVE_WEIGHT = 3;

    /** The first plan: {@link GreedyConstruction}, greedy by people newly covered per hryvnia. */
    static CustomPhaseConfig construction() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstruction.class));
    }

    /**
     * Local search with OptaPlanner's default moves (change one site's kind, swap two sites' kinds),
     * {@link CoverageSwapMove}s aimed at the people left out, and, for kinds with a limit,
     * {@link ReplaceSiteMove}: close one and open another in one step.
     */
    static LocalSearchPhaseConfig localSearch() {
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(ENTITY_TABU_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(MOVES_PER_STEP));
        return phase.withMoveSelectorConfig(new UnionMoveSelectorConfig()
                .withMoveSelectors(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(),
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(CoverageSwapMoveFactory.class)
                                .withFixedProbabilityWeight(COVERAGE_MOVE_WEIGHT),
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ReplaceSiteMoveFactory.class)));
    }

    /**
     * Like {@link #solverConfig(Duration, Duration, String)}, with the local search also stopped after
     * {@code localSearchStepLimit} steps (null: no step limit). A step limit makes a solve
     * reproducible (the REPRODUCIBLE mode gives the same steps every run) as long as the time limit,
     * then only a backstop, is not reached: batch scenarios and tests use it.
     */
    public static SolverConfig solverConfig(Duration timeLimit, Integer localSearchStepLimit) {
        SolverConfig config = solverConfig(timeLimit, null, null);
        if (localSearchStepLimit != null) {
            config.withPhases(construction(), localSearch()
                    .withTerminationConfig(new TerminationConfig().withStepCountLimit(localSearchStepLimit)));
        }
        return config;
    }

    public static ExpansionPlan solve(PlanningInstance instance, SolverConfig config) {
        Solver<ExpansionPlan> solver = SolverFactory.<ExpansionPlan>create(config).buildSolver();
        return solver.solve(toSolution(instance));
    }

    /** Demand points indexed in instance order; the search-limit cap replaces infinite baselines. */
    public static ExpansionPlan toSolution(PlanningInstance instance) {
        Map<String, Integer> index = new HashMap<>();
        double cap = 0;
        for (Candidate candidate : instance.candidates()) {
            for (Option option : candidate.options()) {
                for (double seconds : option.reaches().values()) {
                    cap = Math.max(cap, seconds);
                }
            }
        }
        List<DemandPoint> demand = new ArrayList<>(instance.demand().size());
        for (Demand d : instance.demand()) {
            index.put(d.id(), demand.size());
            double baseline = Double.isFinite(d.baselineTravelSeconds()) ? d.baselineTravelSeconds() : cap;
            demand.add(new DemandPoint(demand.size(), d.id(), d.population(),
                    instance.coveredByExisting().contains(d.id()), baseline));
        }
        List<HromadaFact> hromadas = instance.hromadaCodes().stream().sorted()
                .map(code -> new HromadaFact(code, instance.rules().mainOfficeInEveryHromada()
                        && !instance.hromadasWithMainOffice().contains(code)))
                .toList();
        double visitsPerResidentPerDay = instance.rules().workingDaysPerYear() == 0 ? 0
                : instance.rules().visitsPerResidentPerYear() / instance.rules().workingDaysPerYear();
        List<SiteDecision> sites = new ArrayList<>();
        List<Reach> reaches = new ArrayList<>();
        for (Candidate candidate : instance.candidates()) {
            List<SiteOption> options = candidate.options().stream()
                    .map(o -> new SiteOption(o.kind(), o.costUah(), capacity(instance, o.kind())))
                    .toList();
            Option any = candidate.options().get(0);
            java.util.Set<String> covers = new java.util.HashSet<>(any.covers());
            for (Map.Entry<String, Double> e : any.reaches().entrySet()) {
                Integer at = index.get(e.getKey());
                // a reach that neither covers nor saves time changes no constraint: left out, so that a
                // national plan holds ~0.4 million facts instead of ~5 million
                if (at != null && (covers.contains(e.getKey()) || e.getValue() < demand.get(at).baselineTravelSeconds())) {
                    reaches.add(new Reach(candidate.id(), demand.get(at), e.getValue(), covers.contains(e.getKey())));
                }
            }
            for (String id : any.covers()) { // covered (e.g. by distance) but without a time: still counts
                Integer at = index.get(id);
                if (at != null && !any.reaches().containsKey(id)) {
                    reaches.add(new Reach(candidate.id(), demand.get(at), Double.POSITIVE_INFINITY, true));
                }
            }
            // equipment goes to an office that exists: the branch rule is about new access points
            boolean branchRule = instance.rules().branchNeedsMainOffice() && !candidate.isEquipment()
                    && !instance.hromadasWithMainOffice().contains(candidate.hromadaCode());
            sites.add(new SiteDecision(candidate.id(), candidate.settlementSlot(), candidate.hromadaCode(), options,
                    branchRule, instance.rules().capacity(), visitsPerResidentPerDay));
        }
        List<KindLimit> limits = instance.kindLimits().entrySet().stream()
                .map(e -> new KindLimit(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(KindLimit::kind))
                .toList();
        return new ExpansionPlan(demand, hromadas, reaches, new PlanBudget(instance.budgetUah()), limits, sites);
    }

    /** The instance with the given choices opened (e.g. the exact reference's plan), to score or explain. */
    public static ExpansionPlan toSolution(PlanningInstance instance, List<Choice> choices) {
        ExpansionPlan plan = toSolution(instance);
        Map<String, AccessPointKind> kinds = new HashMap<>();
        choices.forEach(c -> kinds.put(c.candidateId(), c.kind()));
        plan.getSites().forEach(site -> site.setKind(kinds.get(site.getId())));
        return plan;
    }

    private static int capacity(PlanningInstance instance, AccessPointKind kind) {
        PlanningInstance.KindAssumptions assumptions = instance.kinds().get(kind);
        return assumptions == null ? Integer.MAX_VALUE : assumptions.capacityVisitsPerDay();
    }

    public static List<Choice> toChoices(ExpansionPlan plan) {
        return plan.getSites().stream()
                .filter(site -> site.getKind() != null)
                .map(site -> new Choice(site.getId(), site.getKind()))
                .toList();
    }
}
