package ua.cnap.planner.planning.pmedian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.config.solver.EnvironmentMode;

class PMedianSolverTest {

    /** Backstop only: every solve below stops at the brute-force optimum long before. */
    private static final Duration BACKSTOP = Duration.ofSeconds(60);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void reachesTheBruteForceOptimumOnTinyRandomProblems(long seed) {
        PMedianProblem problem = randomProblem(seed);
        long optimum = bruteForceOptimum(problem);

        PMedianResult result = new PMedianSolver().solve(problem, BACKSTOP, optimum);

        assertThat(result.objective()).as("seed %d, n %d, p %d", seed, problem.n(), problem.p())
                .isEqualTo(optimum);
        assertThat(result.medians()).hasSize(problem.p()).doesNotHaveDuplicates();
        assertThat(java.util.Arrays.stream(result.medians())).allSatisfy(m -> assertThat(m).isBetween(0, problem.n() - 1));
        assertThat(problem.objectiveOf(result.medians())).isEqualTo(optimum);
        assertThat(result.bestScoreTimeline()).isNotEmpty();
        assertThat(result.bestScoreTimeline().get(result.bestScoreTimeline().size() - 1).objective())
                .isEqualTo(optimum);
    }

    @Test
    void constraintStreamScoringReachesTheSameOptimum() {
        PMedianProblem problem = randomProblem(99);
        long optimum = bruteForceOptimum(problem);

        PMedianResult result = new PMedianSolver(PMedianSolver.Scoring.CONSTRAINT_STREAMS)
                .solve(problem, BACKSTOP, optimum);

        assertThat(result.objective()).isEqualTo(optimum);
    }

    /**
     * FULL_ASSERT recomputes the score from scratch after moves and throws on any difference, so
     * this checks the nearest/second-nearest bookkeeping over thousands of moves, duplicates
     * (two medians on one vertex) included. The problem is too big to stop early by luck:
     * the solver runs the whole short limit.
     */
    @Test
    void incrementalScoreMatchesAFullRecount() {
        PMedianProblem problem = randomProblem(7, 40, 6);

        PMedianResult result = new PMedianSolver(PMedianSolver.Scoring.INCREMENTAL, EnvironmentMode.FULL_ASSERT)
                .solve(problem, Duration.ofSeconds(2));

        assertThat(result.medians()).hasSize(6).doesNotHaveDuplicates();
        assertThat(result.objective()).isEqualTo(problem.objectiveOf(result.medians()));
    }

    @Test
    void populationWeightsPullTheMedianToTheHeavyVertex() {
        // a line 0 - 1 - 2 with travel seconds 60 per hop; almost everyone lives at vertex 2
        int[][] seconds = {{0, 60, 120}, {60, 0, 60}, {120, 60, 0}};
        PMedianProblem problem = new PMedianProblem("line", 3, 1, seconds, new long[] {10, 10, 1000});

        PMedianResult result = new PMedianSolver().solve(problem, BACKSTOP, 10L * 120 + 10 * 60);

        // at 2: 10·120 + 10·60 = 1800; at 1 (the unweighted 1-median): 10·60 + 1000·60 = 60600
        assertThat(result.medians()).containsExactly(2);
        assertThat(result.objective()).isEqualTo(1800);
    }

    static PMedianProblem randomProblem(long seed) {
        Random random = new Random(seed);
        return randomProblem(seed, 5 + random.nextInt(8), 1 + random.nextInt(3));
    }

    /** Random symmetric distances 1..100 (not necessarily metric) and weights 1..50. */
    static PMedianProblem randomProblem(long seed, int n, int p) {
        Random random = new Random(seed * 31 + n);
        int[][] distance = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                distance[i][j] = distance[j][i] = 1 + random.nextInt(100);
            }
        }
        long[] weight = new long[n];
        for (int i = 0; i < n; i++) {
            weight[i] = 1 + random.nextInt(50);
        }
        return new PMedianProblem("random" + seed, n, p, distance, weight);
    }

    /** Tries every p-subset of the n vertices. */
    static long bruteForceOptimum(PMedianProblem problem) {
        return best(problem, new int[problem.p()], 0, 0);
    }

    private static long best(PMedianProblem problem, int[] chosen, int depth, int from) {
        if (depth == chosen.length) {
            return problem.objectiveOf(chosen);
        }
        long best = Long.MAX_VALUE;
        for (int v = from; v < problem.n(); v++) {
            chosen[depth] = v;
            best = Math.min(best, best(problem, chosen, depth + 1, v + 1));
        }
        return best;
    }
}
