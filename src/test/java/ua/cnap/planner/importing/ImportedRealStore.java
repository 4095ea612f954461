package ua.cnap.planner.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/**
 * The real open data imported once per test run into an embedded store, for tests that read from a
 * filled store and change nothing in it (coverage, API). Tests that check the import itself make
 * their own.
 */
public final class ImportedRealStore {

    private static PlannerStore store;

    private ImportedRealStore() {
    }

    public static synchronized PlannerStore get() {
        if (store == null) {
            var dataDir = RealData.folder();
            try {
                PlannerStore opened = PlannerStore.open(StoreSettings.embedded(Files.createTempDirectory("cnap-real-store")));
                new ImportService(new JdbcDatasetStore(opened), opened.description())
                        .importAll(ImportSources.standard(dataDir));
                store = opened;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }
}
