package ua.cnap.planner.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.routing.mobile.MobileRouteService;
import ua.cnap.planner.travel.TravelModelProvider;

/** Wires mobile routes; they run through the one run queue ({@link RunConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class RoutingConfiguration {

    @Bean
    MobileRouteService mobileRouteService(CoverageService coverage, PlanningService planning,
            AccessPointRepository network, TravelModelProvider travelModel) {
        return new MobileRouteService(coverage, planning, network, travelModel);
    }
}
