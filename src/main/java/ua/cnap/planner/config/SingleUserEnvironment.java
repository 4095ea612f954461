package ua.cnap.planner.config;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In single-user mode (no login) the server must not be reachable from other machines: this binds
 * it to the loopback address whatever {@code server.address} says. Registered in
 * {@code META-INF/spring.factories}.
 */
public class SingleUserEnvironment implements EnvironmentPostProcessor {

    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("planner.security.single-user", Boolean.class, false)) {
            environment.getPropertySources().addFirst(new MapPropertySource("single-user-loopback",
                    Map.of("server.address", LOOPBACK)));
        }
    }
}
