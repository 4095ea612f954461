package ua.cnap.planner.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PlannerPropertiesTest {

    @Test
    void relativeFoldersAboveTheWorkingFolderBind() {
        // PLANNER_DATA_DIR=../shared/data is how CI and the README run the planner.
        var source = new MapConfigurationPropertySource(Map.of(
                "planner.data-dir", "../shared/data", "planner.workspace", "../ws"));

        PlannerProperties properties = new Binder(source).bindOrCreate("planner", PlannerProperties.class);

        assertThat(properties.dataDirPath()).isEqualTo(Path.of("../shared/data"));
        assertThat(properties.workspacePath()).isEqualTo(Path.of("../ws"));
        assertThat(properties.store()).isEqualTo("embedded");
        assertThat(properties.boundaries().codeField()).isEqualTo("katottg");
    }
}
