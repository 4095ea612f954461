package ua.cnap.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.importing.SquareHromadas;
import ua.cnap.planner.store.EmbeddedStoreFiles;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/** {@code store check|backup|restore} on a stopped server, as an operator runs them. */
class StoreCommandTest {

    @TempDir
    Path workspace;

    record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = PlannerCommandLine.execute(args);
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void backupCheckAndRestoreOfADamagedStore() throws Exception {
        try (PlannerStore store = PlannerStore.open(StoreSettings.embedded(workspace))) {
            new JdbcDatasetStore(store).replaceAll(SquareHromadas.dataset(), "test", "{}");
        }
        Path backup = workspace.resolve("by-hand.mv.db");
        Run backupRun = run("store", "backup", backup.toString(), "--workspace", workspace.toString());
        assertThat(backupRun.exitCode()).as(backupRun.err()).isZero();
        assertThat(backup).exists();

        Run check = run("store", "check", "--workspace", workspace.toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("\"hromada\" : 3", "\"status\" : \"ok\"");

        Path database = new EmbeddedStoreFiles(workspace).databaseFile();
        byte[] bytes = Files.readAllBytes(database);
        java.util.Arrays.fill(bytes, 0, Math.min(bytes.length, 64 * 1024), (byte) 7);
        Files.write(database, bytes);

        Run damaged = run("store", "check", "--workspace", workspace.toString());
        assertThat(damaged.exitCode()).isEqualTo(PlannerCommandLine.EXIT_FAILURE);
        assertThat(damaged.err()).contains("Сховище пошкоджене", "cnap-planner store restore")
                .doesNotContain("\tat ");

        Run restore = run("store", "restore", backup.toString(), "--workspace", workspace.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(run("store", "check", "--workspace", workspace.toString()).exitCode()).isZero();
    }
}
