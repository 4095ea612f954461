package ua.cnap.planner.population;

import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import it.geosolutions.jaiext.range.NoDataContainer;
import org.geotools.api.metadata.spatial.PixelOrientation;
import org.geotools.api.referencing.operation.MathTransform2D;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.coverage.GridSampleDimension;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridEnvelope2D;
import org.geotools.coverage.util.CoverageUtilities;
import org.geotools.gce.geotiff.GeoTiffReader;
import org.geotools.geometry.jts.JTS;
import org.geotools.util.factory.Hints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CrsTransform;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;

/**
 * Reads a population raster (GeoTIFF, e.g. WorldPop or GHS-POP people-per-pixel) with GeoTools into
 * one {@link PopulationCell} per pixel that holds people.
 *
 * <ul>
 *   <li>Band 1 is read as people per pixel (a count, not a density).</li>
 *   <li>Pixels that are NaN or equal to a declared no-data value are skipped; so are pixels with 0
 *       people (no demand). Negative values that are not declared no-data are skipped with one summary
 *       warning: a population cannot be negative, so they are an undeclared no-data value.</li>
 *   <li>The cell polygon is the pixel's four corners, reprojected to WGS84 if the raster's CRS is
 *       another one (edges stay straight lines between the reprojected corners: exact enough for
 *       pixels of a few hundred metres).</li>
 *   <li>The cell id is {@code r<row>c<col>}, the pixel's row and column in the raster.</li>
 * </ul>
 * The whole raster is read into memory: clip national rasters to a region first.
 */
public final class GeoTiffPopulationReader {

    /**
     * @param layer name of the grid layer the cells belong to
     * @throws BadInputException if the file is missing, not a GeoTIFF, or its CRS cannot be reprojected
     */
    public List<PopulationCell> read(Path tif, String layer, ImportLog log) {
        String source = tif.toString();
        if (!Files.isRegularFile(tif)) {
            throw new BadInputException(source, null, "file not found");
        }
        GeoTiffReader reader = null;
        GridCoverage2D coverage = null;
        try {
            // longitude first, so that an EPSG:4326 raster's grid-to-CRS transform yields lon, lat
            reader = new GeoTiffReader(tif.toFile(), new Hints(Hints.FORCE_LONGITUDE_FIRST_AXIS_ORDER, Boolean.TRUE));
            coverage = reader.read(null);
            if (coverage == null) {
                throw new BadInputException(source, null, "no raster in the file");
            }
            return cells(coverage, source, layer, log);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException(source, null, "not a readable GeoTIFF: " + e.getMessage(), e);
        } finally {
            if (coverage != null) {
                coverage.dispose(true);
            }
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    private static List<PopulationCell> cells(GridCoverage2D coverage, String source, String layer, ImportLog log) {
        CrsTransform toWgs84 = CrsTransform.from(coverage.getCoordinateReferenceSystem2D(), source);
        Set<Double> noData = noDataValues(coverage);
        if (coverage.getNumSampleDimensions() > 1) {
            log.warn(source, null, "the raster has " + coverage.getNumSampleDimensions()
                    + " bands; only band 1 is read as population");
        }
        MathTransform2D gridToCrs = coverage.getGridGeometry().getGridToCRS2D(PixelOrientation.UPPER_LEFT);
        GridEnvelope2D grid = coverage.getGridGeometry().getGridRange2D();
        Raster raster = coverage.getRenderedImage().getData();
        List<PopulationCell> cells = new ArrayList<>();
        int negative = 0;
        for (int row = grid.y; row < grid.y + grid.height; row++) {
            for (int col = grid.x; col < grid.x + grid.width; col++) {
                double value = raster.getSampleDouble(col, row, 0);
                if (Double.isNaN(value) || noData.contains(value) || value == 0) {
                    continue;
                }
                if (value < 0 || Double.isInfinite(value)) {
                    negative++;
                    continue;
                }
                String id = "r" + row + "c" + col;
                Geometry cell = pixel(col, row, gridToCrs, source, id);
                if (!toWgs84.isIdentity()) {
                    cell = toWgs84.apply(cell, source, "pixel " + id);
                }
                cell.setSRID(Wgs84.SRID);
                cells.add(new PopulationCell(id, layer, cell, value));
            }
        }
        if (negative > 0) {
            log.warn(source, null, negative + " pixels have negative or infinite values that are not the declared "
                    + "no-data value " + noData + ": left out as no data");
        }
        return cells;
    }

    private static Polygon pixel(int col, int row, MathTransform2D gridToCrs, String source, String id) {
        Polygon gridSquare = Wgs84.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(col, row), new Coordinate(col + 1, row), new Coordinate(col + 1, row + 1),
            new Coordinate(col, row + 1), new Coordinate(col, row)});
        try {
            return (Polygon) JTS.transform(gridSquare, gridToCrs);
        } catch (TransformException e) {
            throw new BadInputException(source, "pixel " + id, "cannot place the pixel: " + e.getMessage(), e);
        }
    }

    /** No-data values from the GeoTIFF's nodata tag and from band 1's sample dimension. */
    private static Set<Double> noDataValues(GridCoverage2D coverage) {
        Set<Double> values = new TreeSet<>();
        NoDataContainer property = CoverageUtilities.getNoDataProperty(coverage);
        if (property != null) {
            for (double value : property.getAsArray()) {
                values.add(value);
            }
        }
        GridSampleDimension band = coverage.getSampleDimension(0);
        double[] declared = band.getNoDataValues();
        if (declared != null) {
            for (double value : declared) {
                values.add(value);
            }
        }
        return values;
    }
}
