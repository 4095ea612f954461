package ua.cnap.planner.io;

import java.util.Locale;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Geometry;

/**
 * Reprojects geometries to WGS84 lon/lat with GeoTools' referencing (EPSG database bundled in the
 * GeoTools wrapper). Accepts the spellings real files use: {@code EPSG:3857},
 * {@code urn:ogc:def:crs:EPSG::32635}, {@code urn:ogc:def:crs:OGC:1.3:CRS84}, WKT from a .prj file.
 */
public final class CrsTransform {

    private final String crsName;
    private final MathTransform toWgs84;

    private CrsTransform(String crsName, MathTransform toWgs84) {
        this.crsName = crsName;
        this.toWgs84 = toWgs84;
    }

    /** True for names that already mean WGS84 lon/lat. */
    public static boolean isWgs84(String crsName) {
        if (crsName == null) {
            return true;
        }
        String n = crsName.strip().toUpperCase(Locale.ROOT);
        return n.endsWith("CRS84") || n.equals("EPSG:4326") || n.endsWith("EPSG::4326")
                || n.endsWith("EPSG:4326") || n.equals("4326");
    }

    /**
     * A transform from the named CRS (an authority code or WKT) to WGS84 lon/lat.
     *
     * @throws BadInputException naming the source if the CRS is unknown
     */
    public static CrsTransform from(String crsName, String source) {
        try {
            CoordinateReferenceSystem sourceCrs = decode(crsName);
            CoordinateReferenceSystem wgs84 = CRS.decode("EPSG:4326", true);
            return new CrsTransform(crsName, CRS.findMathTransform(sourceCrs, wgs84, true));
        } catch (FactoryException | RuntimeException e) {
            throw new BadInputException(source, "crs", "unknown coordinate reference system '" + crsName + "': "
                    + e.getMessage(), e);
        }
    }

    /**
     * A transform from a CRS that a reader already holds (a GeoTIFF's) to WGS84 lon/lat; identity
     * transforms report {@link #isIdentity()}.
     */
    public static CrsTransform from(CoordinateReferenceSystem sourceCrs, String source) {
        try {
            CoordinateReferenceSystem wgs84 = CRS.decode("EPSG:4326", true);
            return new CrsTransform(sourceCrs.getName().toString(), CRS.findMathTransform(sourceCrs, wgs84, true));
        } catch (FactoryException | RuntimeException e) {
            throw new BadInputException(source, "crs", "cannot reproject from " + sourceCrs.getName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** True if the source CRS already is WGS84 lon/lat (same axes, same datum). */
    public boolean isIdentity() {
        return toWgs84.isIdentity();
    }

    private static CoordinateReferenceSystem decode(String crsName) throws FactoryException {
        String name = crsName.strip();
        if (name.startsWith("PROJCS") || name.startsWith("GEOGCS") || name.startsWith("PROJCRS")
                || name.startsWith("GEOGCRS")) {
            return CRS.parseWKT(name);
        }
        String upper = name.toUpperCase(Locale.ROOT);
        int epsg = upper.lastIndexOf("EPSG");
        if (epsg >= 0) {
            String digits = upper.substring(epsg).replaceAll("[^0-9]", "");
            return CRS.decode("EPSG:" + digits, true);
        }
        if (upper.matches("\\d+")) {
            return CRS.decode("EPSG:" + upper, true);
        }
        return CRS.decode(name, true);
    }

    public Geometry apply(Geometry geometry, String source, String item) {
        try {
            Geometry transformed = JTS.transform(geometry, toWgs84);
            transformed.setSRID(Wgs84.SRID);
            return transformed;
        } catch (TransformException e) {
            throw new BadInputException(source, item, "cannot reproject from " + crsName + ": " + e.getMessage(), e);
        }
    }

    public String crsName() {
        return crsName;
    }
}
