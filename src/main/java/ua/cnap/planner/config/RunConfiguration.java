package ua.cnap.planner.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.WebApplicationContext;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.importing.DatasetStore;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.routing.mobile.MobileRouteService;
import ua.cnap.planner.run.PlanRuns;
import ua.cnap.planner.run.RouteRuns;
import ua.cnap.planner.run.RunQueue;
import ua.cnap.planner.run.RunRepository;
import ua.cnap.planner.run.RunService;
import ua.cnap.planner.run.ScenarioRuns;
import ua.cnap.planner.scenario.ScenarioService;
import ua.cnap.planner.store.JdbcRunRepository;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.SchedulerRunQueue;

/**
 * Wires the one run pipeline: runs kept in the store, queued through db-scheduler over the same store
 * (shared by every instance of it), executed by the handlers of plans, routes and scenarios. Only a
 * server executes runs; a command that is no server (plan, scenario run …) computes on its own thread.
 */
@Configuration(proxyBeanMethods = false)
public class RunConfiguration {

    @Bean
    RunRepository runRepository(PlannerStore store) {
        return new JdbcRunRepository(store);
    }

    @Bean
    PlanRuns planRuns(PlanningService planning, PlanDefaults defaults, AccessStandard standard,
            ScenarioService scenarios) {
        return new PlanRuns(planning, defaults, standard, scenarios);
    }

    @Bean(destroyMethod = "close")
    RunService runService(RunRepository repository, PlannerStore store, RunProperties properties, PlanRuns plans,
            MobileRouteService routes, PlanDefaults defaults, AccessStandard standard, ScenarioService scenarios,
            DatasetStore imports, ApplicationContext context) {
        RunQueue queue = new SchedulerRunQueue(store, new SchedulerRunQueue.Settings(properties.threads(),
                Duration.ofSeconds(properties.pollingSeconds()), Duration.ofSeconds(properties.heartbeatSeconds()),
                properties.missedHeartbeats(), properties.instanceName()));
        RunService service = new RunService(repository, queue,
                List.of(plans, new RouteRuns(routes, defaults, standard), new ScenarioRuns(scenarios)),
                properties.maxActive(), Clock.systemUTC(),
                () -> imports.findLastRun().map(run -> String.valueOf(run.id())).orElse(null));
        if (context instanceof WebApplicationContext) {
            service.startExecuting();
        }
        return service;
    }
}
