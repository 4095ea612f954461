package ua.cnap.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ua.cnap.planner.CnapPlannerApplication;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.importing.SquareHromadas;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/**
 * /api/scenarios over the three square hromadas: the office in the middle one does not reach its
 * neighbours' centres (7.4 km away) within 10 minutes / 5 km; 1.2 million UAH buys one remote workplace.
 */
@SpringBootTest(classes = CnapPlannerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path workspace;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        registry.add("planner.workspace", () -> workspace.toString());
        registry.add("planner.store", () -> "embedded");
        registry.add("planner.security.single-user", () -> "true");
        registry.add("planner.data-dir", () -> RealData.folder().toString());
    }

    @BeforeAll
    static void fillStore() {
        try (PlannerStore store = PlannerStore.open(StoreSettings.embedded(workspace))) {
            new JdbcDatasetStore(store).replaceAll(SquareHromadas.dataset(), "test", "{\"hromadas\":3}");
        }
    }

    static String body(String name) {
        return """
                {"name": "%s", "oblasts": ["%s"], "budgetUah": 1200000, "rules": "none",
                 "standard": {"minutes": 10, "km": 5},
                 "solver": {"timeLimitSeconds": 60, "exactTimeLimitSeconds": 0, "stepLimit": 100}}
                """.formatted(name, SquareHromadas.OBLAST);
    }

    ResponseEntity<String> post(String url, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(url, new HttpEntity<>(json, headers), String.class);
    }

    JsonNode createAndRun(String name) throws Exception {
        ResponseEntity<String> created = post("/api/scenarios", body(name));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = JSON.readTree(created.getBody()).get("id").asText();
        assertThat(JSON.readTree(created.getBody()).get("status").asText()).isEqualTo("NEW");

        ResponseEntity<String> started = post("/api/scenarios/" + id + "/run", "");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode view = JSON.readTree(started.getBody());
        // the scenario is saved DONE just before its run is: wait for both
        for (int i = 0; i < 600 && !(view.get("scenario").get("status").asText().matches("DONE|FAILED")
                && view.path("run").path("status").asText().matches("DONE|FAILED")); i++) {
            Thread.sleep(100); // polling, bounded: one minute
            view = JSON.readTree(http.getForObject("/api/scenarios/" + id, String.class));
        }
        assertThat(view.get("scenario").get("status").asText()).as(view.toString()).isEqualTo("DONE");
        assertThat(view.get("run").get("status").asText()).isEqualTo("DONE");
        assertThat(view.get("run").get("executions").asInt()).isEqualTo(1);
        return view.get("scenario");
    }

    @Test
    void createRunReportRenameCompareDelete() throws Exception {
        JsonNode scenario = createAndRun("квадрати");
        String id = scenario.get("id").asText();
        JsonNode totals = scenario.get("result").get("totals");
        assertThat(totals.get("populationCoveredBefore").asLong()).isEqualTo(2000);
        assertThat(totals.get("populationCoveredAfter").asLong()).isEqualTo(5000);
        assertThat(totals.get("costUah").asLong()).isLessThanOrEqualTo(1_200_000);

        ResponseEntity<String> csv = http.getForEntity("/api/scenarios/" + id + "/donor-report.csv", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        String text = new String(csv.getBody().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(2);
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains(SquareHromadas.EAST)
                .contains("REMOTE_WORKPLACE");

        http.getRestTemplate().setRequestFactory(new JdkClientHttpRequestFactory()); // PATCH needs it
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> renamed = http.exchange("/api/scenarios/" + id, HttpMethod.PATCH,
                new HttpEntity<>("{\"name\": \"нова назва\"}", headers), String.class);
        assertThat(JSON.readTree(renamed.getBody()).get("name").asText()).isEqualTo("нова назва");
        assertThat(JSON.readTree(http.getForObject("/api/scenarios", String.class)))
                .extracting(n -> n.get("name").asText()).contains("нова назва");

        JsonNode other = createAndRun("друга");
        JsonNode comparison = JSON.readTree(http.getForObject("/api/scenarios/compare?a=" + id + "&b="
                + other.get("id").asText(), String.class));
        assertThat(comparison.get("hromadas")).hasSize(3);
        assertThat(comparison.get("hromadas")).allSatisfy(h -> assertThat(h.get("difference").asDouble()).isZero());
        JsonNode layer = JSON.readTree(http.getForObject("/api/scenarios/compare/difference.geojson?a=" + id + "&b="
                + other.get("id").asText(), String.class));
        assertThat(layer.get("features")).hasSize(3);
        assertThat(layer.get("features").get(0).get("geometry").get("type").asText()).isEqualTo("Polygon");

        http.delete("/api/scenarios/" + id);
        assertThat(http.getForEntity("/api/scenarios/" + id, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** The map's plan panel posts plans: each is a saved scenario with the run's id, listed and reported. */
    @Test
    void aPlanRunIsASavedScenario() throws Exception {
        ResponseEntity<String> started = post("/api/plans", """
                {"oblast": "%s", "budgetUah": 1200000, "rules": "none", "minutes": 10, "km": 5,
                 "timeLimitSeconds": 20, "exactTimeLimitSeconds": 10}
                """.formatted(SquareHromadas.OBLAST));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = JSON.readTree(started.getBody()).get("id").asText();
        JsonNode plan = JSON.readTree(started.getBody());
        for (int i = 0; i < 600 && !plan.get("status").asText().matches("DONE|FAILED"); i++) {
            Thread.sleep(100); // polling, bounded: one minute
            plan = JSON.readTree(http.getForObject("/api/plans/" + id, String.class));
        }
        assertThat(plan.get("status").asText()).as(plan.toString()).isEqualTo("DONE");
        long newlyCovered = plan.get("result").get("newlyCoveredPopulation").asLong();
        assertThat(newlyCovered).isEqualTo(3000);

        JsonNode listed = null;
        for (JsonNode s : JSON.readTree(http.getForObject("/api/scenarios", String.class))) {
            if (s.get("id").asText().equals(id)) {
                listed = s;
            }
        }
        assertThat(listed).as("the plan in the saved scenarios").isNotNull();
        assertThat(listed.get("status").asText()).isEqualTo("DONE");
        assertThat(listed.get("name").asText()).startsWith("План: ").contains("1\u00a0200\u00a0000\u00a0грн").contains("10 хв або 5 км");
        assertThat(listed.get("totals").get("newlyCoveredPopulation").asLong()).isEqualTo(newlyCovered);
        assertThat(listed.get("owner").isNull()).as("single-user mode has no accounts").isTrue();

        JsonNode view = JSON.readTree(http.getForObject("/api/scenarios/" + id, String.class));
        assertThat(view.get("run").get("id").asText()).as("the plan run is the scenario's run").isEqualTo(id);
        assertThat(view.get("scenario").get("parameters").get("budgetUah").asLong()).isEqualTo(1_200_000);
        assertThat(view.get("scenario").get("result").get("proposals").get(0).get("site").asText())
                .isEqualTo(plan.get("result").get("proposals").get(0).get("name").asText());
        String report = http.getForObject("/api/scenarios/" + id + "/donor-report.csv", String.class);
        assertThat(report.lines()).hasSize(2);
        assertThat(report.lines().skip(1).findFirst().orElseThrow()).contains(SquareHromadas.EAST);
    }

    @Test
    void aBadBodyIs400NamingTheKey() throws Exception {
        ResponseEntity<String> response = post("/api/scenarios", "{\"name\": \"x\", \"oblasts\": [\"" + SquareHromadas.OBLAST
                + "\"], \"budgetUah\": 1000, \"standrad\": {}}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(response.getBody()).get("error").get("item").asText()).isEqualTo("standrad");
    }
}
