package ua.cnap.planner.planning.pmedian;

/**
 * A vertex as demand, for the constraint-stream score only.
 *
 * @param distanceToVertex row of the problem's distance matrix (shared, not copied)
 */
public record Customer(int index, long weight, int[] distanceToVertex) {
}
