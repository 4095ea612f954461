package ua.cnap.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code java -jar … --server.port=18181}: Spring's usual arguments reach Spring; other unknowns do not. */
class SpringArgumentsTest {

    @Test
    void springPropertiesAfterTheJarAreHandedToSpring() {
        PlannerCommandLine root = new PlannerCommandLine();
        new CommandLine(root).parseArgs("--data", "/srv/data", "--server.port=18181",
                "--spring.profiles.active=production");
        assertThat(root.springArguments).containsExactly("--server.port=18181", "--spring.profiles.active=production");
        root.common.extraSpringArguments = root.springArguments;
        assertThat(root.common.springArguments()).contains("--planner.data-dir=/srv/data", "--server.port=18181",
                "--spring.profiles.active=production");
    }

    @Test
    void onlyDottedNameValuePairsCountAsSpringArguments() {
        assertThat(PlannerCommandLine.isSpringArgument("--server.port=18181")).isTrue();
        assertThat(PlannerCommandLine.isSpringArgument("--server.servlet.session.cookie.sameSite=lax")).isTrue();
        assertThat(PlannerCommandLine.isSpringArgument("--logging.level.root=WARN")).isTrue();
        assertThat(PlannerCommandLine.isSpringArgument("--port=18181")).isFalse();
        assertThat(PlannerCommandLine.isSpringArgument("--server.port")).isFalse();
        assertThat(PlannerCommandLine.isSpringArgument("imprt")).isFalse();
    }

    @Test
    void aMisspeltCommandIsAUsageErrorNotAServerStart() {
        assertThat(PlannerCommandLine.execute("imprt")).isEqualTo(PlannerCommandLine.EXIT_BAD_INPUT);
    }
}
