package ua.cnap.planner.travel;

/**
 * The straight-line fallback: a trip of great-circle length {@code d} takes
 * {@code accessSeconds + circuityFactor · d / speedMetersPerSecond} and runs
 * {@code circuityFactor · d} metres of road.
 *
 * <p>From travel times alone only the ratio {@code circuityFactor / speedMetersPerSecond} (seconds
 * per great-circle metre) can be fitted; circuity and speed are not separately identifiable. So the
 * circuity factor is an assumption, given from outside (see
 * {@link FallbackCalibration#DEFAULT_CIRCUITY_FACTOR}), and the fitted speed is the speed that
 * assumption implies. The time does not depend on the assumption; the road distance (used for the
 * 14 km rule) does.
 *
 * @param accessSeconds         fixed time per trip (getting to and from the road network, start-up)
 * @param circuityFactor        road length over great-circle length, at least 1
 * @param speedMetersPerSecond  mean speed along the road
 */
public record FallbackParameters(double accessSeconds, double circuityFactor, double speedMetersPerSecond) {

    public FallbackParameters {
        if (!Double.isFinite(accessSeconds) || accessSeconds < 0) {
            throw new IllegalArgumentException("access time must be a finite number of seconds >= 0: " + accessSeconds);
        }
        if (!Double.isFinite(circuityFactor) || circuityFactor < 1) {
            throw new IllegalArgumentException("circuity factor must be finite and >= 1 (a road is never shorter "
                    + "than the great circle): " + circuityFactor);
        }
        if (!Double.isFinite(speedMetersPerSecond) || speedMetersPerSecond <= 0) {
            throw new IllegalArgumentException("speed must be a finite number of m/s > 0: " + speedMetersPerSecond);
        }
    }

    /** Travel time in seconds for a trip of this great-circle length. */
    public double secondsFor(double greatCircleMeters) {
        return accessSeconds + greatCircleMeters * secondsPerGreatCircleMeter();
    }

    /** Road distance in metres for a trip of this great-circle length. */
    public double roadMetersFor(double greatCircleMeters) {
        return circuityFactor * greatCircleMeters;
    }

    /** The one slope that the data determine: circuity over speed. */
    public double secondsPerGreatCircleMeter() {
        return circuityFactor / speedMetersPerSecond;
    }

    public double speedKilometersPerHour() {
        return speedMetersPerSecond * 3.6;
    }

    public double accessMinutes() {
        return accessSeconds / 60;
    }
}
