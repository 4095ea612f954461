package ua.cnap.planner.routing.schedule;

import java.util.List;

/**
 * A periodic vehicle routing problem, the one model every routing feature solves: schedules of mobile
 * offices, the Cordeau PVRP instances and (as one day, one visit) the CVRPLIB instances.
 *
 * <p>Every working day of a cycle of {@code days} days, each vehicle may drive one route from its depot
 * and back. A customer is served on the days of exactly one of its allowed {@link VisitPattern}s, once
 * on each of those days, or not at all (then its {@code missedPenalty} is paid). A route carries at most
 * the vehicle's capacity and lasts at most its maximum duration (travel plus service). Cost: travel
 * times {@code travelCostPerUnit}, plus {@code fixedCost} of every vehicle that drives at all in the
 * cycle, plus missed penalties.
 *
 * @param name              shown in reports
 * @param days              days in the cycle
 * @param vehicles          the fleet
 * @param customers         what to serve
 * @param travel            [from node][to node] travel (time or distance units; durations use the same)
 * @param travelCostPerUnit price of one unit of travel
 */
public record ScheduleProblem(String name, int days, List<Vehicle> vehicles, List<Customer> customers,
        double[][] travel, double travelCostPerUnit) {

    /**
     * A vehicle.
     *
     * @param depotNode   node it starts and ends every route at
     * @param capacity    most demand a route carries ({@link Long#MAX_VALUE}: no limit)
     * @param maxDuration longest route, travel plus service ({@link Double#POSITIVE_INFINITY}: no limit)
     * @param fixedCost   paid once if the vehicle drives on any day of the cycle
     */
    public record Vehicle(String id, int depotNode, long capacity, double maxDuration, double fixedCost) {
    }

    /**
     * A customer.
     *
     * @param node            its node in {@code travel}
     * @param demand          load per visit
     * @param serviceDuration time spent per visit
     * @param patterns        allowed visit patterns (at least one)
     * @param missedPenalty   paid when the customer is not served at all
     */
    public record Customer(String id, int node, long demand, double serviceDuration, List<VisitPattern> patterns,
            double missedPenalty) {
        public Customer {
            patterns = List.copyOf(patterns);
            if (patterns.isEmpty()) {
                throw new IllegalArgumentException("customer " + id + " has no visit pattern");
            }
        }
    }

    public ScheduleProblem {
        vehicles = List.copyOf(vehicles);
        customers = List.copyOf(customers);
        if (days < 1) {
            throw new IllegalArgumentException("a cycle needs at least one day");
        }
        for (Customer customer : customers) {
            for (VisitPattern pattern : customer.patterns()) {
                if (pattern.days()[pattern.visits() - 1] >= days) {
                    throw new IllegalArgumentException("customer " + customer.id() + ": pattern " + pattern
                            + " outside the " + days + "-day cycle");
                }
            }
            checkNode(customer.node(), travel.length);
        }
        for (Vehicle vehicle : vehicles) {
            checkNode(vehicle.depotNode(), travel.length);
        }
    }

    private static void checkNode(int node, int nodes) {
        if (node < 0 || node >= nodes) {
            throw new IllegalArgumentException("node " + node + " outside the " + nodes + "-node travel matrix");
        }
    }

    /** Visits asked for if every customer is served on its largest pattern. */
    public int customerCount() {
        return customers.size();
    }
}
