package ua.cnap.planner.travel;

import com.carrotsearch.hppc.IntHashSet;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.PMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Road travel times from an OSM extract with GraphHopper: car, and foot for short trips.
 *
 * <p>One {@link #travelTo} call is one shortest-path tree per profile, grown from the destination
 * against the direction of travel (reverse flow: one-way streets count as residents drive them to the
 * office) and stopped at the time limit; every origin reads its time from that tree. So N origins cost
 * one search, not N.
 *
 * <p>Snapping: each point goes to its nearest road position usable by the profile (outside small
 * disconnected islands). Points and snapped positions are joined by a straight leg walked at
 * {@link RoadModelOptions#accessSpeedMetersPerSecond()}, added to time and distance at both ends; a
 * point farther than {@link RoadModelOptions#maxSnapMeters()} from any such road is unreachable. The
 * snapped positions become virtual nodes of a per-call {@link QueryGraph}, so a position in the
 * middle of an edge is exact: the tree runs over the partial edges, no nearest-node approximation.
 * The only rounding is GraphHopper's: edge lengths are stored in millimetres and each edge's time is
 * rounded to the millisecond, so a route of k edges is off by at most k × 0.5 ms (plus the length
 * rounding divided by the speed).
 *
 * <p>Foot: for trips up to {@link RoadModelOptions#footLimitSeconds()} a second, foot tree is grown
 * and each origin takes the faster of car and foot (walking can beat driving a one-way loop, and foot
 * paths reach where cars cannot). Beyond that limit only the car counts.
 *
 * <p>Not modelled: turn costs, traffic, ferries' timetables, public transport.
 *
 * <p>Thread-safe: the graph and location index are only read; each call builds its own query graph
 * and trees.
 */
public final class RoadNetworkModel implements TravelTimeModel, AutoCloseable {

    private final GraphHopper hopper;
    private final String fileName;
    private final Path graphFolder;
    private final boolean built;
    private final RoadModelOptions options;
    private final Mode car;
    private final Mode foot;

    /** One profile's weighting and snap filter, both read-only. */
    private record Mode(String profile, Weighting weighting, DefaultSnapFilter snapFilter) {
    }

    private RoadNetworkModel(RoadGraphCache.Opened opened, String fileName, RoadModelOptions options) {
        this.hopper = opened.hopper();
        this.graphFolder = opened.folder();
        this.built = opened.built();
        this.fileName = fileName;
        this.options = options;
        this.car = mode(RoadGraphCache.CAR);
        this.foot = mode(RoadGraphCache.FOOT);
    }

    /** The model with OSM speeds, foot for trips up to 20 minutes: see {@link RoadModelOptions#defaults()}. */
    public static RoadNetworkModel load(Path osmFile, Path workspace) {
        return load(osmFile, workspace, RoadModelOptions.defaults());
    }

    /**
     * Builds the graph from {@code osmFile} into {@code <workspace>/graphs/}, or loads it from there if
     * an earlier call built it from the same file with the same options.
     */
    public static RoadNetworkModel load(Path osmFile, Path workspace, RoadModelOptions options) {
        RoadGraphCache.Opened opened = RoadGraphCache.openOrBuild(osmFile, workspace, options);
        return new RoadNetworkModel(opened, osmFile.getFileName().toString(), options);
    }

    private Mode mode(String profile) {
        Weighting weighting = hopper.createWeighting(hopper.getProfile(profile), new PMap());
        BooleanEncodedValue inSubnetwork = hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(profile));
        return new Mode(profile, weighting, new DefaultSnapFilter(weighting, inSubnetwork));
    }

    @Override
    public String name() {
        return "road (GraphHopper car+foot, " + fileName + ")";
    }

    @Override
    public Optional<ModelError> error() {
        return Optional.empty();
    }

    /** The folder holding this model's graph. */
    public Path graphFolder() {
        return graphFolder;
    }

    /** True if the graph was built by {@link #load}, false if it came from the cache. */
    public boolean builtNow() {
        return built;
    }

    public int nodeCount() {
        return hopper.getBaseGraph().getNodes();
    }

    public int edgeCount() {
        return hopper.getBaseGraph().getEdges();
    }

    BaseGraph baseGraph() {
        return hopper.getBaseGraph();
    }

    @Override
    public List<Travel> travelTo(Point destination, List<Point> origins, double limitSeconds) {
        Travel[] best = new Travel[origins.size()];
        Arrays.fill(best, Travel.UNREACHABLE);
        if (origins.isEmpty() || !(limitSeconds >= 0)) {
            return List.of(best);
        }
        grow(car, destination, origins, limitSeconds, best);
        if (options.walks()) {
            grow(foot, destination, origins, Math.min(limitSeconds, options.footLimitSeconds()), best);
        }
        return List.of(best);
    }

    /** One tree of {@code mode}; improves {@code best} where this mode is faster. */
    private void grow(Mode mode, Point destination, List<Point> origins, double limitSeconds, Travel[] best) {
        LocationIndex index = hopper.getLocationIndex();
        Snap destinationSnap = snap(index, mode, destination);
        if (destinationSnap == null) {
            return;
        }
        Snap[] originSnaps = new Snap[origins.size()];
        List<Snap> allSnaps = new ArrayList<>(origins.size() + 1);
        allSnaps.add(destinationSnap);
        for (int i = 0; i < originSnaps.length; i++) {
            originSnaps[i] = snap(index, mode, origins.get(i));
            if (originSnaps[i] != null) {
                allSnaps.add(originSnaps[i]);
            }
        }
        // after create(), each snap's closest node is its virtual node in this query graph
        QueryGraph queryGraph = QueryGraph.create(hopper.getBaseGraph(), allSnaps);
        double destinationAccessSeconds = accessSeconds(destinationSnap);
        double treeLimitSeconds = limitSeconds - destinationAccessSeconds;
        if (treeLimitSeconds < 0) {
            return;
        }
        IntHashSet wanted = new IntHashSet();
        for (Snap s : originSnaps) {
            if (s != null) {
                wanted.add(s.getClosestNode());
            }
        }
        IntObjectHashMap<ShortestPathTree.IsoLabel> reached = new IntObjectHashMap<>();
        ShortestPathTree tree = new ShortestPathTree(queryGraph, queryGraph.wrapWeighting(mode.weighting()), true,
                TraversalMode.NODE_BASED);
        tree.setTimeLimit(treeLimitSeconds * 1000);
        tree.search(destinationSnap.getClosestNode(), label -> {
            if (wanted.contains(label.node)) {
                reached.put(label.node, label);
            }
        });
        for (int i = 0; i < originSnaps.length; i++) {
            Snap s = originSnaps[i];
            ShortestPathTree.IsoLabel label = s == null ? null : reached.get(s.getClosestNode());
            if (label == null) {
                continue;
            }
            double seconds = label.time / 1000.0 + accessSeconds(s) + destinationAccessSeconds;
            double meters = label.distance + s.getQueryDistance() + destinationSnap.getQueryDistance();
            if (seconds <= limitSeconds && seconds < best[i].seconds()) {
                best[i] = new Travel(seconds, meters);
            }
        }
    }

    /**
     * For each origin, the fastest of the destinations, e.g. every settlement's nearest access point.
     * One search per profile grown from all destinations at once (a multi-source tree), so the cost
     * does not grow with destinations × origins. Same snapping, access legs, foot rule and limit as
     * {@link #travelTo}; the result for an origin equals the best of {@code travelTo} over the
     * destinations.
     *
     * @return one entry per origin, in the same order
     */
    public List<NearestTravel> nearestOf(List<Point> destinations, List<Point> origins, double limitSeconds) {
        NearestTravel[] best = new NearestTravel[origins.size()];
        Arrays.fill(best, NearestTravel.NONE);
        if (origins.isEmpty() || destinations.isEmpty() || !(limitSeconds >= 0)) {
            return List.of(best);
        }
        growFromAll(car, destinations, origins, limitSeconds, best);
        if (options.walks()) {
            growFromAll(foot, destinations, origins, Math.min(limitSeconds, options.footLimitSeconds()), best);
        }
        return List.of(best);
    }

    private void growFromAll(Mode mode, List<Point> destinations, List<Point> origins, double limitSeconds,
            NearestTravel[] best) {
        LocationIndex index = hopper.getLocationIndex();
        List<Snap> allSnaps = new ArrayList<>(destinations.size() + origins.size());
        Snap[] destinationSnaps = new Snap[destinations.size()];
        for (int d = 0; d < destinationSnaps.length; d++) {
            destinationSnaps[d] = snap(index, mode, destinations.get(d));
            if (destinationSnaps[d] != null) {
                allSnaps.add(destinationSnaps[d]);
            }
        }
        if (allSnaps.isEmpty()) {
            return;
        }
        Snap[] originSnaps = new Snap[origins.size()];
        for (int i = 0; i < originSnaps.length; i++) {
            originSnaps[i] = snap(index, mode, origins.get(i));
            if (originSnaps[i] != null) {
                allSnaps.add(originSnaps[i]);
            }
        }
        QueryGraph queryGraph = QueryGraph.create(hopper.getBaseGraph(), allSnaps);
        MultiSourceTree tree = new MultiSourceTree(queryGraph, queryGraph.wrapWeighting(mode.weighting()),
                limitSeconds * 1000);
        for (int d = 0; d < destinationSnaps.length; d++) {
            Snap s = destinationSnaps[d];
            if (s != null) {
                tree.addSource(s.getClosestNode(), accessSeconds(s) * 1000, s.getQueryDistance(), d);
            }
        }
        tree.search();
        for (int i = 0; i < originSnaps.length; i++) {
            Snap s = originSnaps[i];
            MultiSourceTree.Label label = s == null ? null : tree.find(s.getClosestNode());
            if (label == null) {
                continue;
            }
            double seconds = label.millis / 1000 + accessSeconds(s);
            if (seconds <= limitSeconds && seconds < best[i].travel().seconds()) {
                best[i] = new NearestTravel(label.source, new Travel(seconds, label.meters + s.getQueryDistance()));
            }
        }
    }

    private Snap snap(LocationIndex index, Mode mode, Point point) {
        if (point == null || point.isEmpty()) {
            return null;
        }
        Snap snap = index.findClosest(point.getY(), point.getX(), mode.snapFilter());
        if (!snap.isValid() || snap.getQueryDistance() > options.maxSnapMeters()) {
            return null;
        }
        return snap;
    }

    private double accessSeconds(Snap snap) {
        return snap.getQueryDistance() / options.accessSpeedMetersPerSecond();
    }

    /** GraphHopper's car route between the two points, as a line in lon/lat. */
    @Override
    public Optional<LineString> drivenPath(Point from, Point to) {
        GHResponse response = hopper.route(new GHRequest(from.getY(), from.getX(), to.getY(), to.getX())
                .setProfile(car.profile()));
        if (response.hasErrors() || response.getBest().getPoints().size() < 2) {
            return Optional.empty();
        }
        return Optional.of(response.getBest().getPoints().toLineString(false));
    }

    @Override
    public void close() {
        hopper.close();
    }
}
