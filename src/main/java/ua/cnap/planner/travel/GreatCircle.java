package ua.cnap.planner.travel;

import org.locationtech.jts.geom.Point;

/**
 * Great-circle (haversine) distance on a sphere of the mean Earth radius. Spherical rather than
 * ellipsoidal (GeoTools' GeodeticCalculator would give Vincenty) on purpose: the error of the
 * sphere, at most about 0.5 %, is far below the error of any straight-line travel model, and the
 * haversine is cheap enough to run for every origin and destination of the country.
 * Coordinates are WGS84 degrees in the order longitude, latitude (as {@link ua.cnap.planner.io.Wgs84}
 * and JTS x, y).
 */
public final class GreatCircle {

    /** IUGG mean Earth radius R1 = (2a + b) / 3 of WGS84, in metres. */
    public static final double MEAN_EARTH_RADIUS_METERS = 6_371_008.8;

    private GreatCircle() {
    }

    /** Distance in metres between two lon/lat points (JTS x = longitude, y = latitude). */
    public static double distanceMeters(Point a, Point b) {
        return distanceMeters(a.getX(), a.getY(), b.getX(), b.getY());
    }

    /** Distance in metres between two points given in WGS84 degrees, longitude first. */
    public static double distanceMeters(double lonA, double latA, double lonB, double latB) {
        double latARadians = Math.toRadians(latA);
        double latBRadians = Math.toRadians(latB);
        return distanceMeters(latARadians, Math.cos(latARadians), Math.toRadians(lonA),
                latBRadians, Math.cos(latBRadians), Math.toRadians(lonB));
    }

    /**
     * The haversine on radians with the cosines of both latitudes given, so that a caller
     * measuring many points from one point computes that point's cosine once.
     */
    static double distanceMeters(double latARadians, double cosLatA, double lonARadians,
            double latBRadians, double cosLatB, double lonBRadians) {
        double sinHalfDeltaLat = Math.sin((latBRadians - latARadians) / 2);
        double sinHalfDeltaLon = Math.sin((lonBRadians - lonARadians) / 2);
        double h = sinHalfDeltaLat * sinHalfDeltaLat + cosLatA * cosLatB * sinHalfDeltaLon * sinHalfDeltaLon;
        return 2 * MEAN_EARTH_RADIUS_METERS * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
