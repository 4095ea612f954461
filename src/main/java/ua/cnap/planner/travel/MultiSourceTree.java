package ua.cnap.planner.travel;

import com.carrotsearch.hppc.IntObjectHashMap;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.Graph;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.GHUtility;
import java.util.PriorityQueue;

/**
 * Dijkstra from several sources at once against the direction of travel: every node ends up labelled
 * with its fastest source and the time to reach it. GraphHopper's {@code ShortestPathTree} takes one
 * source only; a virtual super-source would have to be a node in its graph, so this small search is
 * written here instead. Ordered by time, which equals the weighting's order because the profiles have
 * no distance influence and priorities of only 0 (closed) or 1.
 */
final class MultiSourceTree {

    /** A node's best label so far; {@code source} is the caller's destination index. */
    static final class Label {
        final int node;
        final double millis;
        final double meters;
        final int source;
        boolean settled;
        boolean superseded;

        Label(int node, double millis, double meters, int source) {
            this.node = node;
            this.millis = millis;
            this.meters = meters;
            this.source = source;
        }
    }

    private final Graph graph;
    private final Weighting weighting;
    private final double limitMillis;
    private final IntObjectHashMap<Label> labels = new IntObjectHashMap<>();
    private final PriorityQueue<Label> queue = new PriorityQueue<>((a, b) -> Double.compare(a.millis, b.millis));

    MultiSourceTree(Graph graph, Weighting weighting, double limitMillis) {
        this.graph = graph;
        this.weighting = weighting;
        this.limitMillis = limitMillis;
    }

    /** A source at {@code node} whose own access already costs {@code millis} and {@code meters}. */
    void addSource(int node, double millis, double meters, int source) {
        offer(node, millis, meters, source);
    }

    /** Grows the tree until every node within the time limit is settled. */
    void search() {
        EdgeExplorer explorer = graph.createEdgeExplorer();
        while (!queue.isEmpty()) {
            Label current = queue.poll();
            if (current.superseded || current.settled) {
                continue;
            }
            current.settled = true;
            EdgeIterator edge = explorer.setBaseNode(current.node);
            while (edge.next()) {
                // reverse flow: the edge is driven from its adjacent node towards the current one
                double weight = GHUtility.calcWeightWithTurnWeight(weighting, edge, true, EdgeIterator.NO_EDGE);
                if (Double.isInfinite(weight)) {
                    continue;
                }
                double millis = current.millis + GHUtility.calcMillisWithTurnMillis(weighting, edge, true, EdgeIterator.NO_EDGE);
                offer(edge.getAdjNode(), millis, current.meters + edge.getDistance(), current.source);
            }
        }
    }

    /** The settled label of a node, or null if the node is beyond the limit or cut off. */
    Label find(int node) {
        Label label = labels.get(node);
        return label != null && label.settled ? label : null;
    }

    private void offer(int node, double millis, double meters, int source) {
        if (millis > limitMillis) {
            return;
        }
        Label old = labels.get(node);
        if (old != null && (old.settled || old.millis <= millis)) {
            return;
        }
        if (old != null) {
            old.superseded = true;
        }
        Label label = new Label(node, millis, meters, source);
        labels.put(node, label);
        queue.add(label);
    }
}
