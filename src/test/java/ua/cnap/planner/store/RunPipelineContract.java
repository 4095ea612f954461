package ua.cnap.planner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.run.Run;
import ua.cnap.planner.run.RunForbiddenException;
import ua.cnap.planner.run.RunKind;
import ua.cnap.planner.run.RunService;
import ua.cnap.planner.run.RunStatus;
import ua.cnap.planner.run.RunsFullException;
import ua.cnap.planner.run.SumRuns;
import ua.cnap.planner.scenario.ScenarioJson;

/**
 * The run pipeline over a real store: {@link RunService} with {@link JdbcRunRepository} and the
 * db-scheduler queue ({@link SchedulerRunQueue}), running {@link SumRuns}. The same suite runs on the
 * embedded store and on PostGIS.
 */
abstract class RunPipelineContract {

    private final List<AutoCloseable> open = new ArrayList<>();

    /** An empty store. */
    protected abstract PlannerStore openEmptyStore();

    /** The same store again, as a restarted process opens it. */
    protected abstract PlannerStore reopenStore();

    protected RunService service(PlannerStore store, int maxActive) {
        RunService service = new RunService(new JdbcRunRepository(store), new SchedulerRunQueue(store,
                new SchedulerRunQueue.Settings(1, Duration.ofMillis(200), Duration.ofSeconds(1), 4, "test")),
                List.of(new SumRuns()), maxActive, Clock.systemUTC(), () -> "import-7");
        service.startExecuting();
        open.add(0, service);
        return service;
    }

    protected PlannerStore store(PlannerStore store) {
        open.add(store);
        return store;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        open.clear();
    }

    static SumRuns.Numbers numbers(Integer... n) {
        return new SumRuns.Numbers(List.of(n), false, false);
    }

    static Run await(RunService runs, String id) {
        for (int i = 0; i < 400; i++) { // bounded: 20 s
            Run run = runs.get(id);
            if (!run.status().isActive()) {
                return run;
            }
            SumRunsSleep.sleep(50);
        }
        throw new AssertionError("run " + id + " did not end: " + runs.get(id));
    }

