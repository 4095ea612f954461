package ua.cnap.planner.routing.cvrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RuinAndRecreateTest {

    @Test
    void keepsTheRoutesAndEveryCustomerOnceAndIsReproducible() {
        CvrpProblem problem = CvrpTestProblems.random(40, 100, 11);
        List<List<Integer>> routes = SavingsConstruction.routes(problem, CvrpSolver.vehicleCount(problem));
        List<Integer> before = routes.stream().flatMap(List::stream).sorted().toList();

        List<List<Integer>> once = RuinAndRecreate.perturb(problem, routes, 8, new Random(5));
        List<List<Integer>> again = RuinAndRecreate.perturb(problem, routes, 8, new Random(5));

        assertThat(once).hasSameSizeAs(routes);
        assertThat(once.stream().flatMap(List::stream).sorted().toList()).isEqualTo(before);
        assertThat(again).isEqualTo(once);
        // the input is left as it was
        assertThat(routes.stream().flatMap(List::stream).sorted().toList()).isEqualTo(before);
    }

    @Test
    void perturbationsDifferBetweenSeeds() {
        CvrpProblem problem = CvrpTestProblems.random(40, 100, 11);
        List<List<Integer>> routes = SavingsConstruction.routes(problem, CvrpSolver.vehicleCount(problem));

        long distinct = java.util.stream.LongStream.range(0, 6)
                .mapToObj(seed -> RuinAndRecreate.perturb(problem, routes, 8, new Random(seed)))
                .distinct().count();

        assertThat(distinct).isGreaterThan(1);
    }
}
