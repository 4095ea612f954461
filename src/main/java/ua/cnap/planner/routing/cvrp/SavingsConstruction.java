package ua.cnap.planner.routing.cvrp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Initial routes for the solver: Clarke and Wright's parallel savings (merge the two route ends
 * {@code i}, {@code j} with the largest {@code d(0,i) + d(0,j) − d(i,j)} while the load fits), then,
 * if that leaves more routes than vehicles, the lightest routes are dissolved and their customers
 * put where they cost least, preferring positions where they fit. The result has at most
 * {@code vehicleCount} routes and every customer once; it respects capacity whenever the
 * dissolving finds room (local search repairs the rest).
 *
 * <p>Written here rather than taken from a library: OptaPlanner 10.1.0 has no savings heuristic,
 * and the algorithm is a few dozen lines on the distance matrix.
 */
final class SavingsConstruction {

    private SavingsConstruction() {
    }

    /** Routes of customer node indices, depot left out; at most {@code vehicleCount} of them. */
    static List<List<Integer>> routes(CvrpProblem problem, int vehicleCount) {
        if (vehicleCount < 1) {
            throw new IllegalArgumentException("vehicle count " + vehicleCount + " < 1");
        }
        List<List<Integer>> routes = savings(problem);
        reduceTo(problem, routes, vehicleCount);
        return routes;
    }

    /** Parallel savings; every customer ends in exactly one route. */
    static List<List<Integer>> savings(CvrpProblem problem) {
        int n = problem.n();
        int depot = problem.depot();
        int[][] d = problem.distance();
        int[] demand = problem.demand();
        // route of each node as a deque held in a list; routeOf[node] = its route index
        List<List<Integer>> routes = new ArrayList<>();
        int[] routeOf = new int[n];
        long[] load = new long[n];
        Arrays.fill(routeOf, -1);
        for (int i = 0; i < n; i++) {
            if (i != depot) {
                routeOf[i] = routes.size();
                load[routes.size()] = demand[i];
                routes.add(new ArrayList<>(List.of(i)));
            }
        }
        List<long[]> savings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (i != depot && j != depot) {
                    savings.add(new long[] { (long) d[depot][i] + d[depot][j] - d[i][j], i, j });
                }
            }
        }
        // largest saving first; ties by node indices so the order never depends on the sort
        savings.sort(Comparator.<long[]>comparingLong(s -> -s[0]).thenComparingLong(s -> s[1]).thenComparingLong(s -> s[2]));
        for (long[] s : savings) {
            if (s[0] <= 0) {
                break;
            }
            int i = (int) s[1];
            int j = (int) s[2];
            int ri = routeOf[i];
            int rj = routeOf[j];
            if (ri == rj || load[ri] + load[rj] > problem.capacity()) {
                continue;
            }
            List<Integer> a = routes.get(ri);
            List<Integer> b = routes.get(rj);
            boolean iFirst = a.get(0) == i;
            boolean iLast = a.get(a.size() - 1) == i;
            boolean jFirst = b.get(0) == j;
            boolean jLast = b.get(b.size() - 1) == j;
            if (!(iFirst || iLast) || !(jFirst || jLast)) {
                continue; // an interior customer cannot be linked
            }
            // make a end with i and b start with j, then append b to a
            if (!iLast) {
                java.util.Collections.reverse(a);
            }
            if (!jFirst) {
                java.util.Collections.reverse(b);
            }
            a.addAll(b);
            for (int node : b) {
                routeOf[node] = ri;
            }
            load[ri] += load[rj];
            load[rj] = 0;
            b.clear();
        }
        List<List<Integer>> result = new ArrayList<>();
        for (List<Integer> route : routes) {
            if (!route.isEmpty()) {
                result.add(route);
            }
        }
        return result;
    }

    /** Dissolves the lightest routes until at most {@code vehicleCount} remain. */
    static void reduceTo(CvrpProblem problem, List<List<Integer>> routes, int vehicleCount) {
        while (routes.size() > vehicleCount) {
            List<Integer> lightest = routes.stream().min(Comparator.comparingLong(r -> load(problem, r))).orElseThrow();
            routes.remove(lightest);
            List<Integer> customers = new ArrayList<>(lightest);
            customers.sort(Comparator.<Integer>comparingInt(c -> -problem.demand()[c]).thenComparingInt(c -> c));
            for (int customer : customers) {
                insertCheapest(problem, routes, customer);
            }
        }
    }

    /**
     * Puts {@code customer} where it adds least distance among the routes it fits in; if it fits
     * nowhere, into the route it overloads least.
     */
    static void insertCheapest(CvrpProblem problem, List<List<Integer>> routes, int customer) {
        int[][] d = problem.distance();
        int depot = problem.depot();
        long bestOverload = Long.MAX_VALUE;
        long bestDelta = Long.MAX_VALUE;
        List<Integer> bestRoute = null;
        int bestPosition = 0;
        for (List<Integer> route : routes) {
            long overload = Math.max(0, load(problem, route) + problem.demand()[customer] - problem.capacity());
            if (overload > bestOverload) {
                continue;
            }
            for (int p = 0; p <= route.size(); p++) {
                int before = p == 0 ? depot : route.get(p - 1);
                int after = p == route.size() ? depot : route.get(p);
                long delta = (long) d[before][customer] + d[customer][after] - d[before][after];
                if (overload < bestOverload || delta < bestDelta) {
                    bestOverload = overload;
                    bestDelta = delta;
                    bestRoute = route;
                    bestPosition = p;
                }
            }
        }
        bestRoute.add(bestPosition, customer);
    }

    static long load(CvrpProblem problem, List<Integer> route) {
        long total = 0;
        for (int node : route) {
            total += problem.demand()[node];
        }
        return total;
    }
}
