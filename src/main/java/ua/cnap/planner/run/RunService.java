package ua.cnap.planner.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.cnap.planner.planning.StopSignal;
import ua.cnap.planner.scenario.ScenarioJson;

/**
 * One pipeline for every long computation (plans, mobile routes, scenarios):
 *
 * <ol>
 *   <li>{@link #start}: the parameters are checked once by the kind's {@link RunHandler} (a bad field is
 *       a {@link ua.cnap.planner.io.BadInputException} naming it, nothing saved); when {@code maxActive}
 *       runs are queued or running already the start is refused with {@link RunsFullException} before
 *       any work; else the run is saved QUEUED and handed to the {@link RunQueue}, and the caller gets it
 *       back at once (preparation — coverage, candidates — happens inside the run);</li>
 *   <li>{@link #execute} (on a thread of the queue's bounded executor, in whichever instance picks it):
 *       marked RUNNING, executed, saved DONE / CANCELLED / FAILED with its result or error. A failing run
 *       fails alone; lists read only the columns they show.</li>
 * </ol>
 *
 * Stops: the owner or an admin asks ({@link #stop}); the flag is saved, so the instance executing the run
 * sees it within {@link #STOP_POLL} even when it is another one.
 */
public final class RunService implements AutoCloseable {

    /** How often an instance looks whether a run it executes was asked to stop elsewhere. */
    public static final Duration STOP_POLL = Duration.ofSeconds(2);
    /** Improvements kept with a run (the latest ones). */
    static final int KEPT_PROGRESS_STEPS = 50;
    private static final Duration PROGRESS_SAVE_INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);

    private final RunRepository repository;
    private final RunQueue queue;
    private final Map<RunKind, RunHandler> handlers = new EnumMap<>(RunKind.class);
    private final int maxActive;
    private final Clock clock;
    private final Supplier<String> dataVintage;
    private final Map<String, StopSignal> executing = new ConcurrentHashMap<>();
    private final ScheduledExecutorService stopWatcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "run-stop-watcher");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param maxActive   runs queued or running at most (all instances together); more are refused
     * @param dataVintage the id of the import the store holds now, kept with each result
     */
    public RunService(RunRepository repository, RunQueue queue, List<RunHandler> handlers, int maxActive, Clock clock,
            Supplier<String> dataVintage) {
        if (maxActive < 1) {
            throw new IllegalArgumentException("planner.runs.max-active must be at least 1, got " + maxActive);
        }
        this.repository = repository;
        this.queue = queue;
        handlers.forEach(h -> this.handlers.put(h.kind(), h));
        this.maxActive = maxActive;
        this.clock = clock;
        this.dataVintage = dataVintage;
    }

    /** Starts executing queued runs (this instance's share of them). */
    public void startExecuting() {
        queue.start(this::execute);
        long pollMillis = STOP_POLL.toMillis();
        stopWatcher.scheduleWithFixedDelay(this::pollStops, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Checks, saves QUEUED and queues a run; returns at once.
     *
     * @param parameters what the kind's handler reads (written as JSON)
     * @param owner      the account name, null from the command line or in single-user mode
     * @throws ua.cnap.planner.io.BadInputException a parameter is wrong (nothing saved)
     * @throws RunsFullException                    too many runs are queued or running
     */
    public Run start(RunKind kind, Object parameters, String owner) {
        String json = ScenarioJson.write(parameters);
        handler(kind).check(json);
        Run run;
        // one instance starts one run at a time; across instances the bound can be passed by as many
        // runs as there are instances starting at the same moment
        synchronized (this) {
            int active = repository.countActive();
            if (active >= maxActive) {
                throw new RunsFullException("вже " + active + " запусків у черзі або в роботі, більше не приймаємо; "
                        + "спробуйте, коли якийсь завершиться (" + active + " runs are queued or running, the most "
                        + "this planner takes; try again when one has finished)");
            }
            run = new Run(UUID.randomUUID().toString(), kind, owner, json, RunStatus.QUEUED, null, "queued", null,
                    null, null, 0, false, now(), null, null);
            repository.insert(run);
        }
        queue.enqueue(run.id());
        return run;
    }

    public Optional<Run> find(String id) {
        return repository.find(id);
    }

    public Run get(String id) {
        return repository.find(id).orElseThrow(() -> new RunNotFoundException(id));
    }

    /** Newest first, without results; {@code kind} null: every kind. */
    public List<Run> list(RunKind kind) {
        return repository.list(kind);
    }

    /**
     * The runs executing now, on this instance or another sharing the store: run id → instance name
     * ({@code planner.runs.instance-name}, else the host name).
     */
    public Map<String, String> listExecuting() {
        return queue.listExecuting();
    }

    /** The result of a run of the given kind, read back; empty while it has none. */
    public <T> Optional<T> findResult(String id, RunKind kind, Class<T> type) {
        Run run = get(id);
        if (run.kind() != kind) {
            throw new RunNotFoundException(id);
        }
        return Optional.ofNullable(ScenarioJson.read(run.resultJson(), type));
    }

    /** The parameters of a run, read back. */
    public <T> T parameters(Run run, Class<T> type) {
        return ScenarioJson.read(run.parametersJson(), type);
    }

    /**
     * Stops a run: a queued one ends CANCELLED at once, a running one ends with its best so far.
     *
     * @throws RunForbiddenException neither its owner nor an admin
     */
    public Run stop(String id, String username, boolean admin) {
        Run run = get(id);
        requireChangeableBy(run, username, admin);
        if (run.status().isActive()) {
            repository.requestStop(id, now());
            StopSignal signal = executing.get(id);
            if (signal != null) {
                signal.request();
            }
        }
        return get(id);
    }

    /** Deletes an ended run (a queued or running one is stopped first by {@link #stop}). */
    public void delete(String id, String username, boolean admin) {
        Run run = get(id);
        requireChangeableBy(run, username, admin);
        if (run.status().isActive()) {
            throw new IllegalArgumentException("запуск " + id + " ще триває: спершу зупиніть його (run " + id
                    + " is " + run.status() + "; stop it first)");
        }
        repository.delete(id);
    }

    private static void requireChangeableBy(Run run, String username, boolean admin) {
        if (!run.mayBeChangedBy(username, admin)) {
            throw new RunForbiddenException("запуск " + run.id() + " належить " + (run.owner() == null
                    ? "командному рядку" : run.owner()) + "; змінити його може лише власник або адміністратор (run "
                    + run.id() + " belongs to " + (run.owner() == null ? "the command line" : run.owner())
                    + "; only its owner or an admin may stop or delete it)");
        }
    }

    /** Executes one run on the calling thread (the queue's); never throws. */
    void execute(String id) {
        Optional<Run> claimed;
        try {
            claimed = repository.markRunning(id, now());
        } catch (RuntimeException e) {
            LOG.warn("run {} could not be started: {}", id, e.getMessage());
            throw e; // the queue keeps it and tries again
        }
        if (claimed.isEmpty()) {
            return; // cancelled while queued, deleted, or ended by an instance before this one
        }
        Run run = claimed.get();
        if (run.executions() > 1) {
            LOG.warn("run {} was RUNNING on an instance that stopped; executing it again from the start "
                    + "(execution {})", id, run.executions());
        }
        StopSignal stop = new StopSignal();
        executing.put(id, stop);
        if (run.stopRequested()) {
            stop.request();
        }
        Progress context = new Progress(id, stop);
        try {
            RunHandler handler = handler(run.kind());
            Object result = handler.execute(run, context);
            context.save();
            RunStatus status = stop.isRequested() ? RunStatus.CANCELLED : RunStatus.DONE;
            repository.finish(id, status, ScenarioJson.write(result), null, vintage(), now());
        } catch (RuntimeException | LinkageError | AssertionError e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("run {} failed: {}", id, message);
            repository.finish(id, RunStatus.FAILED, null, message, vintage(), now());
        } finally {
            executing.remove(id);
        }
    }

    private String vintage() {
        try {
            return dataVintage.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void pollStops() {
        for (Map.Entry<String, StopSignal> entry : executing.entrySet()) {
            try {
                if (!entry.getValue().isRequested() && repository.isStopRequested(entry.getKey())) {
                    entry.getValue().request();
                }
            } catch (RuntimeException e) {
                LOG.debug("stop flag of run {} not read: {}", entry.getKey(), e.getMessage());
            }
        }
    }

    private RunHandler handler(RunKind kind) {
        RunHandler handler = handlers.get(kind);
        if (handler == null) {
            throw new IllegalStateException("no handler for runs of kind " + kind);
        }
        return handler;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public void close() {
        stopWatcher.shutdownNow();
        queue.close();
    }

    /** Progress of one executing run: the latest steps, saved at most once a second. */
    private final class Progress implements RunContext {

        private final String id;
        private final StopSignal stop;
        private final Deque<Object> steps = new ArrayDeque<>();
        private volatile String step = "running";
        private long savedAtNanos;

        Progress(String id, StopSignal stop) {
            this.id = id;
            this.stop = stop;
        }

        @Override
        public synchronized void progress(Object value) {
            steps.addLast(value);
            while (steps.size() > KEPT_PROGRESS_STEPS) {
                steps.removeFirst();
            }
            if (System.nanoTime() - savedAtNanos > PROGRESS_SAVE_INTERVAL.toNanos()) {
                save();
            }
        }

        @Override
        public synchronized void step(String text) {
            step = text;
            save();
        }

        @Override
        public StopSignal stop() {
            return stop;
        }

        synchronized void save() {
            savedAtNanos = System.nanoTime();
            try {
                repository.saveProgress(id, steps.isEmpty() ? null : ScenarioJson.write(List.copyOf(steps)), step);
            } catch (RuntimeException e) {
                LOG.debug("progress of run {} not saved: {}", id, e.getMessage());
            }
        }
    }
}
