package ua.cnap.planner.territory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CrsTransform;
import ua.cnap.planner.io.GeoFeature;
import ua.cnap.planner.io.Wgs84;

/**
 * Reads every feature table of a GeoPackage with NGA's GeoPackage library, geometries through WKB
 * into JTS, reprojected to WGS84 from the table's spatial reference system.
 */
final class GeoPackageFeatures {

    private GeoPackageFeatures() {
    }

    static List<GeoFeature> read(Path file) {
        String fileSource = file.toString();
        GeoPackage geoPackage;
        try {
            geoPackage = GeoPackageManager.open(file.toFile(), false);
        } catch (RuntimeException e) {
            throw new BadInputException(fileSource, null, "not a readable GeoPackage: " + e.getMessage(), e);
        }
        try {
            List<String> tables = geoPackage.getFeatureTables();
            if (tables.isEmpty()) {
                throw new BadInputException(fileSource, null, "the GeoPackage has no feature table");
            }
            List<GeoFeature> features = new ArrayList<>();
            for (String table : tables) {
                String source = tables.size() == 1 ? fileSource : fileSource + " table " + table;
                FeatureDao dao = geoPackage.getFeatureDao(table);
                features.addAll(readTable(dao, source));
            }
            return features;
        } finally {
            geoPackage.close();
        }
    }

    private static List<GeoFeature> readTable(FeatureDao dao, String source) {
        CrsTransform transform = transform(dao.getSrs(), source);
        WKBReader wkbReader = new WKBReader(Wgs84.FACTORY);
        List<GeoFeature> features = new ArrayList<>();
        FeatureResultSet rows = dao.queryForAll();
        try {
            int index = 0;
            while (rows.moveToNext()) {
                FeatureRow row = rows.getRow();
                Map<String, Object> properties = new LinkedHashMap<>();
                String[] columns = row.getColumnNames();
                for (int c = 0; c < columns.length; c++) {
                    if (c != row.getGeometryColumnIndex() && c != row.getPkColumnIndex()) {
                        properties.put(columns[c], row.getValue(c));
                    }
                }
                String item = new GeoFeature(source, index, properties, null).item(null);
                Geometry geometry = geometry(row.getGeometry(), wkbReader, transform, source, item);
                features.add(new GeoFeature(source, index, properties, geometry));
                index++;
            }
        } finally {
            rows.close();
        }
        return features;
    }

    private static Geometry geometry(GeoPackageGeometryData data, WKBReader reader, CrsTransform transform,
            String source, String item) {
        if (data == null || data.isEmpty()) {
            return null;
        }
        Geometry geometry;
        try {
            geometry = reader.read(data.getWkb());
        } catch (IOException | ParseException | RuntimeException e) {
            throw new BadInputException(source, item, "unreadable geometry: " + e.getMessage(), e);
        }
        if (transform != null) {
            return transform.apply(geometry, source, item);
        }
        if (!Wgs84.isLonLat(geometry)) {
            throw new BadInputException(source, item, "coordinates are not WGS84 longitude/latitude (e.g. "
                    + geometry.getCoordinate() + ") and the table's spatial reference system is undefined");
        }
        geometry.setSRID(Wgs84.SRID);
        return geometry;
    }

    /**
     * Null for WGS84 and for the two "undefined" systems the standard defines (ids -1 and 0, whose
     * coordinates are then checked to be lon/lat); a transform otherwise.
     */
    private static CrsTransform transform(SpatialReferenceSystem srs, String source) {
        if (srs == null) {
            return null;
        }
        String organization = srs.getOrganization() == null ? "" : srs.getOrganization().toUpperCase(Locale.ROOT);
        long id = srs.getOrganizationCoordsysId();
        if (organization.equals("EPSG")) {
            return id == Wgs84.SRID ? null : CrsTransform.from("EPSG:" + id, source);
        }
        if (organization.equals("NONE") || id <= 0 || srs.getSrsId() <= 0) {
            return null;
        }
        String definition = srs.getDefinition();
        if (definition == null || definition.isBlank() || definition.strip().equalsIgnoreCase("undefined")) {
            throw new BadInputException(source, "srs " + srs.getSrsId(),
                    "spatial reference system " + organization + ":" + id + " has no definition to reproject from");
        }
        return CrsTransform.from(definition, source);
    }
}
