package ua.cnap.planner.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.routing.mobile.MobileRouteService;
import ua.cnap.planner.travel.TravelModelProvider;

/** Wires mobile routes; jobs share the planning limits (a solve uses a core; 2 wait at most). */
@Configuration(proxyBeanMethods = false)
public class RoutingConfiguration {

    static final int MAX_QUEUED_ROUTE_JOBS = 2;

    @Bean(destroyMethod = "close")
    MobileRouteService mobileRouteService(CoverageService coverage, PlanningService planning,
            AccessPointRepository network, TravelModelProvider travelModel, PlannerProperties properties) {
        return new MobileRouteService(coverage, planning, network, travelModel,
                properties.planning().maxRunningJobs(), MAX_QUEUED_ROUTE_JOBS, properties.planning().maxKeptJobs());
    }
}
