package ua.cnap.planner.importing;

import java.nio.file.Files;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

class EmbeddedRealImportTest extends RealImportContract {

    @Override
    PlannerStore openStore() throws Exception {
        return PlannerStore.open(StoreSettings.embedded(Files.createTempDirectory("cnap-real-import")));
    }
}
