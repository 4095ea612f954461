package ua.cnap.planner.travel;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * The seam where a travel-time model plugs in: a road network (GraphHopper) or the calibrated
 * straight-line fallback. Coverage, planning and routing ask only this.
 *
 * <p>Implementations must be safe to call from several threads.
 */
public interface TravelTimeModel {

    /** Name shown beside every result, e.g. {@code road (GraphHopper car, andorra.osm.pbf)}. */
    String name();

    /** The model's error against real trips where it was fitted; empty for a road network. */
    Optional<ModelError> error();

    /**
     * Travel from each origin to one destination (residents travel to the office). Origins that
     * cannot reach the destination within {@code limitSeconds} may be reported as
     * {@link Travel#UNREACHABLE}; those within it must be exact for the model.
     *
     * @return one entry per origin, in the same order
     */
    List<Travel> travelTo(Point destination, List<Point> origins, double limitSeconds);

    /**
     * The driven path from {@code from} to {@code to} for drawing routes; empty when the model has no
     * roads (callers then draw a straight line and say so).
     */
    default Optional<LineString> drivenPath(Point from, Point to) {
        return Optional.empty();
    }
}
