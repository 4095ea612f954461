package ua.cnap.planner.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ua.cnap.planner.CnapPlannerApplication;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.importing.SquareHromadas;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/**
 * The OpenAPI document as a client sees it at {@code /v3/api-docs}: every operation summarised and
 * exemplified from {@code openapi/examples.yaml}, the two security schemes, and Swagger UI.
 */
@SpringBootTest(classes = CnapPlannerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern KEY = Pattern.compile("(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) /api(/[^\\s]*)?");

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

    private JsonNode document() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new ObjectMapper().readTree(response.getBody());
    }

    /** "METHOD /path" → operation, for every operation of the document. */
    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.put(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }

    @Test
    void everyOperationHasASummaryAndExamplesOfItsBodies() throws Exception {
        Map<String, JsonNode> operations = operations(document());
        // the API as of this writing has 48 operations; a document that lost its paths must not pass
        assertThat(operations).hasSizeGreaterThanOrEqualTo(45).containsKeys("GET /api/hromadas/{code}",
                "POST /api/plans", "POST /api/registers/uploads", "POST /api/tokens");

        List<String> withoutSummary = new ArrayList<>();
        List<String> withoutRequestExample = new ArrayList<>();
        List<String> withoutResponseExample = new ArrayList<>();
        operations.forEach((key, operation) -> {
            if (operation.path("summary").asText().isBlank()) {
                withoutSummary.add(key);
            }
            JsonNode requestContent = operation.path("requestBody").path("content");
            if (operation.has("requestBody") && (requestContent.isEmpty() || !allHaveExamples(requestContent))) {
                withoutRequestExample.add(key);
            }
            List<String> successes = new ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2")) {
                    successes.add(code);
                }
            });
            if (successes.isEmpty()) {
                withoutResponseExample.add(key + " (no 2xx response)");
            }
            for (String code : successes) {
                JsonNode content = operation.get("responses").get(code).path("content");
                // 204 No Content has no body to exemplify
                if (!code.equals("204") && (content.isEmpty() || !allHaveExamples(content))) {
                    withoutResponseExample.add(key + " " + code);
                }
            }
        });
        assertThat(withoutSummary).as("operations without a summary in openapi/examples.yaml").isEmpty();
        assertThat(withoutRequestExample).as("operations whose request body has no example").isEmpty();
        assertThat(withoutResponseExample).as("operations whose 2xx response has no example").isEmpty();
    }

    private static boolean allHaveExamples(JsonNode content) {
        for (JsonNode media : content) {
            if (!media.has("example") || media.get("example").isNull()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void responsesSayWhatTheServerReallyAnswers() throws Exception {
        Map<String, JsonNode> operations = operations(document());
        assertThat(operations.get("POST /api/plans").get("responses").has("202")).isTrue();
        assertThat(operations.get("POST /api/scenarios").get("responses").has("201")).isTrue();
        assertThat(operations.get("DELETE /api/scenarios/{id}").get("responses").get("204").has("content")).isFalse();
        assertThat(operations.get("GET /api/layers/kpis").get("responses").get("200").get("content").has("application/json"))
                .isTrue();
        assertThat(operations.get("GET /api/layers/hromadas.geojson").get("responses").get("200").get("content")
                .get("application/geo+json").get("example").get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(operations.get("POST /api/registers/uploads").get("requestBody").get("content")
                .has("multipart/form-data")).isTrue();
    }

    @Test
    void theTwoSecuritySchemesAreDeclared() throws Exception {
        JsonNode schemes = document().get("components").get("securitySchemes");
        assertThat(schemes.get("token").get("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.get("session").get("in").asText()).isEqualTo("cookie");
    }

    /**
     * Every key of the examples file is a well-formed "METHOD /path". Keys matching no operation are
     * allowed (a merged branch's endpoint, GET /api/exports/{layer}, may be absent here) but only those
     * on the list below: a typo in a key would otherwise leave its operation silently undocumented,
     * which the test above catches for present operations.
     */
    @Test
    void everyExampleKeyIsAMethodAndAnApiPath() throws Exception {
        Set<String> operations = operations(document()).keySet();
        Set<String> mayBeAbsent = Set.of("GET /api/exports/{layer}");
        List<String> malformed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Iterator<String> keys = OpenApiConfiguration.exampleKeys(); keys.hasNext(); ) {
            String key = keys.next();
            seen.add(key);
            if (!KEY.matcher(key).matches()) {
                malformed.add(key);
            } else if (!operations.contains(key) && !mayBeAbsent.contains(key)) {
                unknown.add(key);
            }
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(45);
        assertThat(malformed).as("keys that are not \"METHOD /api/...\"").isEmpty();
        assertThat(unknown).as("keys matching no operation of /v3/api-docs").isEmpty();
    }

    @Test
    void swaggerUiAnswers() {
        ResponseEntity<String> page = http.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("swagger-ui");
    }
}
