package ua.cnap.planner.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where scenarios are kept, whichever store holds them. */
public interface ScenarioRepository {

    /** Inserts a new scenario or replaces the saved one with the same id, in one statement. */
    void save(Scenario scenario);

    Optional<Scenario> find(String id);

    /** All scenarios without their results, newest first. */
    List<ScenarioSummary> list();

    /** Removes it; false when there was none. */
    boolean delete(String id);

    /**
     * Marks every QUEUED or RUNNING scenario INTERRUPTED (after the process that ran them stopped).
     *
     * @return how many were marked
     */
    int markActiveAsInterrupted(Instant now, String reason);
}
