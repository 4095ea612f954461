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
    private static java.nio.file.Path workspace;

    private ImportedRealStore() {
    }

    public static synchronized PlannerStore get() {
        if (store == null) {
            var dataDir = RealData.folder();
            try {
                java.nio.file.Path folder = Files.createTempDirectory("cnap-real-store");
                PlannerStore opened = PlannerStore.open(StoreSettings.embedded(folder));
                new ImportService(new JdbcDatasetStore(opened), opened.description())
                        .importAll(ImportSources.standard(dataDir));
                store = opened;
                workspace = folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /**
     * The workspace of the imported store, for a Spring application in the same JVM to open the same
     * embedded database ({@code planner.workspace}); H2 shares one open database per JVM.
     */
    public static synchronized java.nio.file.Path workspace() {
        get();
        return workspace;
    }
}
