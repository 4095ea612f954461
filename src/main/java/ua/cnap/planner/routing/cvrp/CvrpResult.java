package ua.cnap.planner.routing.cvrp;

import java.util.List;

/**
 * A solved instance.
 *
 * @param objective total route distance in the instance's (rounded) units, recomputed from the routes
 * @param routes    customer node indices per vehicle, depot left out; empty routes included
 * @param feasible  every customer exactly once and no route over capacity
 */
public record CvrpResult(long objective, List<List<Integer>> routes, boolean feasible, double seconds) {
}
