package ua.cnap.planner.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes layers into one OGC GeoPackage with NGA's GeoPackage library: one feature table per layer
 * (the layer name with underscores), a typed geometry column {@code geom} in EPSG:4326 (WGS84
 * lon/lat), primary key {@code fid}, the layer's attributes as typed columns, the table's extent in
 * {@code gpkg_contents} and an R-tree spatial index (the GeoPackage RTree extension GDAL and QGIS
 * use). Geometries cross from JTS as WKB, as in the reader ({@code territory.GeoPackageFeatures}).
 *
 * <p>The file must not exist yet; callers write to a temporary file and move it into place.
 */
public final class GeoPackageLayerWriter {

    static final long WGS84 = 4326;
    static final String GEOMETRY_COLUMN = "geom";
    static final String ID_COLUMN = "fid";
    /** The table of what the export was made with ({@link ExportMetadata}). */
    public static final String METADATA_TABLE = "export_metadata";
    static final String METADATA_KEY = "key";
    static final String METADATA_VALUE = "value";
    /** GeoPackage 1.3.0 in SQLite's user_version, as the standard asks. */
    public static final int USER_VERSION = 10300;

    public void write(List<ExportLayer> layers, Path file) {
        write(layers, null, file);
    }

    /**
     * Writes the layers and, with metadata, an attributes table {@value #METADATA_TABLE} (columns
     * {@code key}, {@code value}; one row per entry, in order). The file is marked GeoPackage
     * {@value #USER_VERSION} (1.3): the GDAL of Debian 12 warns that 1.4, the library's default, "may only
     * be partially supported", and nothing written here needs 1.4.
     */
    public void write(List<ExportLayer> layers, ExportMetadata metadata, Path file) {
        Set<String> tableNames = new HashSet<>();
        for (ExportLayer layer : layers) {
            if (!tableNames.add(layer.tableName())) {
                throw new IllegalArgumentException("two layers named " + layer.name());
            }
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
        GeoPackage geoPackage = GeoPackageManager.open(GeoPackageManager.create(file.toFile()));
        try {
            geoPackage.getSpatialReferenceSystemDao().getOrCreateFromEpsg(WGS84);
            for (ExportLayer layer : layers) {
                writeTable(geoPackage, layer);
            }
            if (metadata != null) {
                writeMetadata(geoPackage, metadata);
            }
            geoPackage.getConnection().execSQL("PRAGMA user_version = " + USER_VERSION);
        } catch (java.sql.SQLException | IOException e) {
            throw new IllegalStateException("cannot write the GeoPackage " + file + ": " + e.getMessage(), e);
        } finally {
            geoPackage.close();
        }
    }

    private static void writeTable(GeoPackage geoPackage, ExportLayer layer) throws IOException {
        GeometryColumns geometryColumns = new GeometryColumns();
        geometryColumns.setTableName(layer.tableName());
        geometryColumns.setColumnName(GEOMETRY_COLUMN);
        geometryColumns.setGeometryType(geometryType(layer.geometry()));
        geometryColumns.setZ((byte) 0);
        geometryColumns.setM((byte) 0);
        geometryColumns.setSrsId(WGS84);
        List<FeatureColumn> columns = new ArrayList<>();
        for (Attribute attribute : layer.attributes()) {
            columns.add(FeatureColumn.createColumn(attribute.name(), dataType(attribute.type())));
        }
        geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns, ID_COLUMN, columns,
                extent(layer)));
        FeatureDao dao = geoPackage.getFeatureDao(layer.tableName());
        WKBWriter wkb = new WKBWriter(2);
        dao.beginTransaction();
        boolean written = false;
        try {
            for (ExportFeature feature : layer.features()) {
                FeatureRow row = dao.newRow();
                Geometry geometry = feature.geometry();
                if (geometry != null && !geometry.isEmpty()) {
                    row.setGeometry(GeoPackageGeometryData.createFromWkb(WGS84, wkb.write(geometry)));
                }
                for (Attribute attribute : layer.attributes()) {
                    Object value = feature.values().get(attribute.name());
                    if (value != null) {
                        row.setValue(attribute.name(), value);
                    }
                }
                dao.create(row);
            }
            written = true;
        } finally {
            dao.endTransaction(written);
        }
        new RTreeIndexExtension(geoPackage).create(dao.getTable());
    }

    private static void writeMetadata(GeoPackage geoPackage, ExportMetadata metadata) {
        List<AttributesColumn> columns = List.of(
                AttributesColumn.createColumn(METADATA_KEY, GeoPackageDataType.TEXT, true),
                AttributesColumn.createColumn(METADATA_VALUE, GeoPackageDataType.TEXT, true));
        geoPackage.createAttributesTable(AttributesTableMetadata.create(METADATA_TABLE, columns));
        AttributesDao dao = geoPackage.getAttributesDao(METADATA_TABLE);
        for (Map.Entry<String, String> entry : metadata.entries().entrySet()) {
            AttributesRow row = dao.newRow();
            row.setValue(METADATA_KEY, entry.getKey());
            row.setValue(METADATA_VALUE, entry.getValue());
            dao.create(row);
        }
    }

    private static BoundingBox extent(ExportLayer layer) {
        Envelope envelope = new Envelope();
        layer.features().stream().filter(f -> f.geometry() != null)
                .forEach(f -> envelope.expandToInclude(f.geometry().getEnvelopeInternal()));
        return envelope.isNull() ? new BoundingBox()
                : new BoundingBox(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }

    private static GeometryType geometryType(GeometryKind kind) {
        return switch (kind) {
            case POINT -> GeometryType.POINT;
            case LINESTRING -> GeometryType.LINESTRING;
            case MULTILINESTRING -> GeometryType.MULTILINESTRING;
            case POLYGON -> GeometryType.POLYGON;
            case MULTIPOLYGON -> GeometryType.MULTIPOLYGON;
        };
    }

    private static GeoPackageDataType dataType(AttributeType type) {
        return switch (type) {
            case TEXT -> GeoPackageDataType.TEXT;
            case INTEGER -> GeoPackageDataType.INTEGER;
            case REAL -> GeoPackageDataType.DOUBLE;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
        };
    }
}
