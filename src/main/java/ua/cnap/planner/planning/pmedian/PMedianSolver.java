package ua.cnap.planner.planning.pmedian;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves a {@link PMedianProblem} with OptaPlanner: a greedy construction (each median in turn
 * on the vertex that lowers the objective most), then local search with change moves (move one
 * median to another vertex). The configuration is built in code; no XML, no Spring.
 */
public class PMedianSolver {

    /**
     * How the score is calculated. Measured on this 2-core machine, 5 s per instance: incremental
     * 140k–530k moves/s (pmed1, pmed16, pmed20), constraint streams 3.3k–10.6k moves/s, and the
     * streams did not even finish construction of pmed20 (n 400, p 133) in 5 s (64 of 133 placed).
     * With the incremental score, 10 s each: 17 of pmed1..20 at the optimum, largest gap 0.69 %.
     */
    public enum Scoring {
        /** {@link PMedianIncrementalScoreCalculator}: O(n) per move; the default. */
        INCREMENTAL,
        /**
         * {@link PMedianConstraintProvider} (Bavet): the readable reference, kept for checks and
         * measurement; per move it regroups the min over p medians for every customer.
         */
        CONSTRAINT_STREAMS
    }

    /**
     * Tabu on recently left or entered vertices, picking the best of 1000 sampled change moves
     * per step. Measured on pmed13/15/19/20 at 5 s against late acceptance (sizes 50 and 400),
     * entity tabu and step counting hill climbing: the lowest objectives (gap ≤ 0.2 %).
     */
    private static final int VALUE_TABU_SIZE = 20;
    private static final int ACCEPTED_COUNT_LIMIT = 1000;

    private final Scoring scoring;
    private final EnvironmentMode environmentMode;

    public PMedianSolver() {
        this(Scoring.INCREMENTAL, EnvironmentMode.REPRODUCIBLE);
    }

    public PMedianSolver(Scoring scoring) {
        this(scoring, EnvironmentMode.REPRODUCIBLE);
    }

    /** {@code environmentMode} FULL_ASSERT lets tests check the incremental score against a full recount. */
    PMedianSolver(Scoring scoring, EnvironmentMode environmentMode) {
        this.scoring = Objects.requireNonNull(scoring);
        this.environmentMode = Objects.requireNonNull(environmentMode);
    }

    /** Solves for at most {@code timeLimit}. */
    public PMedianResult solve(PMedianProblem problem, Duration timeLimit) {
        return solve(problem, timeLimit, null);
    }

    /**
     * Solves until {@code timeLimit} or, earlier, until the objective is at most
     * {@code objectiveLimit} (e.g. a known optimum); null means no such limit.
     *
     * @throws IllegalStateException when the time limit ends before all p medians are placed
     */
    public PMedianResult solve(PMedianProblem problem, Duration timeLimit, Long objectiveLimit) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (objectiveLimit != null) {
            termination.setBestScoreLimit(HardSoftLongScore.of(0, -objectiveLimit).toString());
        }
        SolverConfig config = new SolverConfig()
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(0L)
                .withSolutionClass(PMedianSolution.class)
                .withEntityClasses(Median.class)
                .withScoreDirectorFactory(scoreDirector())
                .withTerminationConfig(termination)
                .withPhases(
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new ChangeMoveSelectorConfig())
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withValueTabuSize(VALUE_TABU_SIZE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT)));
        Solver<PMedianSolution> solver = SolverFactory.<PMedianSolution>create(config).buildSolver();

        List<PMedianResult.Improvement> timeline = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        solver.addEventListener(event -> {
            HardSoftLongScore score = (HardSoftLongScore) event.getNewBestScore();
            if (score.isSolutionInitialized() && score.hardScore() == 0) {
                timeline.add(new PMedianResult.Improvement(secondsSince(start), -score.softScore()));
            }
        });
        PMedianSolution best = solver.solve(PMedianSolution.unsolved(problem));
        double seconds = secondsSince(start);

        int[] medians = best.getMedians().stream()
                .mapToInt(m -> m.getVertex() == null ? -1 : m.getVertex())
                .sorted().distinct().toArray();
        if (medians.length != problem.p() || medians[0] < 0) {
            throw new IllegalStateException("the time limit " + timeLimit + " ended before " + problem.p()
                    + " distinct medians were placed for " + problem.name() + " (n = " + problem.n() + ")");
        }
        return new PMedianResult(problem.objectiveOf(medians), medians, seconds, List.copyOf(timeline));
    }

    private ScoreDirectorFactoryConfig scoreDirector() {
        return switch (scoring) {
            case INCREMENTAL -> new ScoreDirectorFactoryConfig()
                    .withIncrementalScoreCalculatorClass(PMedianIncrementalScoreCalculator.class);
            case CONSTRAINT_STREAMS -> new ScoreDirectorFactoryConfig()
                    .withConstraintProviderClass(PMedianConstraintProvider.class);
        };
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
