package ua.cnap.planner.routing.cvrp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves a {@link CvrpProblem} with OptaPlanner's list variable: the default construction for list
 * variables (each customer inserted where it costs least), then late acceptance over list change,
 * list swap, sub-list change and swap (also reversed) and k-opt moves. Configuration in code.
 */
public class CvrpSolver {

    /** Late acceptance size and one accepted move per step, as in OptaPlanner's own VRP example. */
    static final int LATE_ACCEPTANCE_SIZE = 200;

    private final EnvironmentMode environmentMode;
    private final int lateAcceptanceSize;

    public CvrpSolver() {
        this(EnvironmentMode.REPRODUCIBLE);
    }

    /** {@code environmentMode} FULL_ASSERT lets tests check the incremental score against a full recount. */
    CvrpSolver(EnvironmentMode environmentMode) {
        this(environmentMode, LATE_ACCEPTANCE_SIZE);
    }

    /** For measuring other late acceptance sizes. */
    CvrpSolver(EnvironmentMode environmentMode, int lateAcceptanceSize) {
        this.environmentMode = Objects.requireNonNull(environmentMode);
        this.lateAcceptanceSize = lateAcceptanceSize;
    }

    public CvrpResult solve(CvrpProblem problem, Duration timeLimit) {
        return solve(problem, timeLimit, null);
    }

    /**
     * Solves until {@code timeLimit} or, earlier, until a feasible solution costs at most
     * {@code objectiveLimit} (null: no such limit). Uses {@link #vehicleCount} vehicles.
     */
    public CvrpResult solve(CvrpProblem problem, Duration timeLimit, Long objectiveLimit) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (objectiveLimit != null) {
            termination.setBestScoreLimit(HardSoftLongScore.of(0, -objectiveLimit).toString());
        }
        SolverConfig config = new SolverConfig()
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(0L)
                .withSolutionClass(CvrpSolution.class)
                .withEntityClasses(Vehicle.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(CvrpConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withTerminationConfig(termination)
                .withPhases(
                        new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                        new ListChangeMoveSelectorConfig(),
                                        new ListSwapMoveSelectorConfig(),
                                        new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true),
                                        new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true),
                                        new KOptListMoveSelectorConfig()))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withLateAcceptanceSize(lateAcceptanceSize))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
        Solver<CvrpSolution> solver = SolverFactory.<CvrpSolution>create(config).buildSolver();
        long start = System.nanoTime();
        CvrpSolution best = solver.solve(CvrpSolution.unsolved(problem, vehicleCount(problem)));
        double seconds = (System.nanoTime() - start) / 1e9;

        List<List<Integer>> routes = new ArrayList<>();
        for (Vehicle vehicle : best.getVehicles()) {
            routes.add(vehicle.getCustomers().stream().map(Customer::getNode).toList());
        }
        return new CvrpResult(problem.costOf(routes), List.copyOf(routes), isFeasible(problem, routes), seconds);
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
