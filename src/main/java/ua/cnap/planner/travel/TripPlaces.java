package ua.cnap.planner.travel;

import java.util.List;
import org.locationtech.jts.geom.Point;

/**
 * Where a point lies, as the regional variants see it: the {@link TripPlace} of the nearest hromada
 * centre (KSE table). Nearest centre, not the containing polygon: the fallback has no boundaries, and
 * near an oblast border this may take the neighbour's speed, a small error next to the model's own.
 * A linear scan over some 1,500 centres per search, negligible next to the search itself.
 */
public final class TripPlaces {

    /** No places: every point is {@link TripPlace#UNKNOWN}. */
    public static final TripPlaces NONE = new TripPlaces(List.of());

    /**
     * A hromada centre and its place.
     *
     * @param centre WGS84 lon/lat
     */
    public record Centre(Point centre, TripPlace place) {
    }

    private final double[] latRadians;
    private final double[] cosLat;
    private final double[] lonRadians;
    private final TripPlace[] places;

    public TripPlaces(List<Centre> centres) {
        int n = centres.size();
        latRadians = new double[n];
        cosLat = new double[n];
        lonRadians = new double[n];
        places = new TripPlace[n];
        for (int i = 0; i < n; i++) {
            Centre c = centres.get(i);
            latRadians[i] = Math.toRadians(c.centre().getY());
            cosLat[i] = Math.cos(latRadians[i]);
            lonRadians[i] = Math.toRadians(c.centre().getX());
            places[i] = c.place();
        }
    }

    public int size() {
        return places.length;
    }

    /** The place of the hromada centre nearest to the point; {@link TripPlace#UNKNOWN} without places. */
    public TripPlace find(Point point) {
        double lat = Math.toRadians(point.getY());
        double cos = Math.cos(lat);
        double lon = Math.toRadians(point.getX());
        double best = Double.POSITIVE_INFINITY;
        TripPlace found = TripPlace.UNKNOWN;
        for (int i = 0; i < places.length; i++) {
            double d = GreatCircle.distanceMeters(lat, cos, lon, latRadians[i], cosLat[i], lonRadians[i]);
            if (d < best) {
                best = d;
                found = places[i];
            }
        }
        return found;
    }
}
