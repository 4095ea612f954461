package ua.cnap.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.planning.PlanResult;

/**
 * The OpenAPI examples of the run endpoints ({@code openapi/examples.yaml}) show what the server
 * answers: a {@link RunView} with the run's fields, lists without result and progress, and a plan's
 * result with every field of {@link PlanResult}. An example left behind by a change of either fails.
 */
class RunExamplesTest {

    /** Endpoints answering one run, or a list of runs, and the kind they show. */
    private static final Map<String, String> RUN_ANSWERS = Map.ofEntries(
            Map.entry("POST /api/plans", "PLAN"), Map.entry("GET /api/plans", "PLAN"),
            Map.entry("GET /api/plans/{id}", "PLAN"), Map.entry("DELETE /api/plans/{id}", "PLAN"),
            Map.entry("POST /api/routes", "ROUTES"), Map.entry("GET /api/routes", "ROUTES"),
            Map.entry("GET /api/routes/{id}", "ROUTES"), Map.entry("DELETE /api/routes/{id}", "ROUTES"),
            Map.entry("GET /api/runs", "PLAN"), Map.entry("GET /api/runs/{id}", "PLAN"),
            Map.entry("DELETE /api/runs/{id}", "PLAN"));

    private static JsonNode examples;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = RunExamplesTest.class.getResourceAsStream("/openapi/examples.yaml")) {
            examples = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> fields(JsonNode node) {
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    /** The response example, or each element of a list's. */
    private static List<JsonNode> runs(String key) {
        JsonNode response = examples.path(key).path("response");
        assertThat(response.isMissingNode()).as(key + " has a response example").isFalse();
        List<JsonNode> runs = new ArrayList<>();
        if (response.isArray()) {
            response.forEach(runs::add);
        } else {
            runs.add(response);
        }
        assertThat(runs).as(key).isNotEmpty();
        return runs;
    }

    @Test
    void everyRunAnswerShowsTheFieldsOfARunViewInItsOrder() {
        RUN_ANSWERS.forEach((key, kind) -> runs(key).forEach(run -> {
            assertThat(fields(run)).as(key).containsExactlyElementsOf(names(RunView.class));
            assertThat(run.path("kind").asText()).as(key).isEqualTo(kind);
        }));
    }

    @Test
    void listsLeaveResultAndProgressOut() {
        for (String key : List.of("GET /api/plans", "GET /api/routes", "GET /api/runs")) {
            runs(key).forEach(run -> {
                assertThat(run.path("result").isNull()).as(key + " result").isTrue();
                assertThat(run.path("progress").isArray() && run.path("progress").isEmpty()).as(key + " progress")
                        .isTrue();
            });
        }
    }

    @Test
    void aFinishedPlanShowsEveryFieldOfItsResult() {
        JsonNode plan = runs("GET /api/plans/{id}").get(0);
        assertThat(plan.path("status").asText()).isEqualTo("DONE");
        assertThat(fields(plan.path("result"))).containsExactlyInAnyOrderElementsOf(names(PlanResult.class));
        assertThat(plan.path("progress")).as("the run's progress: improvements over time").isNotEmpty();
    }
}
