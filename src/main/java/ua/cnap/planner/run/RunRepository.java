package ua.cnap.planner.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where runs are kept (port; the store implements it for both stores with the same SQL). */
public interface RunRepository {

    void insert(Run run);

    Optional<Run> find(String id);

    /** Newest first, without results and progress (lists stay small); {@code kind} null: every kind. */
    List<Run> list(RunKind kind);

    /** QUEUED or RUNNING runs, of every instance. */
    int countActive();

    /**
     * Marks a QUEUED run (or a RUNNING one whose executor died: taken over) RUNNING and counts the
     * execution; empty when the run is gone or already ended (e.g. cancelled while queued).
     */
    Optional<Run> markRunning(String id, Instant now);

    /** The latest improvements and step of a running run. */
    void saveProgress(String id, String progressJson, String step);

    /** Ends a run; a later call for the same run changes nothing (it ended once). */
    boolean finish(String id, RunStatus status, String resultJson, String error, String dataVintage, Instant now);

    /** Sets the stop flag; a QUEUED run ends CANCELLED at once. */
    void requestStop(String id, Instant now);

    /** Whether a stop was asked for (the executing instance polls it). */
    boolean isStopRequested(String id);

    boolean delete(String id);
}
