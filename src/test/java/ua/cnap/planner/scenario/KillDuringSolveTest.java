package ua.cnap.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.CnapPlannerApplication;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.importing.SquareHromadas;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/**
 * Crash safety as an operator would meet it: the server runs in its own JVM, is killed with SIGKILL
 * (kill -9) while a scenario is solving, and is started again on the same store. Nothing finished is
 * lost, and the run of the scenario that was solving is taken over once its heartbeats stop: executed
 * again from the start (executions 2), and it can be stopped as usual.
 */
class KillDuringSolveTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path workspace;
    Process server;
    int port;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void aKillMinusNineDuringASolveLosesNoSavedScenario() throws Exception {
        try (PlannerStore store = PlannerStore.open(StoreSettings.embedded(workspace))) {
            new JdbcDatasetStore(store).replaceAll(SquareHromadas.dataset(), "test", "{\"hromadas\":3}");
        }
        start();
        String finished = create("finished before the crash", "\"stepLimit\": 100, \"timeLimitSeconds\": 60");
        post("/api/scenarios/" + finished + "/run");
        JsonNode done = awaitStatus(finished, "DONE");
        String solving = create("solving during the crash", "\"timeLimitSeconds\": 600");
        post("/api/scenarios/" + solving + "/run");
        awaitStatus(solving, "RUNNING");

        // SIGKILL: no shutdown hook, no chance to tidy up
        server.destroyForcibly().waitFor();
        assertThat(server.exitValue()).isEqualTo(137);
        start();

        JsonNode finishedAfter = scenario(finished);
        assertThat(finishedAfter.get("status").asText()).isEqualTo("DONE");
        assertThat(finishedAfter.get("result")).isEqualTo(done.get("result"));
        assertThat(finishedAfter.get("result").isNull()).isFalse();
        JsonNode takenOver = awaitExecutions(solving, 2);
        assertThat(takenOver.get("scenario").get("status").asText()).isEqualTo("RUNNING");
        assertThat(delete("/api/scenarios/" + solving + "/run")).isEqualTo(200);
        assertThat(awaitStatus(solving, "CANCELLED").get("result").isNull()).isFalse();
    }

    private int delete(String path) throws Exception {
        return http.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The scenario with its latest run once that run has started {@code executions} times. */
    private JsonNode awaitExecutions(String id, int executions) throws Exception {
        JsonNode view = null;
        for (int i = 0; i < 600; i++) { // bounded: 60 s
            HttpResponse<String> response = http.send(request("/api/scenarios/" + id).build(),
                    HttpResponse.BodyHandlers.ofString());
            view = JSON.readTree(response.body());
            if (view.path("run").path("executions").asInt() >= executions) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run of scenario " + id + " was not taken over: " + view);
    }

    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(List.of(java, "-Xmx1g", "-Dserver.port=" + port,
                "-Dplanner.security.single-user=true",
                // a dead instance's runs are taken over after 4 missed heartbeats of 1 s
                "-Dplanner.runs.heartbeat-seconds=1", "-Dplanner.runs.missed-heartbeats=4",
                "-Dplanner.runs.polling-seconds=1", "-cp", System.getProperty("java.class.path"),
                CnapPlannerApplication.class.getName(), "--data", RealData.folder().toString(),
                "--workspace", workspace.toString()))
                .redirectErrorStream(true)
                .redirectOutput(workspace.resolve("server-" + System.nanoTime() + ".log").toFile())
                .start();
        for (int i = 0; i < 600; i++) { // bounded: 60 s for a cold start on a busy machine
            try {
                if (http.send(request("/api/oblasts").build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertThat(server.isAlive()).as("server died at start; see " + workspace).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("server did not start; logs in " + workspace + File.separator);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json");
    }

    private String create(String name, String solver) throws Exception {
        String body = "{\"name\": \"" + name + "\", \"oblasts\": [\"" + SquareHromadas.OBLAST + "\"],"
                + " \"budgetUah\": 1200000, \"rules\": \"none\", \"standard\": {\"minutes\": 1, \"km\": 1},"
                + " \"solver\": {" + solver + ", \"exactTimeLimitSeconds\": 0}}";
        HttpResponse<String> response = http.send(request("/api/scenarios")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asText();
    }

    private int post(String path) throws Exception {
        return http.send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode scenario(String id) throws Exception {
        HttpResponse<String> response = http.send(request("/api/scenarios/" + id).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("scenario");
    }

    private JsonNode awaitStatus(String id, String status) throws Exception {
        JsonNode scenario = null;
        for (int i = 0; i < 600; i++) { // bounded: 60 s
            scenario = scenario(id);
            if (status.equals(scenario.get("status").asText())) {
                return scenario;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("scenario " + id + " never reached " + status + ": " + scenario);
    }
}
