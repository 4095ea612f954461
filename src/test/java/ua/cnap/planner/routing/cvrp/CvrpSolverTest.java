package ua.cnap.planner.routing.cvrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.EnvironmentMode;

class CvrpSolverTest {

    /**
     * Depot (index 0) at the origin and 5 customers; demands 4+3+5+2+6 = 20 with capacity 10 force
     * at least two routes; two vehicles.
     */
    private static CvrpProblem tinyProblem() {
        double[] x = { 0, 10, 12, -8, -10, 3 };
        double[] y = { 0, 2, 9, 7, -3, -11 };
        int[] demand = { 0, 4, 3, 5, 2, 6 };
        int n = x.length;
        int[][] distance = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                distance[i][j] = CvrplibReader.roundedDistance(x[i], y[i], x[j], y[j]);
            }
        }
        return new CvrpProblem("tiny-n6-k2", 10, 0, demand, distance, x, y, 2);
    }

    /** Every split of customers 1..5 over two vehicles within capacity, each route in its best order. */
    private static long bruteForceOptimum(CvrpProblem problem) {
        long best = Long.MAX_VALUE;
        for (int mask = 0; mask < 1 << 5; mask++) {
            List<Integer> a = new ArrayList<>();
            List<Integer> b = new ArrayList<>();
            for (int c = 1; c <= 5; c++) {
                ((mask >> (c - 1) & 1) == 1 ? a : b).add(c);
            }
            if (load(problem, a) > problem.capacity() || load(problem, b) > problem.capacity()) {
                continue;
            }
            best = Math.min(best, bestOrder(problem, a, new ArrayList<>()) + bestOrder(problem, b, new ArrayList<>()));
        }
        return best;
    }

    private static long load(CvrpProblem problem, List<Integer> route) {
        return route.stream().mapToLong(c -> problem.demand()[c]).sum();
    }

    private static long bestOrder(CvrpProblem problem, List<Integer> left, List<Integer> prefix) {
        if (left.isEmpty()) {
            return problem.costOf(List.of(prefix));
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < left.size(); i++) {
            List<Integer> rest = new ArrayList<>(left);
            prefix.add(rest.remove(i));
            best = Math.min(best, bestOrder(problem, rest, prefix));
            prefix.remove(prefix.size() - 1);
        }
        return best;
    }

    @Test
    void reachesTheBruteForceOptimumOfATinyInstance() {
        CvrpProblem problem = tinyProblem();
        long optimum = bruteForceOptimum(problem);

        // FULL_ASSERT checks the score after every move; the time limit is only a backstop
        CvrpResult result = new CvrpSolver(EnvironmentMode.FULL_ASSERT)
                .solve(problem, Duration.ofSeconds(60), optimum);

        assertThat(result.objective()).isEqualTo(optimum);
        assertThat(result.feasible()).isTrue();
        assertThat(result.routes()).hasSize(2);
        List<Integer> visited = result.routes().stream().flatMap(List::stream).sorted().toList();
        assertThat(visited).containsExactly(1, 2, 3, 4, 5);
        for (List<Integer> route : result.routes()) {
            assertThat(load(problem, route)).isLessThanOrEqualTo(10);
        }
        assertThat(problem.costOf(result.routes())).isEqualTo(result.objective());
    }

    @Test
    void roundsWithPerturbationsKeepTheScoreRightAndNeverLoseTheSavingsStart() {
        CvrpProblem problem = CvrpTestProblems.random(20, 100, 1);
        long savings = problem.costOf(SavingsConstruction.routes(problem, CvrpSolver.vehicleCount(problem)));
        CvrpSolver.Settings settings = new CvrpSolver.Settings(50, 10, 300, 4, 0L);

        // FULL_ASSERT recounts the score after every move of every round; 3 rounds, the time is a backstop
        CvrpResult result = new CvrpSolver(EnvironmentMode.FULL_ASSERT, settings)
                .solve(problem, Duration.ofSeconds(120), null, 3);

        assertThat(result.feasible()).isTrue();
        assertThat(result.routes()).hasSize(CvrpSolver.vehicleCount(problem));
        assertThat(result.objective()).isLessThanOrEqualTo(savings).isEqualTo(problem.costOf(result.routes()));
    }

    @Test
    void fixedSeedGivesTheSameRoutes() {
        CvrpProblem problem = CvrpTestProblems.random(30, 100, 2);
        CvrpSolver.Settings settings = new CvrpSolver.Settings(100, 20, 1000, 4, 7L);

        CvrpResult first = new CvrpSolver(EnvironmentMode.REPRODUCIBLE, settings).solve(problem, Duration.ofSeconds(120), null, 4);
        CvrpResult second = new CvrpSolver(EnvironmentMode.REPRODUCIBLE, settings).solve(problem, Duration.ofSeconds(120), null, 4);

        assertThat(second.routes()).isEqualTo(first.routes());
    }

    @Test
    void startSolutionNeedsEveryCustomerExactlyOnce() {
        CvrpProblem problem = tinyProblem();

        CvrpSolution solution = CvrpSolution.of(problem, 2, List.of(List.of(1, 5), List.of(2, 3, 4)));

        assertThat(solution.getVehicles().get(1).getCustomers()).extracting(Customer::getNode).containsExactly(2, 3, 4);
        assertThatThrownBy(() -> CvrpSolution.of(problem, 2, List.of(List.of(1, 5), List.of(2, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer 4");
        assertThatThrownBy(() -> CvrpSolution.of(problem, 2, List.of(List.of(1, 5, 1), List.of(2, 3, 4))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CvrpSolution.of(problem, 1, List.of(List.of(1, 5), List.of(2, 3, 4))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void feasibilityCheckCatchesOverloadAndMissingOrRepeatedCustomers() {
        CvrpProblem problem = tinyProblem();

        // loads 4 + 6 = 10 and 3 + 5 + 2 = 10: exactly full
        assertThat(CvrpSolver.isFeasible(problem, List.of(List.of(1, 5), List.of(2, 3, 4)))).isTrue();
        // 4 + 3 + 5 = 12 > 10
        assertThat(CvrpSolver.isFeasible(problem, List.of(List.of(1, 2, 3), List.of(4, 5)))).isFalse();
        // customer 4 missing
        assertThat(CvrpSolver.isFeasible(problem, List.of(List.of(1, 5), List.of(2, 3)))).isFalse();
        // the depot inside a route
        assertThat(CvrpSolver.isFeasible(problem, List.of(List.of(0, 1, 5), List.of(2, 3, 4)))).isFalse();
    }

    @Test
    void routeCostGoesFromAndBackToTheDepot() {
        CvrpProblem problem = tinyProblem();
        int[][] d = problem.distance();

        assertThat(problem.costOf(List.of(List.of(1, 2), List.of())))
                .isEqualTo(d[0][1] + d[1][2] + d[2][0]);
    }
}
