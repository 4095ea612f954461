package ua.cnap.planner.routing.mobile;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A routes job: status, improvements over time and in the end the result; safe to read from any thread. */
public final class RouteJob {

    /** Where the job is. */
    public enum Status {
        /** Waiting for a free solver. */
        QUEUED,
        /** Coverage, travel matrix and search. */
        SOLVING,
        /** Finished. */
        DONE,
        /** Stopped by the user: the result holds the best schedule found until then (none if never started). */
        CANCELLED,
        /** Failed: see the error. */
        FAILED
    }

    private final String id;
    private final MobileRouteRequest request;
    private final Instant createdAt = Instant.now();
    private final List<MobileRouteSolver.Progress> progress = new CopyOnWriteArrayList<>();
    private final CompletableFuture<MobileRouteResult> result = new CompletableFuture<>();
    final MobileRouteSolver.Cancellation cancellation = new MobileRouteSolver.Cancellation();
    private volatile Status status = Status.QUEUED;
    private volatile String error;

    RouteJob(String id, MobileRouteRequest request) {
        this.id = id;
        this.request = request;
    }

    public String id() {
        return id;
    }

    public MobileRouteRequest request() {
        return request;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public List<MobileRouteSolver.Progress> progress() {
        return List.copyOf(progress);
    }

    public MobileRouteResult findResult() {
        return result.getNow(null);
    }

    public String error() {
        return error;
    }

    public boolean isFinished() {
        return result.isDone();
    }

    /** Waits for the end; a failed job throws; a job cancelled before it started gives null. */
    public MobileRouteResult awaitResult() {
        return result.join();
    }

    void solving() {
        status = Status.SOLVING;
    }

    void addProgress(MobileRouteSolver.Progress step) {
        progress.add(step);
    }

    void finish(MobileRouteResult value) {
        status = cancellation.isRequested() ? Status.CANCELLED : Status.DONE;
        result.complete(value);
    }

    void fail(Throwable failure) {
        error = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        status = Status.FAILED;
        result.completeExceptionally(failure);
    }

    void cancelBeforeStart() {
        status = Status.CANCELLED;
        result.complete(null);
    }
}
