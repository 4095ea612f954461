package ua.cnap.planner.routing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine against a brute-force optimum and against the evaluator; iteration limits, never wall time. */
class ScheduleEngineTest {

    /**
     * Six customers on a plane, three days, two vehicles of capacity 10 and route length 60: customers
     * want one, two or three visits with a few patterns each; demands make the days' packing matter.
     */
    static ScheduleProblem tinyPeriodic() {
        double[][] xy = {{0, 0}, {10, 2}, {-8, 6}, {3, -9}, {12, -4}, {-5, -7}, {1, 11}};
        double[][] travel = new double[xy.length][xy.length];
        for (int a = 0; a < xy.length; a++) {
            for (int b = 0; b < xy.length; b++) {
                travel[a][b] = Math.hypot(xy[a][0] - xy[b][0], xy[a][1] - xy[b][1]);
            }
        }
        List<ScheduleProblem.Customer> customers = List.of(
                customer("1", 1, 4, VisitPattern.of(0, 2), VisitPattern.of(0, 1), VisitPattern.of(1, 2)),
                customer("2", 2, 6, VisitPattern.of(0), VisitPattern.of(1), VisitPattern.of(2)),
                customer("3", 3, 5, VisitPattern.of(0, 1, 2)),
                customer("4", 4, 3, VisitPattern.of(0), VisitPattern.of(2)),
                customer("5", 5, 7, VisitPattern.of(1), VisitPattern.of(2)),
                customer("6", 6, 2, VisitPattern.of(0, 2), VisitPattern.of(1, 2)));
        List<ScheduleProblem.Vehicle> vehicles = List.of(
                new ScheduleProblem.Vehicle("a", 0, 10, 60, 0),
                new ScheduleProblem.Vehicle("b", 0, 10, 60, 0));
        return new ScheduleProblem("tiny", 3, vehicles, customers, travel, 1.0);
    }

    private static ScheduleProblem.Customer customer(String id, int node, long demand, VisitPattern... patterns) {
        return new ScheduleProblem.Customer(id, node, demand, 1, List.of(patterns), 10_000);
    }

    @Test
    void findsTheBruteForceOptimumOfATinyPeriodicInstance() {
        ScheduleProblem problem = tinyPeriodic();
        double optimum = bruteForce(problem);

        ScheduleEngine.Result result = new ScheduleEngine(3).solve(problem, ScheduleEngine.Limits.iterations(3_000));

        assertThat(result.evaluation().feasible()).as(result.evaluation().violations().toString()).isTrue();
        assertThat(result.evaluation().customersServed()).isEqualTo(6);
        assertThat(result.evaluation().objective()).isCloseTo(optimum, within(1e-6));
        // the engine's figures are the evaluator's, recomputed from the routes
        assertThat(ScheduleEvaluator.evaluate(problem, result.schedule()).objective())
                .isCloseTo(result.evaluation().objective(), within(1e-9));
        assertThat(result.iterations()).isEqualTo(3_000);
    }

    @Test
    void aCustomerNoRouteCanHoldStaysUnservedAndTheRestAreServed() {
        ScheduleProblem base = tinyPeriodic();
        List<ScheduleProblem.Customer> customers = new ArrayList<>(base.customers());
        // demand 11 exceeds every vehicle's capacity
        customers.set(3, new ScheduleProblem.Customer("4", 4, 11, 1, List.of(VisitPattern.of(0)), 10_000));
        ScheduleProblem problem = new ScheduleProblem("tiny", 3, base.vehicles(), customers, base.travel(), 1.0);

        ScheduleEngine.Result result = new ScheduleEngine().solve(problem, ScheduleEngine.Limits.iterations(500));

        assertThat(result.evaluation().feasible()).isTrue();
        assertThat(result.schedule().isServed(3)).isFalse();
        assertThat(result.evaluation().customersServed()).isEqualTo(5);
        assertThat(result.evaluation().missedPenalty()).isEqualTo(10_000);
    }

    @Test
    void aRunIsReproducibleForASeedAndIterationCount() {
        ScheduleProblem problem = randomProblem(new Random(7), 25, 5);
        ScheduleEngine.Result first = new ScheduleEngine(11).solve(problem, ScheduleEngine.Limits.iterations(400));
        ScheduleEngine.Result second = new ScheduleEngine(11).solve(problem, ScheduleEngine.Limits.iterations(400));
        assertThat(second.evaluation().objective()).isEqualTo(first.evaluation().objective());
        assertThat(first.evaluation().feasible()).isTrue();
    }

