package ua.cnap.planner.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.AccessibilityCalculator;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.coverage.WhiteSpotFinder;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.population.SettlementRepository;
import ua.cnap.planner.territory.TerritoryRepository;
import ua.cnap.planner.travel.TravelModelProvider;
import ua.cnap.planner.wartime.WartimeExclusions;

/** Wires travel times and coverage. */
@Configuration(proxyBeanMethods = false)
public class CoverageConfiguration {

    @Bean(destroyMethod = "close")
    TravelModelProvider travelModelProvider(PlannerProperties properties) {
        return new TravelModelProvider(properties.dataDirPath(), properties.workspacePath(),
                properties.travel().osmFile(), properties.travel().circuityFactor());
    }

    @Bean
    AccessStandard defaultAccessStandard(PlannerProperties properties) {
        PlannerProperties.Coverage c = properties.coverage();
        return new AccessStandard(c.maxMinutes(), c.maxKilometres(),
                AccessStandard.Rule.parse(c.rule(), "planner.coverage.rule"));
    }

    @Bean
    CoverageService coverageService(TerritoryRepository territory, SettlementRepository settlements,
            AccessPointRepository network, TravelModelProvider travelModel, PlannerProperties properties,
            WartimeExclusions wartime) {
        double linkMeters = properties.coverage().whiteSpotLinkMeters();
        // the Order 376 list decides what every request leaves out by default
        return new CoverageService(territory, settlements, network, travelModel, new AccessibilityCalculator(),
                new WhiteSpotFinder(linkMeters, linkMeters / 2), wartime);
    }
}
