package ua.cnap.planner.run;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Hands run ids to a bounded executor, possibly of another instance sharing the store (port; the store
 * implements it with db-scheduler). A run whose instance dies is handed out again.
 */
public interface RunQueue extends AutoCloseable {

    /** Starts taking runs; each id is given to {@code executor} on one of a bounded number of threads. */
    void start(Consumer<String> executor);

    /** Queues a run to be executed as soon as a thread of any instance is free. */
    void enqueue(String runId);

    /**
     * The runs an executor holds now, of every instance sharing the store: run id → the name of the
     * instance holding it. A dead instance's runs stay here until they are taken over.
     */
    Map<String, String> listExecuting();

    @Override
    void close();
}
