package ua.cnap.planner.territory;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;

/**
 * Turns a boundary geometry into a valid MultiPolygon. Invalid ones (self-intersections, bow-ties,
 * rings touching themselves, as digitised boundaries often have) are repaired with JTS'
 * {@link GeometryFixer}, which keeps every covered area rather than dropping parts as the classic
 * {@code buffer(0)} trick can. Each repair is written to the import log with JTS' own diagnosis.
 */
public final class BoundaryRepair {

    private BoundaryRepair() {
    }

    /**
     * The geometry as a valid MultiPolygon in WGS84, or null when nothing polygonal with an area
     * remains (the caller rejects the item).
     */
    public static MultiPolygon toValidMultiPolygon(Geometry geometry, String source, String item, ImportLog log) {
        if (geometry == null || geometry.isEmpty()) {
            return null;
        }
        Geometry polygonal = geometry;
        IsValidOp validity = new IsValidOp(geometry);
        if (!validity.isValid()) {
            TopologyValidationError error = validity.getValidationError();
            polygonal = GeometryFixer.fix(geometry);
            boolean selfIntersecting = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                    || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION;
            log.repaired(source, item, (selfIntersecting ? "self-intersecting" : "invalid")
                    + " polygon repaired (was: " + error.getMessage() + " at lon " + error.getCoordinate().x
                    + ", lat " + error.getCoordinate().y + ")");
        }
        @SuppressWarnings("unchecked")
        List<Polygon> parts = PolygonExtracter.getPolygons(polygonal);
        parts.removeIf(Polygon::isEmpty);
        if (parts.isEmpty()) {
            return null;
        }
        MultiPolygon result = Wgs84.toMultiPolygon(Wgs84.FACTORY.createMultiPolygon(
                parts.stream().map(p -> (Polygon) Wgs84.FACTORY.createGeometry(p)).toArray(Polygon[]::new)));
        return result.getArea() > 0 ? result : null;
    }
}
