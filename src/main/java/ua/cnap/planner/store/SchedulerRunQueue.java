package ua.cnap.planner.store;

import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.cnap.planner.run.RunQueue;

/**
 * The run queue over the store's {@code scheduled_tasks} table with db-scheduler: one one-time task
 * "planner-run" per run (its instance id is the run id), picked by exactly one instance; the picking
 * instance sends heartbeats, and an execution whose heartbeats stop (its instance died) is revived
 * after {@code missedHeartbeats × heartbeat} in its place in the queue and picked again, by any instance
 * — the run is then executed again from the start. Several instances over one PostGIS share the queue this way.
 */
public final class SchedulerRunQueue implements RunQueue {

    /** The task's name in {@code scheduled_tasks}. */
    public static final String TASK_NAME = "planner-run";
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerRunQueue.class);

    private final PlannerStore store;
    private final Settings settings;
    private final OneTimeTask<Void> task;
    /** Queues without executing (a process that only starts runs, e.g. a batch client). */
    private final SchedulerClient client;
    private volatile Consumer<String> executor;
    private volatile Scheduler scheduler;

    /**
     * @param threads          runs executed at once by this instance (a solve uses a core)
     * @param pollingInterval  how often this instance looks for due runs (a start on this instance
     *                         is picked at once)
     * @param heartbeat        how often an executing instance says it is alive
     * @param missedHeartbeats after this many missed heartbeats its runs are taken over
     * @param instanceName     how this instance is named in {@code picked_by} (null: host name)
     */
    public record Settings(int threads, Duration pollingInterval, Duration heartbeat, int missedHeartbeats,
            String instanceName) {

        public Settings {
            if (threads < 1 || threads > 8) {
                throw new IllegalArgumentException("planner.runs.threads must be 1 to 8, got " + threads);
            }
            if (missedHeartbeats < 4) { // db-scheduler's own lower bound
                throw new IllegalArgumentException("planner.runs.missed-heartbeats must be at least 4, got "
                        + missedHeartbeats);
            }
        }
    }

    public SchedulerRunQueue(PlannerStore store, Settings settings) {
        this.store = store;
        this.settings = settings;
        this.task = Tasks.oneTime(TASK_NAME)
                .onDeadExecution(SchedulerRunQueue::reviveInItsPlace)
                .execute((instance, context) -> {
                    Consumer<String> current = executor;
                    if (current == null) {
                        throw new IllegalStateException("run " + instance.getId() + " picked before the queue started");
                    }
                    current.accept(instance.getId());
                });
        this.client = SchedulerClient.Builder.create(store.dataSource(), task).build();
    }

    /**
     * A dead instance's run is queued again at its first execution time, so the next free thread takes it
     * before the runs queued after it; db-scheduler's own revive queues it as of now, behind everything
     * queued meanwhile (in {@code bench runs}: 60 s behind a batch for a run found dead after 11 s).
     */
    private static void reviveInItsPlace(ExecutionComplete dead, ExecutionOperations<Void> operations) {
        LOG.warn("run {}: instance {} stopped sending heartbeats; queued again in its place",
                dead.getExecution().getId(), dead.getExecution().pickedBy);
        operations.reschedule(dead, dead.getExecution().getExecutionTime());
    }

    @Override
    public synchronized void start(Consumer<String> executor) {
        if (scheduler != null) {
            throw new IllegalStateException("the run queue is started already");
        }
        this.executor = executor;
        var builder = Scheduler.create(store.dataSource(), task)
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5));
        if (settings.instanceName() != null && !settings.instanceName().isBlank()) {
            builder.schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(settings.instanceName()));
        }
        scheduler = builder.build();
        scheduler.start();
    }

    @Override
    public void enqueue(String runId) {
        // through the started scheduler, this instance picks its own start at once
        Scheduler running = scheduler;
        (running != null ? running : client).schedule(task.instance(runId), Instant.now());
    }

    /** The picked executions of {@code scheduled_tasks} ({@code picked_by}: the instance's name). */
    @Override
    public Map<String, String> listExecuting() {
        Map<String, String> executing = new TreeMap<>();
        client.fetchScheduledExecutionsForTask(TASK_NAME, Void.class, ScheduledExecutionsFilter.all().withPicked(true),
                execution -> executing.put(execution.getTaskInstance().getId(), execution.getPickedBy()));
        return executing;
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }
}
