package ua.cnap.planner.run;

import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.routing.mobile.MobileRouteRequest;
import ua.cnap.planner.routing.mobile.MobileRouteService;
import ua.cnap.planner.routing.mobile.RouteParameters;
import ua.cnap.planner.scenario.ScenarioJson;

/** Runs of kind ROUTES: {@link RouteParameters} in, {@link ua.cnap.planner.routing.mobile.MobileRouteResult} out. */
public final class RouteRuns implements RunHandler {

    private final MobileRouteService routes;
    private final PlanDefaults planDefaults;
    private final AccessStandard defaultStandard;

    public RouteRuns(MobileRouteService routes, PlanDefaults planDefaults, AccessStandard defaultStandard) {
        this.routes = routes;
        this.planDefaults = planDefaults;
        this.defaultStandard = defaultStandard;
    }

    @Override
    public RunKind kind() {
        return RunKind.ROUTES;
    }

    private MobileRouteRequest request(String parametersJson) {
        return ScenarioJson.read(parametersJson, RouteParameters.class).toRequest(planDefaults, defaultStandard);
    }

    @Override
    public void check(String parametersJson) {
        request(parametersJson);
    }

    @Override
    public Object execute(Run run, RunContext context) {
        MobileRouteRequest request = request(run.parametersJson());
        context.step("routing: coverage, depots, travel matrix, search");
        return routes.solve(request, context::progress, context.stop());
    }
}
