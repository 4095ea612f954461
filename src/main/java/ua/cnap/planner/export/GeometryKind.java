package ua.cnap.planner.export;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The geometry of a layer's features, declared once per layer so that a GeoPackage table gets a
 * typed geometry column and CSV knows whether it can write lon/lat columns.
 */
public enum GeometryKind {
    POINT(Point.class),
    LINESTRING(LineString.class),
    MULTILINESTRING(MultiLineString.class),
    POLYGON(Polygon.class),
    MULTIPOLYGON(MultiPolygon.class);

    private final Class<? extends Geometry> jtsType;

    GeometryKind(Class<? extends Geometry> jtsType) {
        this.jtsType = jtsType;
    }

    /** A feature's geometry fits the layer (null fits: a feature may lack geometry). */
    public boolean accepts(Geometry geometry) {
        return geometry == null || jtsType.isInstance(geometry);
    }
}
