package ua.cnap.planner.coverage;

import ua.cnap.planner.travel.GreatCircle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.territory.Hromada;

/**
 * Groups uncovered settlements into white spots.
 *
 * <p>Clustering is single linkage: two uncovered settlements within {@code linkMeters} (great-circle)
 * of each other are in the same spot, and so on transitively (an STR-tree finds the candidates,
 * union-find joins them). Each spot's area is the union of discs of {@code radiusMeters} around its
 * settlements, drawn in a local equirectangular projection centred on the spot (metres east/north of
 * its centre, east scaled by cos(latitude)), so the discs are round on the ground; over a spot a few
 * tens of km wide the projection errs well under 1 %.
 *
 * <p>Why discs and not a concave hull: a hull of one or two settlements is a point or a line and
 * needs buffering anyway, and a hull draws land between settlements that the linkage did not see.
 * With the default radius (half the link distance) linked settlements' discs touch, so a spot is
 * usually one polygon.
 *
 * <p>Settlements in an oblast without a register are never white spots: their access points are
 * unknown, not absent.
 */
public final class WhiteSpotFinder {

    public static final double DEFAULT_LINK_METERS = 5_000;
    private static final double EARTH_RADIUS_METERS = 6_371_008.8;
    private static final double METERS_PER_DEGREE = Math.PI * EARTH_RADIUS_METERS / 180;
    private static final int DISC_QUADRANT_SEGMENTS = 8;

    private final double linkMeters;
    private final double radiusMeters;

    /** 5 km linkage, 2.5 km discs. */
    public WhiteSpotFinder() {
        this(DEFAULT_LINK_METERS, DEFAULT_LINK_METERS / 2);
    }

    public WhiteSpotFinder(double linkMeters, double radiusMeters) {
        if (!(linkMeters >= 0) || !(radiusMeters > 0)) {
            throw new IllegalArgumentException("linkMeters must be >= 0 and radiusMeters > 0, got "
                    + linkMeters + ", " + radiusMeters);
        }
        this.linkMeters = linkMeters;
        this.radiusMeters = radiusMeters;
    }

    /**
     * @param accessibility           per-settlement result
     * @param hromadas                for each settlement's oblast
     * @param oblastCodesWithRegister oblasts whose register was loaded; settlements elsewhere (or in an
     *                                unknown hromada) are left out
     */
    public List<WhiteSpot> find(Accessibility accessibility, List<Hromada> hromadas, Set<String> oblastCodesWithRegister) {
        Map<String, String> oblastByHromada = new HashMap<>();
        hromadas.forEach(h -> oblastByHromada.put(h.code(), h.oblastCode()));
        List<SettlementAccess> uncovered = new ArrayList<>();
        for (SettlementAccess access : accessibility.settlements()) {
            String oblast = oblastByHromada.get(access.settlement().hromadaCode());
            if (!access.covered() && oblast != null && oblastCodesWithRegister.contains(oblast)) {
                uncovered.add(access);
            }
        }
        uncovered.sort(Comparator.comparing(s -> s.settlement().id()));

        int[] parent = link(uncovered);
        Map<Integer, List<SettlementAccess>> clusters = new TreeMap<>();
        for (int i = 0; i < uncovered.size(); i++) {
            clusters.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(uncovered.get(i));
        }
        List<List<SettlementAccess>> ordered = new ArrayList<>(clusters.values());
        ordered.sort(Comparator.comparingLong(WhiteSpotFinder::population).reversed()
                .thenComparing(c -> c.get(0).settlement().id()));
        List<WhiteSpot> spots = new ArrayList<>(ordered.size());
        for (List<SettlementAccess> cluster : ordered) {
            List<String> ids = cluster.stream().map(s -> s.settlement().id()).toList();
            spots.add(new WhiteSpot("white-spot:" + (spots.size() + 1), area(cluster), population(cluster),
                    cluster.size(), ids, mainOblast(cluster, oblastByHromada)));
        }
        return spots;
    }

    private int[] link(List<SettlementAccess> settlements) {
        int[] parent = new int[settlements.size()];
        STRtree tree = new STRtree();
        for (int i = 0; i < settlements.size(); i++) {
            parent[i] = i;
            Point p = settlements.get(i).settlement().point();
            tree.insert(new Envelope(p.getCoordinate()), i);
        }
        double dLat = linkMeters / METERS_PER_DEGREE;
        for (int i = 0; i < settlements.size(); i++) {
            Point p = settlements.get(i).settlement().point();
            // Longitude degrees shrink with cos(lat); widen the search box for the box's poleward edge.
            double cos = Math.cos(Math.toRadians(Math.min(89, Math.abs(p.getY()) + dLat)));
            double dLon = linkMeters / (METERS_PER_DEGREE * cos);
            Envelope box = new Envelope(p.getX() - dLon, p.getX() + dLon, p.getY() - dLat, p.getY() + dLat);
            for (Object hit : tree.query(box)) {
                int j = (Integer) hit;
                if (j > i && GreatCircle.distanceMeters(p, settlements.get(j).settlement().point()) <= linkMeters) {
                    union(parent, i, j);
                }
            }
        }
        return parent;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private org.locationtech.jts.geom.MultiPolygon area(List<SettlementAccess> cluster) {
        double lon0 = cluster.stream().mapToDouble(s -> s.settlement().point().getX()).average().orElseThrow();
        double lat0 = cluster.stream().mapToDouble(s -> s.settlement().point().getY()).average().orElseThrow();
        double cos0 = Math.cos(Math.toRadians(lat0));
        GeometryFactory local = new GeometryFactory();
        List<Geometry> discs = new ArrayList<>(cluster.size());
        for (SettlementAccess s : cluster) {
            Point p = s.settlement().point();
            Coordinate c = new Coordinate((p.getX() - lon0) * METERS_PER_DEGREE * cos0, (p.getY() - lat0) * METERS_PER_DEGREE);
            discs.add(local.createPoint(c).buffer(radiusMeters, DISC_QUADRANT_SEGMENTS));
        }
        Geometry union = UnaryUnionOp.union(discs);
        Geometry lonLat = Wgs84.FACTORY.createGeometry(union);
        lonLat.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, lon0 + seq.getX(i) / (METERS_PER_DEGREE * cos0));
                seq.setOrdinate(i, 1, lat0 + seq.getY(i) / METERS_PER_DEGREE);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return Wgs84.toMultiPolygon(lonLat);
    }

    private static long population(List<SettlementAccess> cluster) {
        return cluster.stream().mapToLong(s -> s.settlement().population()).sum();
    }

    private static String mainOblast(List<SettlementAccess> cluster, Map<String, String> oblastByHromada) {
        Map<String, Long> byOblast = new TreeMap<>();
        for (SettlementAccess s : cluster) {
            String oblast = oblastByHromada.get(s.settlement().hromadaCode());
            if (oblast != null) {
                byOblast.merge(oblast, s.settlement().population(), Long::sum);
            }
        }
        return byOblast.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

}
