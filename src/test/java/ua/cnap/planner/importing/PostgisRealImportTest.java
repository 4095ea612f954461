package ua.cnap.planner.importing;

import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.PostgisTestServer;

/** The same real import into PostGIS: the same figures must come out. */
class PostgisRealImportTest extends RealImportContract {

    @Override
    PlannerStore openStore() {
        return PostgisTestServer.openEmptyStore();
    }
}
