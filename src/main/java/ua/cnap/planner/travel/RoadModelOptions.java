package ua.cnap.planner.travel;

/**
 * Settings of the road model that are not in the OSM extract.
 *
 * @param carSpeedLimitKmh         if positive, every road is driven at most this fast (a custom-model
 *                                 {@code limit_to}); tests use it to know the exact answer. 0 = OSM speeds only
 * @param footLimitSeconds         walking is considered for trips up to this long (short trips, where
 *                                 walking can beat driving around one-way streets); 0 = never walk
 * @param maxSnapMeters            a point farther than this from any road of the profile is unreachable
 * @param accessSpeedMetersPerSecond speed of the straight leg between a point and its snapped road position
 *                                 (walking: a settlement centre or an office is usually off the road centre line)
 */
public record RoadModelOptions(double carSpeedLimitKmh, double footLimitSeconds, double maxSnapMeters,
        double accessSpeedMetersPerSecond) {

    /** 5 km/h: a walk to the road. */
    public static final double WALKING_METERS_PER_SECOND = 5.0 / 3.6;

    public RoadModelOptions {
        if (!(carSpeedLimitKmh >= 0) || !(footLimitSeconds >= 0) || !(maxSnapMeters >= 0)
                || !(accessSpeedMetersPerSecond > 0)) {
            throw new IllegalArgumentException("road model options out of range: car speed limit " + carSpeedLimitKmh
                    + " km/h, foot limit " + footLimitSeconds + " s, max snap " + maxSnapMeters
                    + " m, access speed " + accessSpeedMetersPerSecond + " m/s");
        }
    }

    /** OSM speeds, walking for trips up to 20 minutes, snapping up to 1 km. */
    public static RoadModelOptions defaults() {
        return new RoadModelOptions(0, 20 * 60, 1000, WALKING_METERS_PER_SECOND);
    }

    public RoadModelOptions withCarSpeedLimitKmh(double kmh) {
        return new RoadModelOptions(kmh, footLimitSeconds, maxSnapMeters, accessSpeedMetersPerSecond);
    }

    public RoadModelOptions withFootLimitSeconds(double seconds) {
        return new RoadModelOptions(carSpeedLimitKmh, seconds, maxSnapMeters, accessSpeedMetersPerSecond);
    }

    boolean walks() {
        return footLimitSeconds > 0;
    }
}
