package ua.cnap.planner.store;

/** The store suite on a real PostGIS server (see {@link PostgisTestServer}). */
class PostgisStoreTest extends StoreContract {

    @Override
    protected PlannerStore openStore() {
        return PostgisTestServer.openEmptyStore();
    }
}