    @Test
    void moreIterationsNeverEndWorseFromTheSameStart() {
        ScheduleProblem problem = randomProblem(new Random(3), 40, 5);
        double start = new ScheduleEngine(1).solve(problem, ScheduleEngine.Limits.iterations(0)).evaluation().objective();
        ScheduleEngine.Result searched = new ScheduleEngine(1).solve(problem, ScheduleEngine.Limits.iterations(2_000));
        assertThat(searched.evaluation().feasible()).isTrue();
        assertThat(searched.evaluation().customersServed()).isEqualTo(40);
        assertThat(searched.evaluation().objective()).isLessThan(start);
    }

    /** Customers on a 100 × 100 square, weekly-ish patterns over {@code days} days, 4 vehicles of capacity 60. */
    static ScheduleProblem randomProblem(Random random, int customers, int days) {
        int n = customers + 1;
        double[][] xy = new double[n][2];
        for (int i = 1; i < n; i++) {
            xy[i][0] = random.nextDouble() * 100;
            xy[i][1] = random.nextDouble() * 100;
        }
        xy[0][0] = 50;
        xy[0][1] = 50;
        double[][] travel = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                travel[a][b] = Math.hypot(xy[a][0] - xy[b][0], xy[a][1] - xy[b][1]);
            }
        }
        List<ScheduleProblem.Customer> list = new ArrayList<>();
        for (int c = 1; c < n; c++) {
            List<VisitPattern> patterns = new ArrayList<>();
            if (c % 3 == 0) {
                patterns.add(VisitPattern.of(0, 2, 4));
            } else if (c % 3 == 1) {
                patterns.add(VisitPattern.of(0, 3));
                patterns.add(VisitPattern.of(1, 4));
            } else {
                for (int d = 0; d < days; d++) {
                    patterns.add(VisitPattern.of(d));
                }
            }
            list.add(new ScheduleProblem.Customer(String.valueOf(c), c, 1 + random.nextInt(20), 0, patterns, 1e6));
        }
        List<ScheduleProblem.Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            vehicles.add(new ScheduleProblem.Vehicle("v" + v, 0, 60, Double.POSITIVE_INFINITY, 0));
        }
        return new ScheduleProblem("random", days, vehicles, list, travel, 1.0);
    }

    // ---- brute force: every pattern choice, then each day on its own (no fixed costs couple the days)

    static double bruteForce(ScheduleProblem problem) {
        int customers = problem.customers().size();
        int[] choice = new int[customers];
        double best = Double.POSITIVE_INFINITY;
        while (true) {
            double total = 0;
            for (int day = 0; day < problem.days() && total < best; day++) {
                List<Integer> today = new ArrayList<>();
                for (int c = 0; c < customers; c++) {
                    if (problem.customers().get(c).patterns().get(choice[c]).contains(day)) {
                        today.add(c);
                    }
                }
                total += bestDay(problem, today);
            }
            best = Math.min(best, total);
            int k = 0;
            while (k < customers && ++choice[k] == problem.customers().get(k).patterns().size()) {
                choice[k++] = 0;
            }
            if (k == customers) {
                return best;
            }
        }
    }

    /** Cheapest split of a day's customers among the vehicles (all alike here), each route in its best order. */
    private static double bestDay(ScheduleProblem problem, List<Integer> today) {
        int vehicles = problem.vehicles().size();
        int k = today.size();
        int assignments = (int) Math.pow(vehicles, k);
        double best = Double.POSITIVE_INFINITY;
        for (int a = 0; a < assignments; a++) {
            double total = 0;
            int code = a;
            List<List<Integer>> routes = new ArrayList<>();
            for (int v = 0; v < vehicles; v++) {
                routes.add(new ArrayList<>());
            }
            for (int c : today) {
                routes.get(code % vehicles).add(c);
                code /= vehicles;
            }
            for (int v = 0; v < vehicles && total < best; v++) {
                total += bestRoute(problem, problem.vehicles().get(v), routes.get(v));
            }
            best = Math.min(best, total);
        }
        return best;
    }

    private static double bestRoute(ScheduleProblem problem, ScheduleProblem.Vehicle vehicle, List<Integer> route) {
        if (route.isEmpty()) {
            return 0;
        }
        long load = 0;
        double service = 0;
        for (int c : route) {
            load += problem.customers().get(c).demand();
            service += problem.customers().get(c).serviceDuration();
        }
        if (load > vehicle.capacity()) {
            return Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        for (List<Integer> order : permutations(route)) {
            double travel = 0;
            int previous = vehicle.depotNode();
            for (int c : order) {
                travel += problem.travel()[previous][problem.customers().get(c).node()];
                previous = problem.customers().get(c).node();
            }
            travel += problem.travel()[previous][vehicle.depotNode()];
            if (travel + service <= vehicle.maxDuration()) {
                best = Math.min(best, travel);
            }
        }
        return best;
    }

    private static List<List<Integer>> permutations(List<Integer> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Integer>> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Integer> rest = new ArrayList<>(items);
            int first = rest.remove(i);
            for (List<Integer> tail : permutations(rest)) {
                List<Integer> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }
}
