package ua.cnap.planner.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Just enough of the application for the {@code account} commands: the store (opened with the same
 * settings as the server: application.yml, environment, command line) and the accounts in it. No web
 * server, no solver, no import; it works while the server is stopped (an embedded store is locked by a
 * running server, which the command then says).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlannerProperties.class)
@Import({StoreConfiguration.class, AccountConfiguration.class})
public class AccountToolConfiguration {
}
