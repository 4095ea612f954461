package ua.cnap.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.cnap.planner.importing.RealData;

/**
 * {@code scenario run} on the folder of test scenarios (src/test/resources/scenarios), then the
 * commands that read what it saved, on a workspace with the real data imported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioCommandRealDataTest {

    static final ObjectMapper JSON = new ObjectMapper();

    Path data;
    Path workspace;
    Path out;
    JsonNode batch;

    @BeforeAll
    void importAndRunTheFolder() throws Exception {
        data = RealData.folder();
        workspace = Files.createTempDirectory("cnap-scenario-cli");
        assertThat(run("import", "--data", data.toString(), "--workspace", workspace.toString()).exitCode).isZero();
        out = workspace.resolve("results");
        Run run = runOnWorkspace("scenario", "run", Path.of("src/test/resources/scenarios").toString(), "--out",
                out.toString());
        assertThat(run.exitCode).as(run.stdout).isZero();
        batch = JSON.readTree(run.stdout);
    }

    @Test
    void aFolderRunWritesResultsPerFileAndASummary() throws Exception {
        assertThat(batch).hasSize(2);
        for (JsonNode line : batch) {
            assertThat(line.get("status").asText()).isEqualTo("DONE");
            Path folder = Path.of(line.get("resultFolder").asText());
            assertThat(folder.resolve("scenario.json")).exists();
            List<String> proposals = Files.readAllLines(folder.resolve("proposals.csv"), StandardCharsets.UTF_8);
            assertThat(proposals.get(0)).startsWith("rank,oblastCode,oblast,hromadaCode,hromada,kind,site");
            assertThat(proposals).hasSize(line.get("totals").get("proposals").asInt() + 1);
            List<String> kpis = Files.readAllLines(folder.resolve("kpis.csv"), StandardCharsets.UTF_8);
            assertThat(kpis).hasSize(3); // header, total, one oblast
            assertThat(kpis.get(1)).startsWith("total,,," + line.get("totals").get("population").asLong() + ",");
        }
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary).hasSize(3);
        assertThat(summary.get(1)).startsWith("chernivtsi-pool.yaml," + batch.get(0).get("id").asText());
        assertThat(summary.get(2)).startsWith("chernivtsi-remote-only.yaml,");

        JsonNode saved = JSON.readTree(out.resolve("chernivtsi-remote-only/scenario.json").toFile());
        assertThat(saved.get("result").get("proposals")).allSatisfy(
                p -> assertThat(p.get("kind").asText()).isEqualTo("REMOTE_WORKPLACE"));
    }

    @Test
    void listShowRenameCompareAndDelete() throws Exception {
        String a = batch.get(0).get("id").asText();
        String b = batch.get(1).get("id").asText();
        JsonNode list = JSON.readTree(runOnWorkspace("scenario", "list").stdout);
        assertThat(list).extracting(n -> n.get("id").asText()).contains(a, b);

        JsonNode shown = JSON.readTree(runOnWorkspace("scenario", "show", a).stdout);
        assertThat(shown.get("status").asText()).isEqualTo("DONE");
        assertThat(shown.get("vintage").get("importRunId").asLong()).isEqualTo(1);

        Path layer = workspace.resolve("difference.geojson");
        Run compare = runOnWorkspace("scenario", "compare", a, b, "--geojson", layer.toString());
        assertThat(compare.exitCode).isZero();
        JsonNode comparison = JSON.readTree(compare.stdout);
        assertThat(comparison.get("kpis").get(0).get("kpi").asText()).isEqualTo("populationCoveredBefore");
        assertThat(comparison.get("hromadas").size()).isEqualTo(JSON.readTree(layer.toFile()).get("features").size());

        assertThat(runOnWorkspace("scenario", "rename", a, "перейменовано").exitCode).isZero();
        assertThat(JSON.readTree(runOnWorkspace("scenario", "show", a).stdout).get("name").asText())
                .isEqualTo("перейменовано");

        Path extra = workspace.resolve("extra");
        Run again = runOnWorkspace("scenario", "run", "src/test/resources/scenarios/chernivtsi-pool.yaml", "--out",
                extra.toString());
        String id = JSON.readTree(again.stdout).get(0).get("id").asText();
        assertThat(extra.resolve("proposals.csv")).exists();
        assertThat(runOnWorkspace("scenario", "delete", id).exitCode).isZero();
        assertThat(runOnWorkspace("scenario", "show", id).exitCode).isEqualTo(PlannerCommandLine.EXIT_BAD_INPUT);
    }

    @Test
    void aBadFileIsBadInputNamingTheFileAndTheKey() throws Exception {
        Run run = runOnWorkspace("scenario", "run", "src/test/resources/ua/cnap/planner/scenario/misspelt-key.yaml");
        assertThat(run.exitCode).isEqualTo(PlannerCommandLine.EXIT_BAD_INPUT);
        JsonNode error = JSON.readTree(run.stdout).get("error");
        assertThat(error.get("source").asText()).endsWith("misspelt-key.yaml");
        assertThat(error.get("item").asText()).isEqualTo("oblasts[0].budgetUAH");
    }

    private Run runOnWorkspace(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--data", data.toString(), "--workspace", workspace.toString(), "--json"}, 0,
                all, args.length, 5);
        return run(all);
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
