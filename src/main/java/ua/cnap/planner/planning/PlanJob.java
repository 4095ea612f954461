package ua.cnap.planner.planning;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plan being solved: its status, the best score over time, and in the end the result. Safe to read
 * from any thread while the solver writes to it.
 */
public final class PlanJob {

    /** Where the job is. */
    public enum Status {
        /** OptaPlanner is searching. */
        SOLVING,
        /** OR-Tools computes the exact reference (before the search) or the cheapest plan of the coverage found (after). */
        BOUNDING,
        /** Finished: the result is there. */
        DONE,
        /** Stopped early by the user: the result holds the best plan found until then. */
        CANCELLED,
        /** Failed: see the error. */
        FAILED
    }

    private final String id;
    private final PlanRequest request;
    private final Instant createdAt = Instant.now();
    private final List<PlanProgress> progress = new CopyOnWriteArrayList<>();
    private final CompletableFuture<PlanResult> result = new CompletableFuture<>();
    private volatile Status status;
    private volatile boolean cancelRequested;
    private volatile boolean stoppedAtOptimum;
    private volatile String error;

    PlanJob(String id, PlanRequest request) {
        this.id = id;
        this.request = request;
        boolean exactFirst = request.exactTimeLimit() != null && !request.exactTimeLimit().isZero();
        this.status = exactFirst ? Status.BOUNDING : Status.SOLVING;
    }

    public String id() {
        return id;
    }

    public PlanRequest request() {
        return request;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public List<PlanProgress> progress() {
        return List.copyOf(progress);
    }

    /** The result once DONE or CANCELLED. */
    public PlanResult findResult() {
        return result.getNow(null);
    }

    public String error() {
        return error;
    }

    /** Waits for the end of the job; a failed job throws; a job cancelled before it started gives null. */
    public PlanResult awaitResult() {
        return result.join();
    }

    public boolean isFinished() {
        return result.isDone();
    }

    void addProgress(PlanProgress step) {
        progress.add(step);
    }

    void bounding() {
        status = Status.BOUNDING;
    }

    void solving() {
        status = Status.SOLVING;
    }

    /**
     * The search reached the proven optimum (coverage and cost) and is stopped there.
     *
     * @return true the first time
     */
    synchronized boolean reachedOptimum() {
        boolean first = !stoppedAtOptimum;
        stoppedAtOptimum = true;
        return first;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    public boolean stoppedAtOptimum() {
        return stoppedAtOptimum;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    void finish(PlanResult planResult) {
        status = cancelRequested ? Status.CANCELLED : Status.DONE;
        result.complete(planResult);
    }

    /** Stopped before the solver started: cancelled, no plan. */
    void cancelBeforeStart() {
        status = Status.CANCELLED;
        result.complete(null);
    }

    void fail(Throwable cause) {
        error = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        status = Status.FAILED;
        result.completeExceptionally(cause);
    }
}
