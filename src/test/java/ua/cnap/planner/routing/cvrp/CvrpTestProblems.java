package ua.cnap.planner.routing.cvrp;

import java.util.Random;

/** Hand-made CVRP instances for the tests (coordinates drawn from a fixed seed). */
final class CvrpTestProblems {

    private CvrpTestProblems() {
    }

    /**
     * Depot at the centre of a 100 × 100 square and {@code customers} customers at random points
     * with demands 1..30; the vehicle count is the capacity bound plus one.
     */
    static CvrpProblem random(int customers, int capacity, long seed) {
        Random random = new Random(seed);
        int n = customers + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] demand = new int[n];
        x[0] = 50;
        y[0] = 50;
        long total = 0;
        for (int i = 1; i < n; i++) {
            x[i] = random.nextInt(101);
            y[i] = random.nextInt(101);
            demand[i] = 1 + random.nextInt(30);
            total += demand[i];
        }
        int[][] distance = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                distance[i][j] = CvrplibReader.roundedDistance(x[i], y[i], x[j], y[j]);
            }
        }
        int vehicles = (int) ((total + capacity - 1) / capacity) + 1;
        return new CvrpProblem("random-n" + n + "-k" + vehicles, capacity, 0, demand, distance, x, y, vehicles);
    }
}
