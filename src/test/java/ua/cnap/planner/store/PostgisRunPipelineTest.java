package ua.cnap.planner.store;

/** The run pipeline on a real PostGIS server (see {@link PostgisTestServer}). */
class PostgisRunPipelineTest extends RunPipelineContract {

    @Override
    protected PlannerStore openEmptyStore() {
        return PostgisTestServer.openEmptyStore();
    }

    @Override
    protected PlannerStore reopenStore() {
        return PostgisTestServer.openStore();
    }
}
