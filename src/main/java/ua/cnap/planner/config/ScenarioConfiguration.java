package ua.cnap.planner.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cnap.planner.importing.DatasetStore;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.scenario.ScenarioRepository;
import ua.cnap.planner.scenario.ScenarioService;
import ua.cnap.planner.store.JdbcScenarioRepository;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.territory.TerritoryRepository;

/** Wires saved scenarios; they run through the one run queue ({@link RunConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class ScenarioConfiguration {

    @Bean
    ScenarioRepository scenarioRepository(PlannerStore store) {
        return new JdbcScenarioRepository(store);
    }

    @Bean
    ScenarioService scenarioService(ScenarioRepository repository, PlanningService planning,
            TerritoryRepository territory, DatasetStore imports, PlanDefaults defaults,
            ua.cnap.planner.routing.mobile.MobileRouteService routes) {
        return new ScenarioService(repository, planning, territory, imports, defaults, Clock.systemUTC(), routes);
    }
}
