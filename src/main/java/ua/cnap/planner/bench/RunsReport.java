package ua.cnap.planner.bench;

import java.util.List;

/**
 * What {@code bench runs} measured.
 *
 * @param cores          processors of this machine
 * @param loadAtStart    the system load average (1 min) when the bench began; negative where unknown
 * @param loadAtEnd      and when it ended
 * @param scenariosPerBatch oblast scenarios in each batch
 * @param batches        the batches: one instance, two instances, two with one killed
 * @param starts         answer times of the starts (202) while the solve had not started
 * @param oblasts        per oblast, from the batch on one instance: its run and its optimum
 * @param otherActiveRuns runs of others queued or running when the bench began (their load is in the figures)
 * @param logFolder      where the instances' logs are
 * @param leftInStore    scenarios and runs of the bench that could not be deleted at the end
 */
public record RunsReport(int cores, double loadAtStart, double loadAtEnd, int scenariosPerBatch, List<Batch> batches,
        List<StartLatency> starts, List<OblastFigures> oblasts, int otherActiveRuns, String logFolder,
        int leftInStore) {

    /**
     * One batch of oblast scenarios.
     *
     * @param label         what ran it
     * @param instances     planner instances over the one PostGIS
     * @param runs          scenario runs queued
     * @param done          ended DONE
     * @param failed        ended FAILED, CANCELLED or INTERRUPTED
     * @param lost          still queued or running when the bench gave up waiting
     * @param executedTwice runs an executor started more than once, but for the one restart of a run the
     *                      killed instance held (each such start executes the run again from the start)
     * @param takenOver     runs the killed instance held, executed again and finished by the other
     * @param wallSeconds   from the first run's start to the last run's end, by the runs' own timestamps
     * @param kill          what was killed, when, holding what; null when nothing was
     */
    public record Batch(String label, int instances, int runs, int done, int failed, int lost, int executedTwice,
            int takenOver, double wallSeconds, String kill) {
    }

    /**
     * Answer times of one kind of start.
     *
     * @param latency  percentiles
     * @param queued   how many answers said QUEUED (the solve had not started when the answer left)
     */
    public record StartLatency(LatencyStats latency, int queued) {
    }

    /**
     * One oblast's scenario run.
     *
     * @param oblast           its name
     * @param runSeconds       the run from its start to its end (preparation, reference, search, figures)
     * @param exactStatus      OR-Tools' status for the coverage reference (OPTIMAL: proven)
     * @param exactSeconds     how long that took: when proven, the time to the proven optimum of coverage
     * @param optimumSeconds   when the search reached the proven optimum (coverage at the cheapest cost),
     *                         since the solve started; null when it ran to its time limit
     * @param planSource       whose plan is proposed: the search's or, when better, the exact reference's
     * @param gap              coverage gap of the plan proposed
     * @param costGap          cost gap of the plan proposed
     * @param newlyCovered     residents the plan newly covers
     * @param costUah          what it costs
     */
    public record OblastFigures(String oblast, double runSeconds, String exactStatus, Double exactSeconds,
            Double optimumSeconds, String planSource, Double gap, Double costGap, long newlyCovered, long costUah) {
    }
}
