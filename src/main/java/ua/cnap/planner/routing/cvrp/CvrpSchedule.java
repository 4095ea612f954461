package ua.cnap.planner.routing.cvrp;

import java.util.ArrayList;
import java.util.List;
import ua.cnap.planner.routing.schedule.Schedule;
import ua.cnap.planner.routing.schedule.ScheduleEngine;
import ua.cnap.planner.routing.schedule.ScheduleEvaluator;
import ua.cnap.planner.routing.schedule.ScheduleProblem;
import ua.cnap.planner.routing.schedule.VisitPattern;

/**
 * A CVRP instance as the schedule engine's one-day, one-visit case: the same engine that plans mobile
 * routes and the periodic benchmark solves it, so {@code bench cvrp} measures that engine.
 */
public final class CvrpSchedule {

    private CvrpSchedule() {
    }

    /**
     * One day; each customer node one visit on it; {@link #vehicleCount} vehicles of the instance's
     * capacity at its depot, no duration limit; travel the instance's (rounded) distances.
     */
    public static ScheduleProblem of(CvrpProblem problem) {
        int n = problem.n();
        double[][] travel = new double[n][n];
        long longest = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                travel[a][b] = problem.distance()[a][b];
                longest = Math.max(longest, problem.distance()[a][b]);
            }
        }
        // a customer left out would cost more than any set of routes
        double missed = (double) (longest + 1) * n * 2;
        List<ScheduleProblem.Customer> customers = new ArrayList<>();
        for (int node = 0; node < n; node++) {
            if (node != problem.depot()) {
                customers.add(new ScheduleProblem.Customer(String.valueOf(node + 1), node, problem.demand()[node], 0,
                        List.of(VisitPattern.of(0)), missed));
            }
        }
        List<ScheduleProblem.Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < vehicleCount(problem); v++) {
            vehicles.add(new ScheduleProblem.Vehicle("vehicle-" + (v + 1), problem.depot(), problem.capacity(),
                    Double.POSITIVE_INFINITY, 0));
        }
        return new ScheduleProblem(problem.name(), 1, vehicles, customers, travel, 1.0);
    }

    /** Solves on the schedule engine; objective and feasibility recomputed from the routes. */
    public static CvrpResult solve(CvrpProblem problem, ScheduleEngine engine, ScheduleEngine.Limits limits) {
        ScheduleProblem schedule = of(problem);
        ScheduleEngine.Result result = engine.solve(schedule, limits);
        List<List<Integer>> routes = routesOf(schedule, result.schedule());
        ScheduleEvaluator.Evaluation evaluation = result.evaluation();
        boolean feasible = evaluation.feasible() && evaluation.customersServed() == schedule.customers().size();
        return new CvrpResult(problem.costOf(routes), routes, feasible, result.seconds());
    }

    /** Customer node indices per vehicle (depot left out), empty routes included. */
    static List<List<Integer>> routesOf(ScheduleProblem problem, Schedule schedule) {
        List<List<Integer>> routes = new ArrayList<>();
        for (int v = 0; v < problem.vehicles().size(); v++) {
            List<Integer> route = new ArrayList<>();
            for (int c : schedule.route(v, 0)) {
                route.add(problem.customers().get(c).node());
            }
            routes.add(List.copyOf(route));
        }
        return List.copyOf(routes);
    }

    /**
     * The instance's own vehicle count when it has one (CVRPLIB A-set optima use exactly k routes);
     * otherwise the capacity lower bound plus one, so that bin-packing slack remains.
     */
    public static int vehicleCount(CvrpProblem problem) {
        if (problem.vehicles() != null) {
            return problem.vehicles();
        }
        return (int) ((problem.totalDemand() + problem.capacity() - 1) / problem.capacity()) + 1;
    }
}
