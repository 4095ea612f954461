package ua.cnap.planner.travel;

/**
 * One trip's cost: time and distance along the route the model takes.
 *
 * @param seconds travel time, {@link Double#POSITIVE_INFINITY} when unreachable within the limit
 * @param meters  distance along the route, {@link Double#POSITIVE_INFINITY} when unreachable
 */
public record Travel(double seconds, double meters) {

    public static final Travel UNREACHABLE = new Travel(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    public boolean reachable() {
        return Double.isFinite(seconds);
    }
}
