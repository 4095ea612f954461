package ua.cnap.planner.territory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Finds the hromada a point lies in: an STR-tree over prepared hromada polygons, so that tens of
 * thousands of settlements are placed in well under a second. Hromadas without a polygon are
 * never found here; callers fall back to {@link #findNearest}.
 */
public final class HromadaLocator {

    /** Mean Earth radius (IUGG), for converting small degree distances to metres. */
    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private record Entry(Hromada hromada, PreparedGeometry polygon) {
    }

    private final STRtree index = new STRtree();

    public HromadaLocator(Collection<Hromada> hromadas) {
        for (Hromada hromada : hromadas) {
            hromada.findBoundary().ifPresent(boundary -> index.insert(boundary.getEnvelopeInternal(),
                    new Entry(hromada, PreparedGeometryFactory.prepare(boundary))));
        }
        index.build();
    }

    /** The hromada whose polygon contains the point (boundary included). */
    public Optional<Hromada> findContaining(Point point) {
        @SuppressWarnings("unchecked")
        List<Entry> candidates = index.query(point.getEnvelopeInternal());
        for (Entry entry : candidates) {
            if (entry.polygon().covers(point)) {
                return Optional.of(entry.hromada());
            }
        }
        return Optional.empty();
    }

    /**
     * The hromada whose polygon is nearest to a point outside all polygons, if it lies within
     * {@code maxDistanceMeters}: real points often fall just outside their own boundary.
     */
    public Optional<Located> findNearest(Point point, double maxDistanceMeters) {
        double latRadians = Math.toRadians(point.getY());
        double degreesLat = Math.toDegrees(maxDistanceMeters / EARTH_RADIUS_METERS);
        double degreesLon = degreesLat / Math.max(0.01, Math.cos(latRadians));
        Envelope search = new Envelope(point.getCoordinate());
        search.expandBy(degreesLon, degreesLat);
        @SuppressWarnings("unchecked")
        List<Entry> candidates = index.query(search);
        Located best = null;
        for (Entry entry : candidates) {
            var nearest = DistanceOp.nearestPoints(entry.hromada().boundary(), point);
            double meters = approximateMeters(nearest[0].y, nearest[0].x, point.getY(), point.getX());
            if (meters <= maxDistanceMeters && (best == null || meters < best.distanceMeters())) {
                best = new Located(entry.hromada(), meters);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Equirectangular distance: exact enough below a few tens of kilometres. */
    private static double approximateMeters(double lat1, double lon1, double lat2, double lon2) {
        double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return Math.sqrt(x * x + y * y) * EARTH_RADIUS_METERS;
    }

    /** A hromada found near, not in, a point, and how far its boundary is. */
    public record Located(Hromada hromada, double distanceMeters) {
    }
}
