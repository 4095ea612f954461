package ua.cnap.planner.planning.pmedian;

import java.util.List;

/**
 * A solved p-median question.
 *
 * @param objective         weighted distance sum of the best solution found
 * @param medians           chosen vertices, 0-based, ascending, p distinct
 * @param seconds           wall time of the solve, construction included
 * @param bestScoreTimeline each improvement of the best feasible objective, in time order
 */
public record PMedianResult(long objective, int[] medians, double seconds, List<Improvement> bestScoreTimeline) {

    /** The best objective became {@code objective} after {@code seconds} of solving. */
    public record Improvement(double seconds, long objective) {
    }
}
