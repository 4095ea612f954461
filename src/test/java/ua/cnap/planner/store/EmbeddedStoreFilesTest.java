package ua.cnap.planner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.importing.SquareHromadas;

/** Backups and restores of the embedded store, and how a damaged file is told. */
class EmbeddedStoreFilesTest {

    @TempDir
    Path workspace;

    private int hromadas() {
        try (PlannerStore store = PlannerStore.open(StoreSettings.embedded(workspace))) {
            return new JdbcTerritoryRepository(store).listHromadas().size();
        }
    }

    private void write(int side) {
        try (PlannerStore store = PlannerStore.open(StoreSettings.embedded(workspace))) {
            new JdbcDatasetStore(store).replaceAll(side == 0 ? SquareHromadas.dataset() : CrashFixtures.grid(side),
                    "test", "{}");
        }
    }

    @Test
    void aRestoredBackupBringsBackWhatTheStoreHeldAndKeepsTheReplacedFile() {
        write(0);
        EmbeddedStoreFiles files = new EmbeddedStoreFiles(workspace);
        Path backup = files.backup(null);
        write(4);
        assertThat(hromadas()).isEqualTo(16);

        Path replaced = files.restore(backup).orElseThrow();

        assertThat(hromadas()).isEqualTo(3);
        assertThat(replaced).startsWith(files.backupFolder()).exists();
        assertThat(files.listBackups()).contains(backup, replaced);
        assertThat(workspace).isDirectoryNotContaining("glob:**restoring*");
    }

    @Test
    void aStoreOpenInAProcessIsNeitherBackedUpNorReplaced() {
        write(0);
        EmbeddedStoreFiles files = new EmbeddedStoreFiles(workspace);
        Path backup = files.backup(null);
        try (PlannerStore open = PlannerStore.open(StoreSettings.embedded(workspace))) {
            assertThatThrownBy(() -> files.backup(null)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("stop it first");
            assertThatThrownBy(() -> files.restore(backup)).hasMessageContaining("stop it first");
        }
        assertThat(files.listBackups()).containsExactly(backup);
        assertThat(files.backupFolder()).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void aDamagedFileIsToldAtOnceByNameWithTheRestoreCommandAndARestoreMendsIt() throws Exception {
        write(0);
        EmbeddedStoreFiles files = new EmbeddedStoreFiles(workspace);
        Path backup = files.backup(null);
        damage(files.databaseFile());

        long started = System.nanoTime();
        assertThatThrownBy(() -> PlannerStore.open(StoreSettings.embedded(workspace)))
                .isInstanceOfSatisfying(DamagedStoreException.class, e -> {
                    assertThat(e.getMessage()).contains("Сховище пошкоджене", "store is damaged",
                            "cnap-planner store restore " + backup, files.databaseFile().toString());
                    assertThat(e.latestBackup()).contains(backup);
                });
        // not the pool's 30 s "Connection is not available"
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(25);
        assertThatThrownBy(() -> StoreCheck.run(StoreSettings.embedded(workspace)))
                .isInstanceOf(DamagedStoreException.class);

        Path kept = files.restore(backup).orElseThrow();
        assertThat(hromadas()).isEqualTo(3);
        assertThat(Files.size(kept)).isEqualTo(Files.size(backup));
    }

    @Test
    void aDamagedBackupIsNotRestoredAndTheStoreStaysAsItWas() throws Exception {
        write(0);
        Path bad = workspace.resolve("bad.mv.db");
        Files.write(bad, new byte[64 * 1024]);
        damage(bad);
        EmbeddedStoreFiles files = new EmbeddedStoreFiles(workspace);

        assertThatThrownBy(() -> files.restore(bad)).isInstanceOf(StoreException.class)
                .isNotInstanceOf(DamagedStoreException.class).hasMessageContaining("not restored");
        assertThat(hromadas()).isEqualTo(3);
        assertThat(files.listBackups()).isEmpty();
    }

    @Test
    void onlyTheNewestBackupsBeforeAnImportAreKept() {
        write(0);
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now[0] = now[0].plusSeconds(60);
                return now[0];
            }
        };
        EmbeddedStoreFiles files = new EmbeddedStoreFiles(workspace, ticking);
        Path kept = files.backup(workspace.resolve("backups/by-hand.mv.db"));
        for (int i = 0; i < EmbeddedStoreFiles.KEPT_IMPORT_BACKUPS + 2; i++) {
            assertThat(files.backupBeforeImport()).isPresent();
        }
        assertThat(files.listBackups()).contains(kept)
                .filteredOn(f -> f.getFileName().toString().startsWith("before-import-"))
                .hasSize(EmbeddedStoreFiles.KEPT_IMPORT_BACKUPS);
    }

    @Test
    void noBackupBeforeTheFirstImport() {
        assertThat(new EmbeddedStoreFiles(workspace).backupBeforeImport()).isEmpty();
    }

    /** Overwrites the file's headers and first chunks with noise. */
    private static void damage(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        byte[] noise = new byte[Math.min(bytes.length, 64 * 1024)];
        new Random(15).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, 0, noise.length);
        Files.write(file, bytes);
    }
}
