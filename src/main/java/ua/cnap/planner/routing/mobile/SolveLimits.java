package ua.cnap.planner.routing.mobile;

import java.time.Duration;

/**
 * When the solver stops: after {@code timeLimit}, or earlier after {@code stepLimit} local-search steps
 * or {@code unimprovedLimit} without a better schedule (null: no such limit). Tests use step limits,
 * never wall time.
 */
public record SolveLimits(Duration timeLimit, Integer stepLimit, Duration unimprovedLimit) {

    public static SolveLimits of(Duration timeLimit) {
        return new SolveLimits(timeLimit, null, null);
    }

    public static SolveLimits steps(int steps) {
        return new SolveLimits(Duration.ofMinutes(10), steps, null);
    }
}
