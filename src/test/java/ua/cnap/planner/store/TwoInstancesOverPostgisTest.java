package ua.cnap.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cnap.planner.run.Run;
import ua.cnap.planner.run.RunKind;
import ua.cnap.planner.run.RunService;
import ua.cnap.planner.run.RunStatus;

/**
 * Two planner instances, each in its own JVM, over one PostGIS share the run queue: 8 runs of 1.5 s are
 * queued, one instance is killed (SIGKILL) while it executes a run, and the other takes that run over
 * once the heartbeats stop (executed again from the start). Every run ends DONE and was executed to its
 * end exactly once ({@code run_effect} has one row per run). Skipped locally without PostGIS, failed in CI.
 */
class TwoInstancesOverPostgisTest {

    private static final int RUNS = 8;
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void kill() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void aKilledInstancesRunIsTakenOverAndEveryRunIsDoneExactlyOnce() throws Exception {
        RunService client;
        JdbcTemplate jdbc;
        try (PlannerStore store = PostgisTestServer.openEmptyStore()) {
            jdbc = new JdbcTemplate(store.dataSource());
            jdbc.execute(EffectRuns.TABLE);
            Process a = startInstance("instance-a");
            Process b = startInstance("instance-b");
            awaitReady(a);
            awaitReady(b);

            // this JVM only queues (it executes nothing)
            client = new RunService(new JdbcRunRepository(store), new SchedulerRunQueue(store,
                    new SchedulerRunQueue.Settings(1, Duration.ofSeconds(1), Duration.ofSeconds(1), 4, "client")),
                    List.of(new EffectRuns(store.dataSource(), "client")), 64, Clock.systemUTC(), () -> null);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                ids.add(client.start(RunKind.PLAN, new EffectRuns.Work(1500), "test").id());
            }

            // kill instance a while it executes a run (started less than 0.8 s ago: far from its end)
            String heldByA = null;
            for (int i = 0; i < 600 && heldByA == null; i++) { // bounded: 30 s
                heldByA = jdbc.query("SELECT t.task_instance FROM scheduled_tasks t JOIN planner_run r"
                                + " ON r.id = t.task_instance WHERE t.picked AND t.picked_by = ? AND r.status = 'RUNNING'"
                                + " AND r.started_at > ?", (rs, n) -> rs.getString(1), "instance-a",
                        java.sql.Timestamp.from(java.time.Instant.now().minusMillis(800)))
                        .stream().findFirst().orElse(null);
                if (heldByA == null) {
                    Thread.sleep(50);
                }
            }
            assertThat(heldByA).as("instance a picked a run").isNotNull();
            a.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            for (String id : ids) {
                for (int i = 0; i < 900 && client.get(id).status().isActive(); i++) { // bounded: 90 s overall
                    Thread.sleep(100);
                }
            }
            List<Run> runs = ids.stream().map(client::get).toList();
            assertThat(runs).extracting(Run::status).containsOnly(RunStatus.DONE);
            Map<String, Long> effects = jdbc.query("SELECT run_id FROM run_effect", (rs, n) -> rs.getString(1))
                    .stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            assertThat(effects).as("every run executed to its end exactly once").hasSize(RUNS)
                    .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            assertThat(client.get(heldByA).executions()).as("taken over: executed again from the start")
                    .isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT instance FROM run_effect WHERE run_id = ?", String.class, heldByA))
                    .isEqualTo("instance-b");
            client.close();
        }
    }

    private Process startInstance(String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RunInstanceProcess.class.getName(), PostgisTestServer.URL, PostgisTestServer.USER,
                PostgisTestServer.PASSWORD, name))
                .redirectErrorStream(true)
                .start();
        processes.add(process);
        return process;
    }

    /** Waits for the instance's "ready" line (bounded: 60 s on a busy machine). */
    private static void awaitReady(Process process) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("ready ")) {
                        // keep draining its output so that it never blocks on a full pipe
                        Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
                        drain.setDaemon(true);
                        drain.start();
                        return line;
                    }
                    seen.append(line).append('\n');
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("instance ended before it was ready:\n" + seen);
        });
        assertThat(ready.get(60, TimeUnit.SECONDS)).startsWith("ready");
    }
}
