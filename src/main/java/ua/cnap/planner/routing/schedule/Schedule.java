package ua.cnap.planner.routing.schedule;

/**
 * A solution of a {@link ScheduleProblem}, solver-neutral.
 *
 * @param routes  [vehicle][day] customer indices in driving order (the depot left out)
 * @param pattern per customer, the index of its chosen pattern in {@code Customer.patterns()}, or -1
 *                when the customer is not served
 */
public record Schedule(int[][][] routes, int[] pattern) {

    /** Indices of the customers served by {@code vehicle} on {@code day}. */
    public int[] route(int vehicle, int day) {
        return routes[vehicle][day];
    }

    public boolean isServed(int customer) {
        return pattern[customer] >= 0;
    }
}
