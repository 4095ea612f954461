package ua.cnap.planner.travel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.Wgs84;

/**
 * A generated square street grid in OSM XML, in the spirit of Conveyal R5's GridLayout: every row and
 * column is a two-way {@code highway=primary}, except segments listed as one-way. Node (row, col) lies
 * at ({@link #LAT0} + row·step, {@link #LON0} + col·step); each grid segment is its own way so one-way
 * tags can be put on single segments.
 */
final class OsmGrid {

    static final double LAT0 = 48.0;
    static final double LON0 = 30.0;
    static final double EARTH_RADIUS_METERS = 6_371_000;

    final int size;
    final double stepDegrees;

    OsmGrid(int size, double stepDegrees) {
        this.size = size;
        this.stepDegrees = stepDegrees;
    }

    double lat(int row) {
        return LAT0 + row * stepDegrees;
    }

    double lon(int col) {
        return LON0 + col * stepDegrees;
    }

    Point point(int row, int col) {
        return Wgs84.point(lon(col), lat(row), "grid", row + "," + col);
    }

    private long nodeId(int row, int col) {
        return 1 + (long) row * size + col;
    }

    /** A one-way segment from node (fromRow, fromCol) to its neighbour (toRow, toCol). */
    record OneWay(int fromRow, int fromCol, int toRow, int toCol) {
    }

    Path write(Path folder, String fileName, Set<OneWay> oneWays) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6' generator='test'>\n");
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                xml.append(String.format(Locale.ROOT, "  <node id='%d' version='1' lat='%.7f' lon='%.7f'/>%n",
                        nodeId(r, c), lat(r), lon(c)));
            }
        }
        long wayId = 1;
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                if (c + 1 < size) {
                    wayId = appendWay(xml, wayId, r, c, r, c + 1, oneWays);
                }
                if (r + 1 < size) {
                    wayId = appendWay(xml, wayId, r, c, r + 1, c, oneWays);
                }
            }
        }
        xml.append("</osm>\n");
        Path file = folder.resolve(fileName);
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    private long appendWay(StringBuilder xml, long wayId, int r1, int c1, int r2, int c2, Set<OneWay> oneWays) {
        boolean forward = oneWays.contains(new OneWay(r1, c1, r2, c2));
        boolean backward = oneWays.contains(new OneWay(r2, c2, r1, c1));
        long first = forward || !backward ? nodeId(r1, c1) : nodeId(r2, c2);
        long second = first == nodeId(r1, c1) ? nodeId(r2, c2) : nodeId(r1, c1);
        xml.append(String.format(Locale.ROOT, "  <way id='%d' version='1'><nd ref='%d'/><nd ref='%d'/>"
                + "<tag k='highway' v='primary'/>%s</way>%n", wayId, first, second,
                forward || backward ? "<tag k='oneway' v='yes'/>" : ""));
        return wayId + 1;
    }

    /** Haversine length of the segment between two nodes, on a sphere of the mean Earth radius. */
    double segmentMeters(int r1, int c1, int r2, int c2) {
        double phi1 = Math.toRadians(lat(r1));
        double phi2 = Math.toRadians(lat(r2));
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon(c2) - lon(c1));
        double a = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(a));
    }

    /**
     * Shortest Manhattan route length between two nodes on the two-way grid: all vertical segments
     * are equally long, horizontal ones shorten northwards, so the route does its horizontal part on
     * the best row between the two.
     */
    double manhattanMeters(int r1, int c1, int r2, int c2) {
        double vertical = Math.abs(r1 - r2) * segmentMeters(0, 0, 1, 0);
        double best = Double.POSITIVE_INFINITY;
        for (int r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
            best = Math.min(best, Math.abs(c1 - c2) * segmentMeters(r, 0, r, 1));
        }
        return vertical + best;
    }

    static int manhattanSegments(int r1, int c1, int r2, int c2) {
        return Math.abs(r1 - r2) + Math.abs(c1 - c2);
    }
}
