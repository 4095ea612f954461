package ua.cnap.planner.planning.pmedian;

import java.util.Arrays;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * Incremental p-median score: every customer keeps its nearest and second-nearest open vertex
 * (the bookkeeping of Whitaker's fast interchange).
 *
 * <p>Opening a vertex costs O(n): each customer compares one distance with its two kept ones.
 * Closing a vertex costs O(n) plus O(p) for each customer that had it as nearest or second
 * nearest (about 2n/p of them), so a change move is O(n) instead of the O(n·p) of re-scoring.
 * Several medians on one vertex count once for the distance and once each beyond the first
 * for the hard score.
 */
public class PMedianIncrementalScoreCalculator
        implements IncrementalScoreCalculator<PMedianSolution, HardSoftLongScore> {

    private static final int NONE = -1;

    private int n;
    private int[][] distance;
    private long[] weight;
    /** Medians on each vertex. */
    private int[] mediansAt;
    /** Vertices with at least one median, in {@code open[0..openCount)}; {@code openSlot} inverts it. */
    private int[] open;
    private int[] openSlot;
    private int openCount;
    private int[] nearest;
    private int[] secondNearest;
    private long weightedDistance;
    private long surplusMedians;

    @Override
    public void resetWorkingSolution(PMedianSolution solution) {
        PMedianProblem problem = solution.getProblem();
        n = problem.n();
        distance = problem.distance();
        weight = problem.weight();
        mediansAt = new int[n];
        open = new int[n];
        openSlot = new int[n];
        openCount = 0;
        nearest = new int[n];
        secondNearest = new int[n];
        Arrays.fill(nearest, NONE);
        Arrays.fill(secondNearest, NONE);
        weightedDistance = 0;
        surplusMedians = 0;
        for (Median median : solution.getMedians()) {
            add(median.getVertex());
        }
    }

    @Override
    public void beforeEntityAdded(Object entity) {
    }

    @Override
    public void afterEntityAdded(Object entity) {
        add(((Median) entity).getVertex());
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        remove(((Median) entity).getVertex());
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        add(((Median) entity).getVertex());
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        remove(((Median) entity).getVertex());
    }

    @Override
    public void afterEntityRemoved(Object entity) {
    }

    @Override
    public HardSoftLongScore calculateScore() {
        return HardSoftLongScore.of(-surplusMedians, -weightedDistance);
    }

    private void add(Integer vertex) {
        if (vertex == null) {
            return;
        }
        int v = vertex;
        if (mediansAt[v]++ > 0) {
            surplusMedians++;
            return;
        }
        open[openCount] = v;
        openSlot[v] = openCount++;
        for (int i = 0; i < n; i++) {
            int d = distance[i][v];
            int first = nearest[i];
            if (first == NONE) {
                nearest[i] = v;
                weightedDistance += weight[i] * d;
            } else if (d < distance[i][first]) {
                secondNearest[i] = first;
                nearest[i] = v;
                weightedDistance += weight[i] * (d - distance[i][first]);
            } else if (secondNearest[i] == NONE || d < distance[i][secondNearest[i]]) {
                secondNearest[i] = v;
            }
        }
    }

    private void remove(Integer vertex) {
        if (vertex == null) {
            return;
        }
        int v = vertex;
        if (--mediansAt[v] > 0) {
            surplusMedians--;
            return;
        }
        int slot = openSlot[v];
        int last = open[--openCount];
        open[slot] = last;
        openSlot[last] = slot;
        for (int i = 0; i < n; i++) {
            if (nearest[i] == v) {
                int second = secondNearest[i];
                weightedDistance -= weight[i] * distance[i][v];
                nearest[i] = second;
                if (second != NONE) {
                    weightedDistance += weight[i] * distance[i][second];
                    secondNearest[i] = closestOpenExcept(i, second);
                }
            } else if (secondNearest[i] == v) {
                secondNearest[i] = closestOpenExcept(i, nearest[i]);
            }
        }
    }

    private int closestOpenExcept(int customer, int excluded) {
        int[] row = distance[customer];
        int best = NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < openCount; k++) {
            int u = open[k];
            if (u != excluded && row[u] < bestDistance) {
                best = u;
                bestDistance = row[u];
            }
        }
        return best;
    }
}
