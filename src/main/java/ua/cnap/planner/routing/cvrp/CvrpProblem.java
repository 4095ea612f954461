package ua.cnap.planner.routing.cvrp;

import java.util.List;
import java.util.Objects;

/**
 * A capacitated vehicle routing instance: nodes {@code 0..n-1}, one of them the depot; every
 * other node is a customer to be visited exactly once by a route that starts and ends at the depot
 * and carries at most {@code capacity}.
 *
 * @param distance  symmetric edge costs; for CVRPLIB EUC_2D files the Euclidean distance rounded to
 *                  the nearest integer (TSPLIB {@code nint})
 * @param vehicles  the number of vehicles the instance is meant for (the {@code -kN} of the name or
 *                  the COMMENT's "No of trucks"); null when the file does not say
 */
public record CvrpProblem(String name, int capacity, int depot, int[] demand, int[][] distance, double[] x,
        double[] y, Integer vehicles) {

    public CvrpProblem {
        Objects.requireNonNull(name);
        if (depot < 0 || depot >= demand.length || distance.length != demand.length) {
            throw new IllegalArgumentException("depot " + depot + " or distance matrix does not fit " + demand.length + " nodes");
        }
    }

    /** Number of nodes, depot included (CVRPLIB's DIMENSION). */
    public int n() {
        return demand.length;
    }

    public long totalDemand() {
        long total = 0;
        for (int i = 0; i < demand.length; i++) {
            if (i != depot) {
                total += demand[i];
            }
        }
        return total;
    }

    /** Cost of the routes, each a list of customer node indices without the depot: depot → … → depot. */
    public long costOf(List<List<Integer>> routes) {
        long cost = 0;
        for (List<Integer> route : routes) {
            int previous = depot;
            for (int node : route) {
                cost += distance[previous][node];
                previous = node;
            }
            cost += distance[previous][depot];
        }
        return cost;
    }
}
