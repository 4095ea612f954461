package ua.cnap.planner.bench;

import java.util.Arrays;

/**
 * Figures of one kind of request in a load run.
 *
 * @param name               what was requested, e.g. {@code GET /api/oblasts}
 * @param count              requests answered (any status) or failed
 * @param errors             non-2xx answers other than 429, and requests that got no answer
 * @param throttled          429 answers (the server refusing more work, as designed)
 * @param p50Millis          median latency of the answered requests
 * @param p95Millis          95th percentile
 * @param p99Millis          99th percentile
 * @param maxMillis          slowest
 * @param requestsPerSecond  count over the run's wall time
 */
public record LatencyStats(String name, long count, long errors, long throttled, double p50Millis, double p95Millis,
        double p99Millis, double maxMillis, double requestsPerSecond) {

    /**
     * @param latenciesNanos latencies of answered requests (any order; not changed)
     * @param count          every request, answered or not
     * @param seconds        wall time of the run
     */
    public static LatencyStats of(String name, long[] latenciesNanos, long count, long errors, long throttled,
            double seconds) {
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(name, count, errors, throttled, millis(percentile(sorted, 50)),
                millis(percentile(sorted, 95)), millis(percentile(sorted, 99)),
                millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
                seconds > 0 ? Math.round(count / seconds * 10) / 10.0 : 0);
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value such that at least
     * {@code percent} % of the values are at or below it; 0 for no values.
     */
    public static long percentile(long[] sorted, double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
