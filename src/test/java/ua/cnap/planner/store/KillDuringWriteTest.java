package ua.cnap.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.importing.RealData;

/**
 * Crash safety of every write, as a crashing machine would test it: a child JVM repeats an import, a
 * register upload or a result write ({@link CrashCase}) and is killed with SIGKILL at a random moment
 * of a write or its commit; the store is then reopened. It must open, read in full ({@code store
 * check}), hold either the old or the new version, and keep accounts and scenarios exactly as they were.
 *
 * <p>{@code -Dcrash.kills=N} kills per case (default 3, which keeps the suite fast; the issue asks for
 * 20), {@code -Dcrash.seed=S} repeats a run, {@code -Dcrash.realData=true} adds the real import of the
 * open data folder (about a minute a kill).
 */
class KillDuringWriteTest {

    private static final int KILLS = Integer.getInteger("crash.kills", 3);
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

    @TempDir
    Path workspace;

    @Test
    void aKillDuringAnImportLeavesTheOldOrTheNewData() throws Exception {
        killRepeatedly(CrashCase.IMPORT, workspace, "512m");
    }

    @Test
    void aKillDuringARegisterUploadLeavesTheOldOrTheNewRegister() throws Exception {
        killRepeatedly(CrashCase.REGISTER_UPLOAD, workspace, "512m");
    }

    @Test
    void aKillDuringAResultWriteLeavesTheOldOrTheNewResult() throws Exception {
        killRepeatedly(CrashCase.RESULT_WRITE, workspace, "512m");
    }

    @Test
    void aKillDuringARunsResultWriteLeavesTheRunUnfinishedOrWhole() throws Exception {
        killRepeatedly(CrashCase.RUN_RESULT_WRITE, workspace, "512m");
    }

    @Test
    @EnabledIfSystemProperty(named = "crash.realData", matches = "true")
    void aKillDuringTheRealImportLeavesTheOldOrTheNewData() throws Exception {
        killRepeatedly(CrashCase.REAL_IMPORT, workspace, "2g");
    }

    private static void killRepeatedly(CrashCase crashCase, Path workspace, String heap) throws Exception {
        Random random = new Random(SEED + crashCase.ordinal());
        StoreSettings settings = StoreSettings.embedded(workspace);
        Set<String> allowed = new HashSet<>(crashCase.expectedSignatures());
        List<String> untouchable;
        String oldVersion;
        try (PlannerStore store = PlannerStore.open(settings)) {
            crashCase.seed(store);
            untouchable = CrashCase.untouchableRows(store);
            oldVersion = crashCase.signature(store);
            allowed.add(oldVersion);
        }
        String holds = oldVersion;
        assertThat(untouchable).hasSize(3);
        Set<String> seen = new HashSet<>();
        long writeMillis = -1;
        for (int kill = 1; kill <= KILLS; kill++) {
            Path log = workspace.resolve(crashCase + "-" + kill + ".log");
            // the child's first write is always the version the store does not hold now
            Process child = start(crashCase, workspace, log, heap, holds.equals(oldVersion) ? 1 : 2);
            if (writeMillis < 0) { // the first child: one whole write to learn how long a write takes here
                String firstWrite = awaitLine(child, log, "written ");
                writeMillis = Long.parseLong(firstWrite.split(" ")[2]);
                if (crashCase.expectedSignatures().isEmpty()) {
                    allowed.add(firstWrite.split(" ", 4)[3]);
                }
            } else {
                awaitLine(child, log, "opened");
            }
            // anywhere in a write or its commit, or just after it
            long delayMillis = (long) (random.nextDouble() * writeMillis * 1.5);
            Thread.sleep(delayMillis);
            child.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

            String what = crashCase + " kill " + kill + "/" + KILLS + " (seed " + SEED + ") " + delayMillis
                    + " ms after the child was ready (a write took " + writeMillis + " ms)";
            try (PlannerStore store = PlannerStore.open(settings)) {
                assertThat(StoreCheck.of(store, settings).rowsByTable()).as(what + ": every table reads")
                        .containsKeys("account", "scenario", "hromada");
                String signature = crashCase.signature(store);
                assertThat(allowed).as(what + ": the reopened store holds neither the old nor the new version")
                        .contains(signature);
                assertThat(CrashCase.untouchableRows(store)).as(what + ": accounts and scenarios")
                        .isEqualTo(untouchable);
                seen.add(signature);
                holds = signature;
                System.out.println(what + ": store opens, holds " + signature);
            }
        }
        System.out.println(crashCase + ": " + KILLS + " kills, versions found after them: " + seen);
    }

    private static Process start(CrashCase crashCase, Path workspace, Path log, String heap, int firstRound)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path dataDir = crashCase == CrashCase.REAL_IMPORT ? RealData.folder() : workspace;
        return new ProcessBuilder(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), crashCase.name(), workspace.toString(), dataDir.toString(),
                String.valueOf(firstRound)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Waits for the child to print a line starting with {@code prefix}; bounded at 10 minutes. */
    private static String awaitLine(Process child, Path log, String prefix) throws Exception {
        for (int i = 0; i < 6000; i++) {
            for (String line : Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            if (!child.isAlive()) {
                throw new AssertionError("the writer stopped before '" + prefix.strip() + "': see " + log + "\n"
                        + String.join("\n", tail(Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1))));
            }
            Thread.sleep(100);
        }
        child.destroyForcibly();
        throw new AssertionError("the writer never printed '" + prefix.strip() + "': see " + log);
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 30), lines.size());
    }
}
