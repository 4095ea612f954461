package ua.cnap.planner;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import ua.cnap.planner.cli.PlannerCommandLine;

/**
 * Entry point. With no command the jar starts the web server; with a command it runs headless and
 * exits (see {@link PlannerCommandLine}). The store is opened by {@code config.StoreConfiguration},
 * not by Spring Boot's data-source auto-configuration, because the same code opens it for the CLI.
 */
@SpringBootApplication(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
@ConfigurationPropertiesScan
public class CnapPlannerApplication {

    public static void main(String[] args) {
        System.exit(PlannerCommandLine.execute(args));
    }
}
