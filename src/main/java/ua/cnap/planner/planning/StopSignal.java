package ua.cnap.planner.planning;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A request to stop a solve early, from any thread: the solve then ends with its best so far. Solvers
 * register what stops them ({@link #onRequest}); a request made before that runs it at once.
 */
public final class StopSignal {

    private final List<Runnable> actions = new CopyOnWriteArrayList<>();
    private volatile boolean requested;

    public void request() {
        requested = true;
        actions.forEach(Runnable::run);
    }

    public boolean isRequested() {
        return requested;
    }

    /** Runs {@code action} when a stop is requested (at once if it already was). */
    public void onRequest(Runnable action) {
        actions.add(action);
        if (requested) {
            action.run();
        }
    }
}
