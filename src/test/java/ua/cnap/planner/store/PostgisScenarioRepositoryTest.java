package ua.cnap.planner.store;

/** The scenario suite on a real PostGIS server (see {@link PostgisTestServer}). */
class PostgisScenarioRepositoryTest extends ScenarioRepositoryContract {

    @Override
    protected PlannerStore openStore() {
        return PostgisTestServer.openEmptyStore();
    }

    @Override
    protected PlannerStore openStore(boolean empty) {
        return empty ? PostgisTestServer.openEmptyStore() : PostgisTestServer.openStore();
    }
}
