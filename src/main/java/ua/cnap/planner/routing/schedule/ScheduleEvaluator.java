package ua.cnap.planner.routing.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one yardstick for every schedule, independent of the solver that made it: recomputes the cost
 * from the routes and checks every rule (a customer on exactly the days of its chosen pattern, once a
 * day; capacity and duration of every route). Tests, the benchmarks and the routes service use it.
 */
public final class ScheduleEvaluator {

    /** Tolerance for comparing real-valued durations. */
    static final double EPSILON = 1e-6;

    private ScheduleEvaluator() {
    }

    /**
     * What a schedule costs and which rules it breaks.
     *
     * @param travel          travel units driven (distance or time, as the problem's matrix)
     * @param travelCost      travel times its price
     * @param fixedCost       fixed costs of the vehicles that drive
     * @param missedPenalty   penalties of customers not served
     * @param vehiclesUsed    vehicles with at least one route
     * @param customersServed customers on a pattern
     * @param visits          visits made
     * @param maxDuration     the longest route (travel plus service)
     * @param violations      broken rules, in words; empty when feasible
     */
    public record Evaluation(double travel, double travelCost, double fixedCost, double missedPenalty,
            int vehiclesUsed, int customersServed, int visits, double maxDuration, List<String> violations) {

        /** No rule broken (customers may be unserved: that is priced, not forbidden). */
        public boolean feasible() {
            return violations.isEmpty();
        }

        /** Travel and fixed costs, without missed penalties. */
        public double cost() {
            return travelCost + fixedCost;
        }

        /** What the search minimises: cost plus missed penalties. */
        public double objective() {
            return travelCost + fixedCost + missedPenalty;
        }
    }

    public static Evaluation evaluate(ScheduleProblem problem, Schedule schedule) {
        List<String> violations = new ArrayList<>();
        int customers = problem.customers().size();
        int vehicles = problem.vehicles().size();
        if (schedule.routes().length != vehicles || schedule.pattern().length != customers) {
            throw new IllegalArgumentException("schedule does not fit the problem's vehicles or customers");
        }
        // visitDay[c][d]: how many times customer c is visited on day d
        int[][] visitsOnDay = new int[customers][problem.days()];
        double travel = 0;
        double fixed = 0;
        double maxDuration = 0;
        int vehiclesUsed = 0;
        int visits = 0;
        for (int v = 0; v < vehicles; v++) {
            ScheduleProblem.Vehicle vehicle = problem.vehicles().get(v);
            if (schedule.routes()[v].length != problem.days()) {
                throw new IllegalArgumentException("vehicle " + vehicle.id() + " needs one route per day");
            }
            boolean used = false;
            for (int d = 0; d < problem.days(); d++) {
                int[] route = schedule.routes()[v][d];
                if (route.length == 0) {
                    continue;
                }
                used = true;
                int previous = vehicle.depotNode();
                double routeTravel = 0;
                double service = 0;
                long load = 0;
                for (int c : route) {
                    ScheduleProblem.Customer customer = problem.customers().get(c);
                    routeTravel += problem.travel()[previous][customer.node()];
                    service += customer.serviceDuration();
                    load += customer.demand();
                    previous = customer.node();
                    visitsOnDay[c][d]++;
                    visits++;
                }
                routeTravel += problem.travel()[previous][vehicle.depotNode()];
                travel += routeTravel;
                double duration = routeTravel + service;
                maxDuration = Math.max(maxDuration, duration);
                if (load > vehicle.capacity()) {
                    violations.add(String.format(Locale.ROOT, "%s day %d: load %d over capacity %d",
                            vehicle.id(), d + 1, load, vehicle.capacity()));
                }
                if (duration > vehicle.maxDuration() + EPSILON) {
                    violations.add(String.format(Locale.ROOT, "%s day %d: route lasts %.2f, longer than %.2f",
                            vehicle.id(), d + 1, duration, vehicle.maxDuration()));
                }
            }
            if (used) {
                vehiclesUsed++;
                fixed += vehicle.fixedCost();
            }
        }
        double missed = 0;
        int served = 0;
        for (int c = 0; c < customers; c++) {
            ScheduleProblem.Customer customer = problem.customers().get(c);
            int chosen = schedule.pattern()[c];
            if (chosen < -1 || chosen >= customer.patterns().size()) {
                violations.add("customer " + customer.id() + ": no pattern " + chosen);
                continue;
            }
            VisitPattern pattern = chosen < 0 ? null : customer.patterns().get(chosen);
            if (pattern == null) {
                missed += customer.missedPenalty();
            } else {
                served++;
            }
            for (int d = 0; d < problem.days(); d++) {
                int expected = pattern != null && pattern.contains(d) ? 1 : 0;
                if (visitsOnDay[c][d] > 1) {
                    violations.add("customer " + customer.id() + ": visited " + visitsOnDay[c][d] + " times on day "
                            + (d + 1));
                } else if (visitsOnDay[c][d] != expected) {
                    violations.add("customer " + customer.id() + ": " + (expected == 1 ? "not visited" : "visited")
                            + " on day " + (d + 1) + ", against its pattern " + (pattern == null ? "(none)" : pattern));
                }
            }
        }
        return new Evaluation(travel, travel * problem.travelCostPerUnit(), fixed, missed, vehiclesUsed, served,
                visits, maxDuration, List.copyOf(violations));
    }
}
