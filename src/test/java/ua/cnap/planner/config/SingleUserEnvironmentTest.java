package ua.cnap.planner.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SingleUserEnvironmentTest {

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new SingleUserEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void singleUserModeListensOnLoopbackWhateverTheAddressSays() {
        StandardEnvironment environment = environment(Map.of("planner.security.single-user", "true",
                "server.address", "0.0.0.0"));
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void aSharedServerKeepsItsConfiguredAddress() {
        StandardEnvironment environment = environment(Map.of("server.address", "0.0.0.0"));
        assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
    }
}
