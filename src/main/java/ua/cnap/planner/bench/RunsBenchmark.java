package ua.cnap.planner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import ua.cnap.planner.territory.Oblast;

/**
 * {@code bench runs}: a batch of oblast scenarios (one per oblast) through the one persisted run queue,
 * on planner servers in their own JVMs over one PostGIS, the way a donor programme runs them: first on
 * one instance, then on two, then on two of which one is killed with SIGKILL while it executes a run.
 * Each batch is started over HTTP; while it runs, plans and routes are started too (and stopped at once)
 * to time the answer of a start whose solve has not begun. Measured: wall time per batch, runs done,
 * failed, lost, executed twice and taken over (from the runs' {@code executions} and db-scheduler's
 * {@code picked_by}), and per oblast when its optimum was proven and when the search reached it.
 *
 * <p>A figure, never a test: nothing here asserts a speed. The instances are stopped whatever happens,
 * also on Ctrl-C; the scenarios and runs the bench made are deleted at the end.
 */
public final class RunsBenchmark {

    static final String SCENARIO_START = "POST /api/scenarios/{id}/run";
    static final String PLAN_START = "POST /api/plans";
    static final String ROUTES_START = "POST /api/routes";
    /** Plans and routes started (and stopped at once) per batch, to time their answers. */
    static final int STARTS_PER_BATCH = 4;
    /** How long an instance may take to answer after its start (a busy 2-core machine: about a minute). */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What to run.
     *
     * @param oblasts      one scenario per oblast in each batch
     * @param register     the register of today's offices every scenario uses (ukraine-2017 has every oblast)
     * @param budgetUah    each oblast's budget
     * @param solveSeconds time limit of each plan's search and of its exact reference
     * @param firstPort    the first instance listens here, the second on the next port (loopback only)
     * @param arguments    the planner's arguments for each instance ({@code --data}, {@code --store postgis},
     *                     Spring settings), the port and name added per instance
     * @param environment  variables for the instances (the PostGIS connection)
     * @param token        an API token of a planner (the same store, so every instance accepts it)
     * @param logFolder    where the instances' logs go
     */
    public record Settings(List<Oblast> oblasts, String register, long budgetUah, int solveSeconds, int firstPort,
            List<String> arguments, Map<String, String> environment, String token, Path logFolder) {

        public Settings {
            if (oblasts.isEmpty()) {
                throw new IllegalArgumentException("no oblasts to run: import the data into this store first");
            }
            if (solveSeconds < 1 || solveSeconds > 600) {
                throw new IllegalArgumentException("--solve-seconds must be 1 to 600, got " + solveSeconds);
            }
            if (firstPort < 1024 || firstPort > 65534) {
                throw new IllegalArgumentException("--port must be 1024 to 65534, got " + firstPort);
            }
        }
    }

    private final Settings settings;
    private final Supplier<Map<String, String>> executing;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, List<Long>> startNanos = new LinkedHashMap<>();
    private final Map<String, Integer> startsQueued = new LinkedHashMap<>();
    private final List<String> scenarios = new ArrayList<>();
    private final List<String> runs = new ArrayList<>();
    private final List<PlannerProcess> instances = new CopyOnWriteArrayList<>();

    /**
     * @param executing the runs executing now, of every instance: run id → instance name (the queue's
     *                  {@code listExecuting}, read from the same store)
     */
    public RunsBenchmark(Settings settings, Supplier<Map<String, String>> executing) {
        this.settings = settings;
        this.executing = executing;
        for (String name : List.of(SCENARIO_START, PLAN_START, ROUTES_START)) {
            startNanos.put(name, new ArrayList<>());
            startsQueued.put(name, 0);
        }
    }

    /** Runs the three batches; the instances are stopped before it returns or throws. */
    public RunsReport run() {
        double loadAtStart = load();
        Thread killOnExit = new Thread(() -> instances.forEach(PlannerProcess::kill), "bench-runs-cleanup");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        try {
            PlannerProcess a = start("bench-a", settings.firstPort());
            int otherActive = (int) listRuns(a).stream().filter(RunState::isActive).count();
            List<RunsReport.OblastFigures> oblasts = new ArrayList<>();
            RunsReport.Batch one = batch("one instance", List.of(a), a, null, oblasts);
            PlannerProcess b = start("bench-b", settings.firstPort() + 1);
            RunsReport.Batch two = batch("two instances", List.of(a, b), b, null, null);
            RunsReport.Batch killed = batch("two instances, bench-a killed", List.of(a, b), b, a, null);
            int left = deleteWhatWasMade(b);
            return new RunsReport(Runtime.getRuntime().availableProcessors(), loadAtStart, load(),
                    settings.oblasts().size(), List.of(one, two, killed), starts(), oblasts, otherActive,
                    settings.logFolder().toString(), left);
        } finally {
            instances.forEach(PlannerProcess::close);
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private PlannerProcess start(String name, int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use (instance " + name
                    + " would listen there): stop what uses it or choose other ports with --port");
        }
        PlannerProcess process = PlannerProcess.start(name, port, settings.arguments(), settings.environment(),
                settings.logFolder());
        instances.add(process);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance " + name + " ended before it answered; the end of "
                        + process.log() + ":\n" + process.logTail(30));
            }
            if (send("GET", process, "/api/runs?kind=scenario", null).status() == 200) {
                return process;
            }
            pause(POLL_INTERVAL);
        }
        throw new IllegalStateException("instance " + name + " did not answer within " + READY_TIMEOUT.toMinutes()
                + " min; the end of " + process.log() + ":\n" + process.logTail(30));
    }

    /**
     * One batch: a scenario per oblast created, then all started (spread over {@code posters}), plans
     * and routes started and stopped beside them, then followed on {@code reader} until every run ended
     * or the deadline passed. With a {@code victim}, it is killed once a third of the runs are done and
     * it executes one of them.
     *
     * @param oblasts filled with the per-oblast figures when not null
     */
    private RunsReport.Batch batch(String label, List<PlannerProcess> posters, PlannerProcess reader,
            PlannerProcess victim, List<RunsReport.OblastFigures> oblasts) {
        Map<String, Oblast> runOblasts = new LinkedHashMap<>();
        Map<String, String> runScenarios = new LinkedHashMap<>();
        List<String> scenarioIds = new ArrayList<>();
        for (Oblast oblast : settings.oblasts()) {
            scenarioIds.add(expect(201, "POST /api/scenarios", send("POST", posters.get(0), "/api/scenarios",
                    scenarioBody(label, oblast))).json().path("id").asText());
        }
        scenarios.addAll(scenarioIds);
        for (int i = 0; i < scenarioIds.size(); i++) {
            Answer started = expect(202, SCENARIO_START, send("POST", posters.get(i % posters.size()),
                    "/api/scenarios/" + scenarioIds.get(i) + "/run", null));
            String runId = timed(SCENARIO_START, started, started.json().path("run"));
            runOblasts.put(runId, settings.oblasts().get(i));
            runScenarios.put(runId, scenarioIds.get(i));
        }
        for (int k = 0; k < STARTS_PER_BATCH; k++) {
            PlannerProcess poster = posters.get(k % posters.size());
            Oblast oblast = settings.oblasts().get(k % settings.oblasts().size());
            startAndStop(PLAN_START, poster, "/api/plans", planBody(oblast));
            startAndStop(ROUTES_START, poster, "/api/routes", routesBody(oblast));
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(
                (long) runOblasts.size() * (4L * settings.solveSeconds() + 60)).toNanos();
        Set<String> heldAtKill = Set.of();
        Instant killedAt = null;
        Instant requeuedAt = null;
        String kill = null;
        List<RunState> mine = List.of();
        while (true) {
            mine = listRuns(reader).stream().filter(run -> runOblasts.containsKey(run.id())).toList();
            long ended = mine.stream().filter(run -> !run.isActive()).count();
            if (victim != null && kill == null && ended >= runOblasts.size() / 3 && holdsOneOf(victim, runOblasts)) {
                victim.kill();
                killedAt = Instant.now();
                heldAtKill = held(victim);
                kill = String.format("%s (pid %d) killed with SIGKILL when %d of %d runs had ended; it held %d run(s)",
                        victim.name(), victim.pid(), ended, runOblasts.size(), heldAtKill.size());
            }
            if (killedAt != null && requeuedAt == null && held(victim).isEmpty()) {
                requeuedAt = Instant.now(); // found dead by a survivor and queued again
            }
            if (ended == runOblasts.size() && mine.size() == runOblasts.size() || System.nanoTime() > deadline) {
                break;
            }
            pause(POLL_INTERVAL);
        }
        if (victim != null && kill == null) {
            kill = victim.name() + " was not killed: it held no run of the batch once a third had ended";
        }
        if (requeuedAt != null) {
            kill += String.format("; queued again %.1f s after the kill", seconds(killedAt, requeuedAt));
        }
        for (RunState run : mine) {
            if (heldAtKill.contains(run.id()) && run.executions() == 2 && run.startedAt() != null) {
                kill += String.format(", started again after %.1f s", seconds(killedAt, run.startedAt()));
            }
        }

        if (oblasts != null) {
            Map<String, RunState> ended = new LinkedHashMap<>();
            mine.forEach(run -> ended.put(run.id(), run));
            runOblasts.forEach((id, oblast) -> {
                if (ended.containsKey(id)) {
                    oblasts.add(oblastFigures(reader, oblast, runScenarios.get(id), ended.get(id)));
                }
            });
        }
        return tally(label, posters.size(), runOblasts.size(), mine, heldAtKill, kill);
    }

    /** A run as {@code GET /api/runs} lists it. */
    record RunState(String id, String status, int executions, Instant createdAt, Instant startedAt,
            Instant finishedAt) {

        static RunState of(JsonNode run) {
            return new RunState(run.path("id").asText(), run.path("status").asText(), run.path("executions").asInt(),
                    instant(run.path("createdAt")), instant(run.path("startedAt")), instant(run.path("finishedAt")));
        }

        boolean isActive() {
            return "QUEUED".equals(status) || "RUNNING".equals(status);
        }
    }

    /**
     * A batch's figures from its runs as they ended. An executor that starts a run counts an execution;
     * a run the killed instance held is expected to be started once more (taken over, executed again from
     * the start: its first execution died with the instance); any other second start is a run executed
     * twice. Runs not listed or still active are lost.
     *
     * @param queued     runs queued in the batch
     * @param heldAtKill the runs the killed instance held when it died (empty without a kill)
     */
    static RunsReport.Batch tally(String label, int instances, int queued, List<RunState> runs, Set<String> heldAtKill,
            String kill) {
        int done = 0;
        int failed = 0;
        int executedTwice = 0;
        int takenOver = 0;
        Instant first = null;
        Instant last = null;
        for (RunState run : runs) {
            boolean restartedAfterKill = heldAtKill.contains(run.id()) && run.executions() == 2;
            if (run.executions() > 2 || run.executions() == 2 && !restartedAfterKill) {
                executedTwice++;
            }
            if ("DONE".equals(run.status())) {
                done++;
                takenOver += restartedAfterKill ? 1 : 0;
            } else if (!run.isActive()) {
                failed++;
            }
            first = run.createdAt() != null && (first == null || run.createdAt().isBefore(first)) ? run.createdAt()
                    : first;
            last = run.finishedAt() != null && (last == null || run.finishedAt().isAfter(last)) ? run.finishedAt()
                    : last;
        }
        double wallSeconds = first == null || last == null ? 0
                : Math.round(Duration.between(first, last).toMillis() / 100.0) / 10.0;
        return new RunsReport.Batch(label, instances, queued, done, failed, queued - done - failed, executedTwice,
                takenOver, wallSeconds, kill);
    }

    private boolean holdsOneOf(PlannerProcess instance, Map<String, Oblast> batchRuns) {
        return executing.get().entrySet().stream()
                .anyMatch(e -> instance.name().equals(e.getValue()) && batchRuns.containsKey(e.getKey()));
    }

    /** The runs a (dead) instance still holds: they stay picked by it until they are taken over. */
    private Set<String> held(PlannerProcess instance) {
        Set<String> held = new HashSet<>();
        executing.get().forEach((run, holder) -> {
            if (instance.name().equals(holder)) {
                held.add(run);
            }
        });
        return held;
    }

    private RunsReport.OblastFigures oblastFigures(PlannerProcess reader, Oblast oblast, String scenarioId,
            RunState run) {
        double runSeconds = run.startedAt() == null || run.finishedAt() == null ? 0
                : Math.round(Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 10.0) / 100.0;
        JsonNode solve = send("GET", reader, "/api/scenarios/" + scenarioId, null).json()
                .path("scenario").path("result").path("solves").path(0);
        if (solve.isMissingNode()) {
            return new RunsReport.OblastFigures(oblast.nameUk(), runSeconds, run.status(), null, null, null,
                    null, null, 0, 0);
        }
        return new RunsReport.OblastFigures(oblast.nameUk(), runSeconds, solve.path("exactStatus").asText(null),
                number(solve.path("exactSeconds")), number(solve.path("optimumSeconds")),
                solve.path("planSource").asText(null), number(solve.path("gap")), number(solve.path("costGap")),
                solve.path("newlyCoveredPopulation").asLong(), solve.path("costUah").asLong());
    }

    /** Starts a plan or routes run while the batch fills the queue, times the answer, and stops it at once. */
    private void startAndStop(String name, PlannerProcess poster, String path, ObjectNode body) {
        Answer started = expect(202, name, send("POST", poster, path, body));
        String id = timed(name, started, started.json());
        send("DELETE", poster, path + "/" + id, null);
    }

    /** Records a start's answer time and whether the run was still queued; gives the run's id. */
    private String timed(String name, Answer answer, JsonNode run) {
        startNanos.get(name).add(answer.nanos());
        if ("QUEUED".equals(run.path("status").asText())) {
            startsQueued.merge(name, 1, Integer::sum);
        }
        String id = run.path("id").asText();
        runs.add(id);
        return id;
    }

    private List<RunsReport.StartLatency> starts() {
        List<RunsReport.StartLatency> starts = new ArrayList<>();
        startNanos.forEach((name, nanos) -> starts.add(new RunsReport.StartLatency(LatencyStats.of(name,
                nanos.stream().mapToLong(Long::longValue).toArray(), nanos.size(), 0, 0, 0),
                startsQueued.get(name))));
        return starts;
    }

    /** Deletes the bench's scenarios and runs; gives how many could not be. */
    private int deleteWhatWasMade(PlannerProcess reader) {
        int left = 0;
        for (String id : scenarios) {
            left += send("DELETE", reader, "/api/scenarios/" + id, null).status() == 204 ? 0 : 1;
        }
        for (String id : runs) {
            left += send("DELETE", reader, "/api/runs/" + id + "?forget=true", null).status() == 204 ? 0 : 1;
        }
        return left;
    }

    private ObjectNode scenarioBody(String label, Oblast oblast) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", "bench runs, " + label + ": " + oblast.nameUk());
        body.putArray("oblasts").addObject().put("oblast", oblast.code());
        body.put("register", settings.register());
        body.put("budgetUah", settings.budgetUah());
        body.putObject("solver").put("timeLimitSeconds", settings.solveSeconds())
                .put("exactTimeLimitSeconds", settings.solveSeconds());
        return body;
    }

    private ObjectNode planBody(Oblast oblast) {
        ObjectNode body = JSON.createObjectNode();
        body.put("oblast", oblast.code());
        body.put("register", settings.register());
        body.put("budgetUah", settings.budgetUah());
        body.put("timeLimitSeconds", settings.solveSeconds());
        body.put("exactTimeLimitSeconds", settings.solveSeconds());
        return body;
    }

    private ObjectNode routesBody(Oblast oblast) {
        ObjectNode body = JSON.createObjectNode();
        body.put("oblast", oblast.code());
        body.put("register", settings.register());
        body.put("vehicles", 1);
        body.put("timeLimitSeconds", settings.solveSeconds());
        return body;
    }

    private List<RunState> listRuns(PlannerProcess reader) {
        Answer answer = expect(200, "GET /api/runs", send("GET", reader, "/api/runs?kind=scenario", null));
        List<RunState> list = new ArrayList<>();
        answer.json().forEach(run -> list.add(RunState.of(run)));
        return list;
    }

    private static Answer expect(int status, String name, Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException(name + " answered " + (answer.status() < 0 ? "nothing" : answer.status())
                    + " instead of " + status + ": " + answer.body().substring(0, Math.min(400, answer.body().length())));
        }
        return answer;
    }

    private Answer send(String method, PlannerProcess to, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(to.baseUrl() + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + settings.token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), System.nanoTime() - t0, response.body());
        } catch (IOException e) {
            return new Answer(-1, System.nanoTime() - t0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    /** The system load average over the last minute; negative where the platform does not tell. */
    private static double load() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** One HTTP answer; status -1 when there was none. */
    private record Answer(int status, long nanos, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return JSON.missingNode();
            }
        }
    }
}
