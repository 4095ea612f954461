package ua.cnap.planner.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import ua.cnap.planner.io.ImportLog;

/** GeoPackages generated here with NGA's GeoPackage library. */
class BoundaryReaderGeoPackageTest {

    @TempDir
    Path folder;

    @Test
    void readsAPolygonWithItsCodeFromAGeoPackage() throws Exception {
        Path gpkg = folder.resolve("hromadas.gpkg");
        create(gpkg, 4326, "POLYGON ((30 50, 30.1 50, 30.1 50.1, 30 50.1, 30 50))");

        ImportLog log = new ImportLog();
        List<HromadaBoundary> boundaries = new BoundaryReader().read(gpkg, log);

        assertThat(boundaries).singleElement().satisfies(b -> {
            assertThat(b.code()).isEqualTo("UA99010010000011111");
            assertThat(b.nameUk()).isEqualTo("Перша сільська громада");
            assertThat(b.boundary().getArea()).isCloseTo(0.01, within(1e-9));
            assertThat(b.source()).endsWith("hromadas.gpkg");
        });
        assertThat(log.rejected()).isEmpty();
    }

    @Test
    void reprojectsAGeoPackageTableInWebMercator() throws Exception {
        // metres from x = R*lon, y = R*ln(tan(pi/4 + lat/2)), R = 6378137, for lon 30.0..30.1, lat 50.0..50.1
        Path gpkg = folder.resolve("mercator.gpkg");
        create(gpkg, 3857, "POLYGON ((3339584.723798207 6446275.841017158, 3350716.6728775348 6446275.841017158, "
                + "3350716.6728775348 6463612.124257667, 3339584.723798207 6463612.124257667, "
                + "3339584.723798207 6446275.841017158))");

        Envelope envelope = new BoundaryReader().read(gpkg, new ImportLog()).get(0).boundary().getEnvelopeInternal();

        assertThat(envelope.getMinX()).isCloseTo(30.0, within(1e-6));
        assertThat(envelope.getMaxX()).isCloseTo(30.1, within(1e-6));
        assertThat(envelope.getMinY()).isCloseTo(50.0, within(1e-6));
        assertThat(envelope.getMaxY()).isCloseTo(50.1, within(1e-6));
    }

    private static void create(Path file, long epsg, String polygonWkt) throws Exception {
        GeoPackageManager.create(file.toFile());
        GeoPackage geoPackage = GeoPackageManager.open(file.toFile());
        try {
            geoPackage.getSpatialReferenceSystemDao().getOrCreateFromEpsg(epsg);
            GeometryColumns geometryColumns = new GeometryColumns();
            geometryColumns.setTableName("hromadas");
            geometryColumns.setColumnName("geom");
            geometryColumns.setGeometryType(GeometryType.POLYGON);
            geometryColumns.setZ((byte) 0);
            geometryColumns.setM((byte) 0);
            geometryColumns.setSrsId(epsg);
            geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns, List.of(
                    FeatureColumn.createColumn("katotth", GeoPackageDataType.TEXT),
                    FeatureColumn.createColumn("name", GeoPackageDataType.TEXT)), new BoundingBox()));
            FeatureDao dao = geoPackage.getFeatureDao("hromadas");
            FeatureRow row = dao.newRow();
            byte[] wkb = new WKBWriter().write(new WKTReader().read(polygonWkt));
            row.setGeometry(GeoPackageGeometryData.createFromWkb(epsg, wkb));
            row.setValue("katotth", "UA99010010000011111");
            row.setValue("name", "Перша сільська громада");
            dao.create(row);
        } finally {
            geoPackage.close();
        }
    }
}
