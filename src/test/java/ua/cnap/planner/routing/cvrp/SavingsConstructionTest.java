package ua.cnap.planner.routing.cvrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SavingsConstructionTest {

    private static List<Integer> visitedSorted(List<List<Integer>> routes) {
        return routes.stream().flatMap(List::stream).sorted().toList();
    }

    @Test
    void savingsVisitsEveryCustomerOnceWithinCapacity() {
        for (long seed = 0; seed < 5; seed++) {
            CvrpProblem problem = CvrpTestProblems.random(40, 100, seed);

            List<List<Integer>> routes = SavingsConstruction.savings(problem);

            assertThat(visitedSorted(routes)).containsExactlyElementsOf(IntStream.range(1, 41).boxed().toList());
            for (List<Integer> route : routes) {
                assertThat(SavingsConstruction.load(problem, route)).isLessThanOrEqualTo(100);
            }
            assertThat(CvrpSolver.isFeasible(problem, routes)).isTrue();
        }
    }

    @Test
    void savingsBeatsOneRoutePerCustomer() {
        CvrpProblem problem = CvrpTestProblems.random(40, 100, 7);
        List<List<Integer>> singles = IntStream.range(1, 41).mapToObj(List::of).toList();

        long savings = problem.costOf(SavingsConstruction.savings(problem));

        // merging along positive savings only ever shortens the star of single-customer routes
        assertThat(savings).isLessThan(problem.costOf(singles));
    }

    @Test
    void routesAreCutDownToTheVehicleCountKeepingEveryCustomer() {
        CvrpProblem problem = CvrpTestProblems.random(40, 100, 3);
        int savingsRoutes = SavingsConstruction.savings(problem).size();
        int vehicles = savingsRoutes - 2;

        List<List<Integer>> routes = SavingsConstruction.routes(problem, vehicles);

        assertThat(routes).hasSize(vehicles);
        assertThat(visitedSorted(routes)).containsExactlyElementsOf(IntStream.range(1, 41).boxed().toList());
    }

    @Test
    void cheapestInsertionPrefersARouteWithRoomOverAShorterDetour() {
        // depot 0 at (0,0); customer 1 at (10,0) fills route A; customer 2 at (11,0) goes to route B (empty)
        // although beside customer 1 it would add only 2
        double[] x = { 0, 10, 11 };
        double[] y = { 0, 0, 0 };
        int[][] distance = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                distance[i][j] = CvrplibReader.roundedDistance(x[i], y[i], x[j], y[j]);
            }
        }
        CvrpProblem problem = new CvrpProblem("line", 10, 0, new int[] { 0, 10, 5 }, distance, x, y, 2);
        List<List<Integer>> routes = new ArrayList<>(List.of(new ArrayList<>(List.of(1)), new ArrayList<>()));

        SavingsConstruction.insertCheapest(problem, routes, 2);

        assertThat(routes).containsExactly(List.of(1), List.of(2));
    }
}