    @Test
    void aStartAnswersQueuedAndTheResultSurvivesARestart() throws Exception {
        PlannerStore store = openEmptyStore();
        RunService runs = service(store, 64);
        Run started = runs.start(RunKind.PLAN, numbers(2, 3, 5), "olena");
        assertThat(started.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(started.owner()).isEqualTo("olena");

        Run done = await(runs, started.id());
        assertThat(done.status()).isEqualTo(RunStatus.DONE);
        assertThat(done.executions()).isEqualTo(1);
        assertThat(done.dataVintage()).isEqualTo("import-7");
        assertThat(ScenarioJson.read(done.resultJson(), SumRuns.Sum.class)).isEqualTo(new SumRuns.Sum(10, 3));
        assertThat(ScenarioJson.read(done.progressJson(), SumRuns.Sum[].class)).hasSize(3);

        // the process stops; a new one opens the same store
        closeAll();
        RunService restarted = service(store(reopenStore()), 64);
        Run read = restarted.get(started.id());
        assertThat(read.status()).isEqualTo(RunStatus.DONE);
        assertThat(read.resultJson()).isEqualTo(done.resultJson());
        assertThat(read.finishedAt()).isEqualTo(done.finishedAt());
    }

    @Test
    void badParametersAreRefusedNamingTheFieldAndNothingIsSaved() {
        RunService runs = service(store(openEmptyStore()), 64);
        assertThatThrownBy(() -> runs.start(RunKind.PLAN, numbers(1, -2), null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("numbers");
        assertThat(runs.list(null)).isEmpty();
    }

    @Test
    void aFullQueueIsRefusedBeforeAnythingIsSavedAndAStoppedRunEndsWithItsBestSoFar() {
        RunService runs = service(store(openEmptyStore()), 2);
        Run first = runs.start(RunKind.PLAN, new SumRuns.Numbers(List.of(1), false, true), "olena");
        Run second = runs.start(RunKind.PLAN, new SumRuns.Numbers(List.of(1), false, true), "olena");
        assertThatThrownBy(() -> runs.start(RunKind.PLAN, numbers(1), "olena"))
                .isInstanceOf(RunsFullException.class).hasMessageContaining("2");
        assertThat(runs.list(null)).hasSize(2);

        // one thread: the first executes, the second waits; another planner may stop neither
        for (int i = 0; i < 200 && runs.get(first.id()).status() != RunStatus.RUNNING; i++) {
            SumRunsSleep.sleep(50);
        }
        assertThat(runs.listExecuting()).as("the running one, held by this instance; the queued one by none")
                .containsExactly(java.util.Map.entry(first.id(), "test"));
        assertThatThrownBy(() -> runs.stop(first.id(), "taras", false)).isInstanceOf(RunForbiddenException.class);
        assertThat(runs.get(first.id()).status()).isEqualTo(RunStatus.RUNNING);
        Run queuedStopped = runs.stop(second.id(), null, true); // an admin
        assertThat(queuedStopped.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(queuedStopped.resultJson()).isNull();

        SumRunsSleep.sleep(300);
        runs.stop(first.id(), "olena", false);
        Run stopped = await(runs, first.id());
        assertThat(stopped.status()).isEqualTo(RunStatus.CANCELLED);
        SumRuns.Sum best = ScenarioJson.read(stopped.resultJson(), SumRuns.Sum.class);
        assertThat(best.sum()).isGreaterThan(1).isEqualTo(best.steps());
        assertThat(runs.get(second.id()).executions()).as("a run stopped while queued never executes").isZero();
    }

    @Test
    void aFailedRunFailsAloneAndTheTwentyFirstKeepsTheFirst() {
        RunService runs = service(store(openEmptyStore()), 64);
        Run failed = runs.start(RunKind.PLAN, new SumRuns.Numbers(List.of(4), true, false), null);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            ids.add(runs.start(RunKind.PLAN, numbers(i), null).id());
        }
        assertThat(await(runs, failed.id()).status()).isEqualTo(RunStatus.FAILED);
        assertThat(runs.get(failed.id()).error()).contains("told to fail after adding 4");
        for (int i = 0; i < ids.size(); i++) {
            Run run = await(runs, ids.get(i));
            assertThat(run.status()).isEqualTo(RunStatus.DONE);
            assertThat(ScenarioJson.read(run.resultJson(), SumRuns.Sum.class).sum()).isEqualTo(i + 1);
        }
        List<Run> listed = runs.list(RunKind.PLAN);
        assertThat(listed).hasSize(22).extracting(Run::id).contains(failed.id(), ids.get(0));
        assertThat(listed).allMatch(run -> run.resultJson() == null, "lists leave results out");
    }

    @Test
    void aDeadInstancesRunIsTakenOverBeforeTheRunsQueuedAfterIt() {
        PlannerStore store = store(openEmptyStore());
        // queued by a process that executes nothing: the run first, then two that add until stopped
        RunService queuing = new RunService(new JdbcRunRepository(store), new SchedulerRunQueue(store,
                new SchedulerRunQueue.Settings(1, Duration.ofMillis(200), Duration.ofSeconds(1), 4, "client")),
                List.of(new SumRuns()), 64, Clock.systemUTC(), () -> null);
        open.add(0, queuing);
        Run held = queuing.start(RunKind.PLAN, numbers(4, 5), "olena");
        SumRunsSleep.sleep(20);
        Run next = queuing.start(RunKind.PLAN, new SumRuns.Numbers(List.of(1), false, true), "olena");
        SumRunsSleep.sleep(20);
        Run after = queuing.start(RunKind.PLAN, new SumRuns.Numbers(List.of(1), false, true), "olena");
        // an instance picked the first and died: no heartbeat for a minute
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(
                store.dataSource());
        jdbc.update("UPDATE scheduled_tasks SET picked = TRUE, picked_by = 'dead', last_heartbeat = ?,"
                + " version = version + 1 WHERE task_instance = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), held.id());
        jdbc.update("UPDATE planner_run SET status = 'RUNNING', executions = 1 WHERE id = ?", held.id());

        RunService runs = service(store, 64); // one thread: it takes the next run at once
        for (int i = 0; i < 200 && runs.get(next.id()).status() != RunStatus.RUNNING; i++) {
            SumRunsSleep.sleep(50);
        }
        for (int i = 0; i < 200 && "dead".equals(runs.listExecuting().get(held.id())); i++) {
            SumRunsSleep.sleep(50); // until the heartbeats are found missing (4 × 1 s)
        }
        assertThat(runs.listExecuting()).as("found dead and queued again").doesNotContainKey(held.id());
        // queued again in its place: due before the run queued after it (this instance's one thread is busy
        // with the next run, so the row stays as revived until that one is stopped)
        String due = "SELECT execution_time FROM scheduled_tasks WHERE task_instance = ?";
        java.sql.Timestamp heldDue = jdbc.queryForObject(due, java.sql.Timestamp.class, held.id());
        java.sql.Timestamp afterDue = jdbc.queryForObject(due, java.sql.Timestamp.class, after.id());
        assertThat(heldDue).as("due again at its first time, before the run queued after it").isBefore(afterDue);
        runs.stop(next.id(), "olena", false);
        // the revived run goes first as a rule; but db-scheduler may have fetched the run queued after it
        // before the revive, and that one adds until stopped: stop it then, or the taken-over run waits forever
        for (int i = 0; i < 400 && runs.get(held.id()).status().isActive(); i++) {
            if (runs.get(after.id()).status() == RunStatus.RUNNING) {
                runs.stop(after.id(), "olena", false);
                break;
            }
            SumRunsSleep.sleep(50);
        }

        Run takenOver = await(runs, held.id());
        assertThat(takenOver.status()).isEqualTo(RunStatus.DONE);
        assertThat(takenOver.executions()).isEqualTo(2);
        // which of the two starts first is db-scheduler's choice: it may have fetched the later run before
        // the revive; the order of the rows is what this queue decides (above)
        runs.stop(after.id(), "olena", false);
        await(runs, after.id());
    }

    /** Sleeps without a checked exception. */
    static final class SumRunsSleep {
        static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
