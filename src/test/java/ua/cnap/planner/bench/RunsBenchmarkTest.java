package ua.cnap.planner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.bench.RunsBenchmark.RunState;

/** How {@code bench runs} counts a batch's runs: done, failed, lost, executed twice, taken over, wall time. */
class RunsBenchmarkTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    private static RunState run(String id, String status, int executions, int createdSecond, Integer finishedSecond) {
        return new RunState(id, status, executions, T0.plusSeconds(createdSecond), T0.plusSeconds(createdSecond),
                finishedSecond == null ? null : T0.plusSeconds(finishedSecond));
    }

    @Test
    void aBatchWithoutKillCountsEverySecondStartAsExecutedTwice() {
        List<RunState> runs = List.of(run("a", "DONE", 1, 0, 10), run("b", "DONE", 2, 1, 25),
                run("c", "FAILED", 1, 2, 3), run("d", "RUNNING", 1, 3, null));

        RunsReport.Batch batch = RunsBenchmark.tally("one instance", 1, 5, runs, Set.of(), null);

        assertThat(batch.done()).isEqualTo(2);
        assertThat(batch.failed()).isEqualTo(1);
        assertThat(batch.lost()).as("d still running, e never listed").isEqualTo(2);
        assertThat(batch.executedTwice()).isEqualTo(1);
        assertThat(batch.takenOver()).isZero();
        assertThat(batch.wallSeconds()).as("first created to last finished").isEqualTo(25.0);
    }

    @Test
    void theKilledInstancesRunsAreTakenOverOnceAndOnlyAThirdStartIsExecutedTwice() {
        List<RunState> runs = List.of(run("held", "DONE", 2, 0, 30), run("held-again", "DONE", 3, 0, 40),
                run("other", "DONE", 2, 0, 20), run("plain", "DONE", 1, 0, 12));

        RunsReport.Batch batch = RunsBenchmark.tally("killed", 2, 4, runs, Set.of("held", "held-again"),
                "bench-a killed");

        assertThat(batch.takenOver()).isEqualTo(1);
        assertThat(batch.executedTwice()).as("held-again started three times, other twice without a kill")
                .isEqualTo(2);
        assertThat(batch.done()).isEqualTo(4);
        assertThat(batch.lost()).isZero();
        assertThat(batch.kill()).isEqualTo("bench-a killed");
    }

    @Test
    void thePackagedJarIsStartedWithItsOwnLauncherAndClassesByTheirMainClass() {
        Path javaBinary = Path.of("/opt/jdk/bin/java");
        String classPath = "target/classes" + File.pathSeparator + "lib/a.jar";
        assertThat(PlannerProcess.javaCommand(javaBinary, "target/cnap-planner.jar"))
                .containsSequence("-jar", "target/cnap-planner.jar");
        assertThat(PlannerProcess.javaCommand(javaBinary, classPath))
                .containsSequence("-cp", classPath, "ua.cnap.planner.CnapPlannerApplication");
    }
}
