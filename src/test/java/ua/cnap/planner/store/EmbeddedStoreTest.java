package ua.cnap.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.importing.SquareHromadas;

class EmbeddedStoreTest extends StoreContract {

    @TempDir
    Path workspace;

    @Override
    protected PlannerStore openStore() {
        return PlannerStore.open(StoreSettings.embedded(workspace));
    }

    @Test
    void dataSurvivesClosingAndReopeningTheWorkspace() {
        new JdbcDatasetStore(store).replaceAll(SquareHromadas.dataset(), "test-data", "{}");
        store.close();
        store = openStore();
        assertThat(new JdbcTerritoryRepository(store).listHromadas()).hasSize(3);
    }
}
