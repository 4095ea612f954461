package ua.cnap.planner.bench;

import java.util.List;
import java.util.Map;

/**
 * What a load run measured; printed by {@code bench-load} and as its {@code --json}.
 *
 * @param baseUrl      the server loaded
 * @param users        concurrent map users
 * @param solveClients concurrent plan clients
 * @param seconds      wall time from the first request until every client stopped (after the warm-up)
 * @param warmUpMillis latency of each path requested once, alone, before the run (cold caches)
 * @param requests     one line per path, then the plan requests
 * @param mapOverall   all map users' requests together
 * @param solves       what the plan clients achieved
 * @param errorSamples up to {@value LoadBenchmark#ERROR_SAMPLES} distinct error descriptions
 */
public record LoadReport(String baseUrl, int users, int solveClients, double seconds,
        Map<String, Double> warmUpMillis, List<LatencyStats> requests,
        LatencyStats mapOverall, SolveFigures solves, List<String> errorSamples) {

    /**
     * @param started             plans accepted (202)
     * @param completed           plans that reached DONE
     * @param failed              plans that ended FAILED or CANCELLED, or whose polling failed
     * @param throttled           starts refused with 429 (more plans than the server solves at once)
     * @param stoppedAtEnd        plans still solving when the run ended, stopped with DELETE
     * @param medianSolveSeconds  median wall time from start to DONE, 0 when none completed
     */
    public record SolveFigures(long started, long completed, long failed, long throttled, long stoppedAtEnd,
            double medianSolveSeconds) {
    }

    /** Errors of every line together. */
    public long totalErrors() {
        return requests.stream().mapToLong(LatencyStats::errors).sum();
    }
}
