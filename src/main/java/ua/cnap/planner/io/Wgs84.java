package ua.cnap.planner.io;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * WGS84 longitude/latitude geometries (EPSG:4326, axis order lon, lat as in GeoJSON). Every
 * geometry in the model is built here, so all of them carry SRID 4326.
 */
public final class Wgs84 {

    public static final int SRID = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private Wgs84() {
    }

    /**
     * A point from user input; NaN, infinite or out-of-range coordinates are refused with a
     * message naming the source and item.
     */
    public static Point point(double lon, double lat, String source, String item) {
        if (!isLonLat(lon, lat)) {
            throw new BadInputException(source, item,
                    "impossible coordinates lon=" + lon + ", lat=" + lat
                            + " (expected WGS84 degrees: longitude -180..180, latitude -90..90)");
        }
        return FACTORY.createPoint(new Coordinate(lon, lat));
    }

    public static boolean isLonLat(double lon, double lat) {
        return Double.isFinite(lon) && Double.isFinite(lat)
                && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
    }

    /** True if every coordinate of the geometry lies in lon/lat degree ranges. */
    public static boolean isLonLat(Geometry geometry) {
        return firstNotLonLat(geometry) == null;
    }

    /** The first coordinate outside lon/lat degree ranges (NaN and infinities included), or null. */
    public static Coordinate firstNotLonLat(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!isLonLat(c.x, c.y)) {
                return c;
            }
        }
        return null;
    }

    /** Polygons become one-part MultiPolygons; MultiPolygons pass; anything else is null. */
    public static MultiPolygon toMultiPolygon(Geometry geometry) {
        if (geometry instanceof MultiPolygon multi) {
            multi.setSRID(SRID);
            return multi;
        }
        if (geometry instanceof Polygon polygon) {
            return FACTORY.createMultiPolygon(new Polygon[] {polygon});
        }
        if (geometry != null && geometry.getNumGeometries() > 0) {
            java.util.List<Polygon> polygons = new java.util.ArrayList<>();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (geometry.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    polygons.add(p);
                }
            }
            return polygons.isEmpty() ? null : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        }
        return null;
    }
}
