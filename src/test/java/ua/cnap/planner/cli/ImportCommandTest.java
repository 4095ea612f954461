package ua.cnap.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.importing.RealData;

/** The import as a user runs it: the jar's command line, JSON on stdout, exit codes. */
class ImportCommandTest {

    @TempDir
    Path workspace;

    @Test
    void importJsonPrintsTheFiguresAndIsIdempotent() throws Exception {
        Path data = RealData.folder();
        String[] args = {"import", "--data", data.toString(), "--workspace", workspace.toString(), "--json"};

        Run first = run(args);
        Run second = run(args);

        assertThat(first.exitCode).isZero();
        JsonNode report = new ObjectMapper().readTree(first.stdout);
        assertThat(report.get("hromadas").asInt()).isEqualTo(1469);
        assertThat(report.get("hromadasWithGeometry").asInt()).isEqualTo(1466);
        assertThat(report.get("population").asLong()).isEqualTo(38_215_034L);
        assertThat(report.get("accessPoints").asInt()).isEqualTo(156);
        assertThat(report.get("settlements").asInt()).isPositive();
        assertThat(report.get("registers").get(0).get("name").asText()).isNotBlank();
        assertThat(report.get("registers").get(0).has("date")).isTrue();
        assertThat(report.get("rejected").isArray()).isTrue();
        assertThat(report.get("rejected").get(0).has("reason")).isTrue();

        assertThat(second.exitCode).isZero();
        JsonNode again = new ObjectMapper().readTree(second.stdout);
        for (String field : new String[] {"hromadas", "hromadasWithGeometry", "population", "settlements",
                "accessPoints", "registers", "settlementsByRule", "rejected"}) {
            assertThat(again.get(field)).as(field).isEqualTo(report.get(field));
        }
    }

    @Test
    void aMissingDataFolderIsBadInputWithAJsonError() throws Exception {
        Path missing = workspace.resolve("no-such-data");
        Run run = run("import", "--data", missing.toString(), "--workspace", workspace.resolve("ws").toString(),
                "--json");

        assertThat(run.exitCode).isEqualTo(PlannerCommandLine.EXIT_BAD_INPUT);
        JsonNode error = new ObjectMapper().readTree(run.stdout).get("error");
        assertThat(error.get("source").asText()).contains("no-such-data");
        assertThat(error.get("reason").asText()).contains("not found");
    }

    private record Run(int exitCode, String stdout) {
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            int exitCode = PlannerCommandLine.execute(args);
            return new Run(exitCode, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
