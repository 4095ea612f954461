package ua.cnap.planner.travel;

import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.Wgs84;

/**
 * Times the road model: graph build (or cache load) and one-to-many trees from random road nodes
 * (fixed seed, so runs compare). Prints nothing; the caller reports the figures.
 */
public final class RoadModelBenchmark {

    /** Trees grown by {@link #run(Path, Path, int)}. */
    public static final int DEFAULT_TREES = 10;
    /** Time limit of each tree: one hour, the planner's widest catchment. */
    public static final double LIMIT_SECONDS = 3600;

    private RoadModelBenchmark() {
    }

    /**
     * @param graphBuilt        true if the graph was imported now, false if loaded from the cache
     * @param buildOrLoadSeconds wall time of {@link RoadNetworkModel#load}
     * @param meanTreeMillis    wall time of one {@code travelTo} call (car tree, and the foot tree)
     * @param reachedOrigins    origins reached within the limit, over all trees
     */
    public record Result(String model, boolean graphBuilt, double buildOrLoadSeconds, int nodes, int edges,
            int trees, int originsPerTree, double totalTreeSeconds, double meanTreeMillis, long reachedOrigins) {
    }

    public static Result run(Path osmFile, Path workspace, int origins) {
        return run(osmFile, workspace, origins, DEFAULT_TREES);
    }

    public static Result run(Path osmFile, Path workspace, int origins, int trees) {
        long start = System.nanoTime();
        try (RoadNetworkModel model = RoadNetworkModel.load(osmFile, workspace)) {
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            Random random = new Random(42);
            long reached = 0;
            long treeNanos = 0;
            for (int t = 0; t < trees; t++) {
                Point destination = randomNode(model.baseGraph(), random);
                List<Point> from = new ArrayList<>(origins);
                for (int i = 0; i < origins; i++) {
                    from.add(randomNode(model.baseGraph(), random));
                }
                long treeStart = System.nanoTime();
                List<Travel> travels = model.travelTo(destination, from, LIMIT_SECONDS);
                treeNanos += System.nanoTime() - treeStart;
                reached += travels.stream().filter(Travel::reachable).count();
            }
            double treeSeconds = treeNanos / 1e9;
            return new Result(model.name(), model.builtNow(), loadSeconds, model.nodeCount(), model.edgeCount(), trees,
                    origins, treeSeconds, trees == 0 ? 0 : treeSeconds * 1000 / trees, reached);
        }
    }

    private static Point randomNode(BaseGraph graph, Random random) {
        NodeAccess nodes = graph.getNodeAccess();
        int node = random.nextInt(graph.getNodes());
        return Wgs84.FACTORY.createPoint(new Coordinate(nodes.getLon(node), nodes.getLat(node)));
    }
}
