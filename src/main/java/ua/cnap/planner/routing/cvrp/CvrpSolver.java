package ua.cnap.planner.routing.cvrp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.list.DestinationSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.list.SubListSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves a {@link CvrpProblem} with OptaPlanner's list variable, as an iterated local search:
 * <ol>
 * <li>start from Clarke–Wright savings ({@link SavingsConstruction});</li>
 * <li>a round of late acceptance over nearby list change, list swap, sub-list change and swap
 * (also reversed) and 2-opt/k-opt moves, ended after {@link Settings#roundUnimprovedSteps} steps
 * without a new best;</li>
 * <li>perturb the best routes so far ({@link RuinAndRecreate}) and run the next round from there,
 * until the time limit.</li>
 * </ol>
 * Settings depend on the instance size only; each round has its own fixed random seed.
 */
public class CvrpSolver {

    /**
     * Search knobs.
     *
     * @param lateAcceptanceSize   late acceptance list length
     * @param nearbySize           nearby selection: the parabolic distribution's size maximum
     * @param roundUnimprovedSteps steps without a new best that end a round; 0: a single round
     * @param ruinCount            customers moved by the perturbation between rounds
     * @param seed                 random seed of the first round (round r uses seed + r)
     */
    record Settings(int lateAcceptanceSize, int nearbySize, int roundUnimprovedSteps, int ruinCount, long seed) {

        /** The default for an instance of {@code n} nodes. */
        static Settings forSize(int n) {
            return new Settings(LATE_ACCEPTANCE_SIZE, NEARBY_SIZE, ROUND_UNIMPROVED_STEPS, Math.max(3, n * RUIN_PERCENT / 100), 0L);
        }

        Settings withSeed(long newSeed) {
            return new Settings(lateAcceptanceSize, nearbySize, roundUnimprovedSteps, ruinCount, newSeed);
        }
    }

    /** Late acceptance size, as in OptaPlanner's own VRP example. */
    static final int LATE_ACCEPTANCE_SIZE = 200;
    /** Nearby moves pick among the 40 nearest customers, the nearer the likelier. */
    static final int NEARBY_SIZE = 40;
    /**
     * A round ends after this many steps without a new best; measured on A-n61-k9 and A-n80-k10,
     * 2000 to 5000 steps all work, long rounds (30000) lose the benefit of the restarts.
     */
    static final int ROUND_UNIMPROVED_STEPS = 5000;
    /**
     * Share of the customers the perturbation moves. 10 % left A-n32-k5 stuck 5.5 % above the
     * optimum for 30 rounds (seeds 0 and 1); 30 % reached the optimum there and on A-n48-k7 and kept
     * A-n61-k9, A-n62-k8 and A-n80-k10 within 0.3 %; 40 % was worse on A-n62-k8.
     */
    static final int RUIN_PERCENT = 30;

    private final EnvironmentMode environmentMode;
    private final Settings fixedSettings;

    public CvrpSolver() {
        this(EnvironmentMode.REPRODUCIBLE);
    }

    /** {@code environmentMode} FULL_ASSERT lets tests check the incremental score against a full recount. */
    CvrpSolver(EnvironmentMode environmentMode) {
        this(environmentMode, null);
    }

    /** Fixed settings (null: {@link Settings#forSize}), for tests and measuring. */
    CvrpSolver(EnvironmentMode environmentMode, Settings settings) {
        this.environmentMode = Objects.requireNonNull(environmentMode);
        this.fixedSettings = settings;
    }

    public CvrpResult solve(CvrpProblem problem, Duration timeLimit) {
        return solve(problem, timeLimit, null);
    }

    /**
     * Solves until {@code timeLimit} or, earlier, until a feasible solution costs at most
     * {@code objectiveLimit} (null: no such limit). Uses {@link #vehicleCount} vehicles.
     */
    public CvrpResult solve(CvrpProblem problem, Duration timeLimit, Long objectiveLimit) {
        return solve(problem, timeLimit, objectiveLimit, Long.MAX_VALUE);
    }

    /** Like {@link #solve(CvrpProblem, Duration, Long)}, with at most {@code maxRounds} local-search rounds. */
    CvrpResult solve(CvrpProblem problem, Duration timeLimit, Long objectiveLimit, long maxRounds) {
        Settings settings = fixedSettings != null ? fixedSettings : Settings.forSize(problem.n());
        int vehicleCount = vehicleCount(problem);
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        Random random = new Random(settings.seed());

        List<List<Integer>> bestRoutes = SavingsConstruction.routes(problem, vehicleCount);
        HardSoftLongScore bestScore = null;
        List<List<Integer>> startRoutes = bestRoutes;
        for (long round = 0; round < maxRounds; round++) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                break;
            }
            CvrpSolution solved = solveRound(problem, vehicleCount, startRoutes, settings, settings.seed() + round,
                    Duration.ofMillis(remainingMillis), objectiveLimit);
            HardSoftLongScore score = solved.getScore();
            if (bestScore == null || score.compareTo(bestScore) > 0) {
                bestScore = score;
                bestRoutes = routesOf(solved);
            }
            if (settings.roundUnimprovedSteps() <= 0
                    || objectiveLimit != null && bestScore.hardScore() == 0 && -bestScore.softScore() <= objectiveLimit) {
                break;
            }
            startRoutes = RuinAndRecreate.perturb(problem, bestRoutes, settings.ruinCount(), random);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<List<Integer>> routes = List.copyOf(bestRoutes.stream().map(List::copyOf).toList());
        return new CvrpResult(problem.costOf(routes), routes, isFeasible(problem, routes), seconds);
    }

    /**
     * One late-acceptance run from {@code startRoutes}, ended after {@link Settings#roundUnimprovedSteps}
     * steps without a new best (0: only by the limits).
     */
    private CvrpSolution solveRound(CvrpProblem problem, int vehicleCount, List<List<Integer>> startRoutes,
            Settings settings, long seed, Duration timeLimit, Long objectiveLimit) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (objectiveLimit != null) {
            termination.setBestScoreLimit(HardSoftLongScore.of(0, -objectiveLimit).toString());
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves(settings.nearbySize()))
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withLateAcceptanceSize(settings.lateAcceptanceSize()))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        if (settings.roundUnimprovedSteps() > 0) {
            localSearch.setTerminationConfig(new TerminationConfig()
                    .withUnimprovedStepCountLimit(settings.roundUnimprovedSteps()));
        }
        SolverConfig config = new SolverConfig()
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(seed)
                .withSolutionClass(CvrpSolution.class)
                .withEntityClasses(Vehicle.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(CvrpConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withTerminationConfig(termination)
                .withPhases(localSearch);
        Solver<CvrpSolution> solver = SolverFactory.<CvrpSolution>create(config).buildSolver();
        return solver.solve(CvrpSolution.of(problem, vehicleCount, startRoutes));
    }

    /**
     * The list moves, each picking its second customer (or insertion point) near the first one:
     * nearby selection keeps the moves between neighbours, where improvements are.
     */
    private static MoveSelectorConfig<?> moves(int nearbySize) {
        return new UnionMoveSelectorConfig().withMoveSelectors(
                new ListChangeMoveSelectorConfig()
                        .withValueSelectorConfig(new ValueSelectorConfig().withId("change"))
                        .withDestinationSelectorConfig(new DestinationSelectorConfig()
                                .withNearbySelectionConfig(nearValue("change", nearbySize))),
                new ListSwapMoveSelectorConfig()
                        .withValueSelectorConfig(new ValueSelectorConfig().withId("swap"))
                        .withSecondaryValueSelectorConfig(new ValueSelectorConfig()
                                .withNearbySelectionConfig(nearValue("swap", nearbySize))),
                new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true)
                        .withSubListSelectorConfig(new SubListSelectorConfig().withId("subChange"))
                        .withDestinationSelectorConfig(new DestinationSelectorConfig()
                                .withNearbySelectionConfig(new NearbySelectionConfig()
                                        .withOriginSubListSelectorConfig(new SubListSelectorConfig().withMimicSelectorRef("subChange"))
                                        .withNearbyDistanceMeterClass(CustomerNearbyDistanceMeter.class)
                                        .withParabolicDistributionSizeMaximum(nearbySize))),
                new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true),
                new KOptListMoveSelectorConfig()
                        .withOriginSelectorConfig(new ValueSelectorConfig().withId("kopt"))
                        .withValueSelectorConfig(new ValueSelectorConfig()
                                .withNearbySelectionConfig(nearValue("kopt", nearbySize))));
    }

    private static NearbySelectionConfig nearValue(String originId, int nearbySize) {
        return new NearbySelectionConfig()
                .withOriginValueSelectorConfig(new ValueSelectorConfig().withMimicSelectorRef(originId))
                .withNearbyDistanceMeterClass(CustomerNearbyDistanceMeter.class)
                .withParabolicDistributionSizeMaximum(nearbySize);
    }

    private static List<List<Integer>> routesOf(CvrpSolution solution) {
        List<List<Integer>> routes = new ArrayList<>();
        for (Vehicle vehicle : solution.getVehicles()) {
            routes.add(vehicle.getCustomers().stream().map(Customer::getNode).toList());
        }
        return routes;
    }

    /**
     * The instance's own vehicle count when it has one (CVRPLIB A-set optima use exactly k routes);
     * otherwise the capacity lower bound plus one, so that bin-packing slack remains.
     */
    static int vehicleCount(CvrpProblem problem) {
        if (problem.vehicles() != null) {
            return problem.vehicles();
        }
        return (int) ((problem.totalDemand() + problem.capacity() - 1) / problem.capacity()) + 1;
    }

    /** Every customer exactly once, the depot never inside a route, no route over capacity. */
    static boolean isFeasible(CvrpProblem problem, List<List<Integer>> routes) {
        int[] visits = new int[problem.n()];
        for (List<Integer> route : routes) {
            long load = 0;
            for (int node : route) {
                visits[node]++;
                load += problem.demand()[node];
            }
            if (load > problem.capacity()) {
                return false;
            }
        }
        for (int i = 0; i < problem.n(); i++) {
            if (visits[i] != (i == problem.depot() ? 0 : 1)) {
                return false;
            }
        }
        return true;
    }
}
