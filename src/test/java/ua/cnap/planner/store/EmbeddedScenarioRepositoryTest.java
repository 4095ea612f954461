package ua.cnap.planner.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedScenarioRepositoryTest extends ScenarioRepositoryContract {

    @TempDir
    Path workspace;

    @Override
    protected PlannerStore openStore() {
        return PlannerStore.open(StoreSettings.embedded(workspace));
    }

    @Override
    protected PlannerStore openStore(boolean empty) {
        return openStore();
    }
}
