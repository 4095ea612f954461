package ua.cnap.planner.population;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;

/**
 * Reads a Kontur population grid exported as CSV: one H3 cell per row with {@code population} and a
 * {@code geometry} (WKT, WGS84) and/or {@code h3_index} column; other columns are ignored.
 *
 * <p>The WKT wins when present: extracts clipped to a city or an oblast carry the clipped part of
 * the border cells, which the H3 index alone would overstate. Without WKT the cell polygon is built
 * from the H3 index (Uber H3). The cell id is the H3 index, or {@code row-<line>} when the file has
 * none.
 */
public final class KonturH3Reader {

    static final String GEOMETRY = "geometry";
    static final String POPULATION = "population";
    static final String H3_INDEX = "h3_index";

    private H3Core h3;

    /**
     * @param layer name of the grid layer the cells belong to, e.g. {@code kontur-odesa-r8}
     * @throws BadInputException for a missing column, unreadable WKT, an invalid H3 index or a population
     *     that is not a number >= 0, naming the row
     */
    public List<PopulationCell> read(Path csv, String layer, ImportLog log) {
        CsvFiles.Table table = CsvFiles.read(csv, POPULATION);
        String source = table.source();
        boolean hasWkt = table.header().contains(GEOMETRY);
        boolean hasH3 = table.header().contains(H3_INDEX);
        if (!hasWkt && !hasH3) {
            throw new BadInputException(source, "header", "needs a '" + GEOMETRY + "' (WKT) or '" + H3_INDEX
                    + "' column for the cell shape; found " + table.header());
        }
        WKTReader wkt = new WKTReader(Wgs84.FACTORY);
        List<PopulationCell> cells = new ArrayList<>(table.rows().size());
        Map<String, String> rowOfId = new HashMap<>();
        for (CsvFiles.Row row : table.rows()) {
            String item = row.item();
            if (row.find(POPULATION) == null) {
                log.reject(source, item, "no population");
                continue;
            }
            double population = row.getDouble(POPULATION);
            if (!Double.isFinite(population) || population < 0) {
                throw new BadInputException(source, item, "population " + population + " is not a number >= 0");
            }
            String h3Index = hasH3 ? row.find(H3_INDEX) : null;
            if (h3Index != null) {
                h3Index = h3Index.toLowerCase(Locale.ROOT);
                if (!isValidCell(h3Index)) {
                    throw new BadInputException(source, item, "'" + row.find(H3_INDEX) + "' is not a valid H3 cell index");
                }
            }
            String text = hasWkt ? row.find(GEOMETRY) : null;
            Geometry cell;
            if (text != null) {
                cell = readWkt(wkt, text, source, item, log);
            } else if (h3Index != null) {
                if (hasWkt) {
                    log.repaired(source, item, "no WKT geometry: cell polygon built from H3 index " + h3Index);
                }
                cell = h3Polygon(h3Index);
            } else {
                log.reject(source, item, "neither a WKT geometry nor an H3 index: the cell has no shape");
                continue;
            }
            String id = h3Index != null ? h3Index : "row-" + row.line();
            String earlier = rowOfId.putIfAbsent(id, item);
            if (earlier != null) {
                log.reject(source, item, "cell " + id + " already read from " + earlier + ": left out");
                continue;
            }
            cells.add(new PopulationCell(id, layer, cell, population));
        }
        return cells;
    }

    private static Geometry readWkt(WKTReader reader, String text, String source, String item, ImportLog log) {
        Geometry geometry;
        try {
            geometry = reader.read(text);
        } catch (ParseException | RuntimeException e) {
            throw new BadInputException(source, item, "unreadable WKT geometry: " + e.getMessage(), e);
        }
        if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
            throw new BadInputException(source, item, "cell geometry must be a Polygon or MultiPolygon, found "
                    + geometry.getGeometryType() + (geometry.isEmpty() ? " EMPTY" : ""));
        }
        if (!Wgs84.isLonLat(geometry)) {
            throw new BadInputException(source, item, "cell geometry is not in WGS84 longitude/latitude (e.g. "
                    + geometry.getCoordinate() + ")");
        }
        if (!geometry.isValid()) {
            geometry = geometry.buffer(0);
            log.repaired(source, item, "invalid cell polygon (e.g. self-intersecting) repaired with buffer(0)");
        }
        geometry.setSRID(Wgs84.SRID);
        return geometry;
    }

    private Polygon h3Polygon(String h3Index) {
        List<LatLng> boundary = h3().cellToBoundary(h3Index);
        Coordinate[] ring = new Coordinate[boundary.size() + 1];
        for (int i = 0; i < boundary.size(); i++) {
            ring[i] = new Coordinate(boundary.get(i).lng, boundary.get(i).lat);
        }
        ring[boundary.size()] = ring[0];
        return Wgs84.FACTORY.createPolygon(ring);
    }

    /** H3 parses the index as hexadecimal and throws on other text; false for that too. */
    private boolean isValidCell(String h3Index) {
        try {
            return h3().isValidCell(h3Index);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Loaded on first use: H3 unpacks a native library, which files without an H3 column never need. */
    private H3Core h3() {
        if (h3 == null) {
            try {
                h3 = H3Core.newInstance();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the H3 native library", e);
            }
        }
        return h3;
    }
}
