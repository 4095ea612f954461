package ua.cnap.planner.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The run pipeline on the embedded H2GIS store. */
class EmbeddedRunPipelineTest extends RunPipelineContract {

    @TempDir
    Path workspace;

    @Override
    protected PlannerStore openEmptyStore() {
        return PlannerStore.open(StoreSettings.embedded(workspace));
    }

    @Override
    protected PlannerStore reopenStore() {
        return PlannerStore.open(StoreSettings.embedded(workspace));
    }
}
