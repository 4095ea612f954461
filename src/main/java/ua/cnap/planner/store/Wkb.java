package ua.cnap.planner.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import ua.cnap.planner.io.Wgs84;

/**
 * Geometry crosses JDBC as WKB in both stores ({@code ST_GeomFromWKB(?, 4326)} in,
 * {@code ST_AsBinary(column)} out): both H2GIS and PostGIS speak it, so one repository serves both
 * without driver-specific geometry types.
 */
final class Wkb {

    /** SQL expression for a geometry parameter. */
    static final String PARAMETER = "ST_GeomFromWKB(?, 4326)";

    private Wkb() {
    }

    static String column(String name) {
        return "ST_AsBinary(" + name + ") AS " + name;
    }

    static byte[] write(Geometry geometry) {
        return geometry == null ? null : new WKBWriter(2).write(geometry);
    }

    @SuppressWarnings("unchecked")
    static <G extends Geometry> G read(ResultSet rs, String column) throws SQLException {
        byte[] bytes = rs.getBytes(column);
        if (bytes == null) {
            return null;
        }
        try {
            Geometry geometry = new WKBReader(Wgs84.FACTORY).read(bytes);
            geometry.setSRID(Wgs84.SRID);
            return (G) geometry;
        } catch (ParseException e) {
            throw new SQLException("unreadable geometry in column " + column + ": " + e.getMessage(), e);
        }
    }
}
