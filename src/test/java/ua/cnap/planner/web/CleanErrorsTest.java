package ua.cnap.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ua.cnap.planner.CnapPlannerApplication;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.importing.SquareHromadas;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/**
 * Each bad input that answered 500 or leaked internals in issue 15 now answers 4xx with a message in the
 * caller's language naming the field, and never a Java class name or a server path. Single-user mode
 * (no login) so that the inputs reach the API; it also shows the Host check against DNS rebinding.
 */
@SpringBootTest(classes = CnapPlannerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CleanErrorsTest {

    static final Path workspace = filledWorkspace();

    private static Path filledWorkspace() {
        try {
            Path folder = Files.createTempDirectory("cnap-clean-errors-test");
            try (PlannerStore store = PlannerStore.open(StoreSettings.embedded(folder))) {
                new JdbcDatasetStore(store).replaceAll(SquareHromadas.dataset(), "test", "{\"hromadas\":3}");
            }
            return folder;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("planner.workspace", () -> workspace.toString());
        registry.add("planner.store", () -> "embedded");
        registry.add("planner.data-dir", () -> RealData.folder().toString());
        registry.add("planner.security.single-user", () -> "true");
    }

    @LocalServerPort
    int port;
    final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A 4xx whose message has no Java internals or server paths; returns the message. */
    private static String clean(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("ua.cnap").doesNotContain("java.").doesNotContain("Exception")
                .doesNotContain("/tmp").doesNotContain(System.getProperty("java.io.tmpdir"))
                .doesNotContain(workspace.toString());
        return JSON.readTree(response.body()).get("error").get("message").asText();
    }

    private HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body,
            String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String scenario(String name) {
        return "{\"name\": \"" + name + "\", \"oblasts\": [\"" + SquareHromadas.OBLAST
                + "\"], \"budgetUah\": 1000000, \"rules\": \"none\"}";
    }

    private int savedScenarios() throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/scenarios")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).size();
    }

    @Test
    void xmlWhereJsonIsMeantIs415() throws Exception {
        String message = clean(post("/api/scenarios", "application/xml",
                HttpRequest.BodyPublishers.ofString("<scenario><name>x</name></scenario>")), 415);
        assertThat(message).contains("очікується JSON").contains("application/xml");
        assertThat(clean(post("/api/plans", "text/plain", HttpRequest.BodyPublishers.ofString("{}")), 415))
                .contains("JSON");
    }

    @Test
    void jsonOverOneMegabyteIs413WithOrWithoutALength() throws Exception {
        String padding = "x".repeat(JsonBodyLimitFilter.MAX_JSON_BYTES);
        String body = scenario(padding);
        int before = savedScenarios();
        assertThat(clean(post("/api/scenarios", "application/json", HttpRequest.BodyPublishers.ofString(body)), 413))
                .contains("завелике").contains("1024 КБ");
        // chunked: no Content-Length, cut off while reading
        HttpResponse<String> chunked = post("/api/scenarios", "application/json", HttpRequest.BodyPublishers
                .ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))),
                "Accept-Language", "en");
        assertThat(clean(chunked, 413)).contains("too large");
        assertThat(savedScenarios()).isEqualTo(before);
    }

    @Test
    void aScenarioNameOver300CharactersIsRefusedNamingTheField() throws Exception {
        int before = savedScenarios();
        String message = clean(post("/api/scenarios", "application/json",
                HttpRequest.BodyPublishers.ofString(scenario("н".repeat(301)))), 400);
        assertThat(message).contains("Назва сценарію задовга").contains("301").contains("300");
        assertThat(savedScenarios()).isEqualTo(before);
        assertThat(post("/api/scenarios", "application/json",
                HttpRequest.BodyPublishers.ofString(scenario("н".repeat(300)))).statusCode()).isEqualTo(201);
    }

    @Test
    void anUnknownFieldAndBrokenJsonAre400NamingTheField() throws Exception {
        assertThat(clean(post("/api/scenarios", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"nmae\": \"x\"}")), 400)).contains("nmae");
        assertThat(clean(post("/api/scenarios", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"name\": ")), 400)).contains("JSON");
    }

    /** A multipart body written by hand, so that the file name can carry what a browser would not send. */
    private HttpResponse<String> upload(String fileName, String format, String csv) throws Exception {
        String boundary = "cnap-boundary-7d1";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"oblast\"\r\n\r\n"
                + SquareHromadas.OBLAST + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n" + format + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return post("/api/registers/uploads", "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static final String ONE_OFFICE = "id,name,kind,lon,lat\n1,ВРМ,REMOTE_WORKPLACE,25.05,48.05\n";

    @Test
    void uploadFileNamesWithNulOrOver255BytesAre400() throws Exception {
        // Tomcat refuses the form itself; a name that reaches the service is checked there (safeName)
        assertThat(clean(upload("reg\u0000ister.csv", "TEMPLATE", ONE_OFFICE), 400)).contains("керівних символів");
        String longName = "р".repeat(130) + ".csv"; // 264 bytes in UTF-8
        assertThat(clean(upload(longName, "TEMPLATE", ONE_OFFICE), 400)).contains("Назва файлу задовга")
                .contains("264").contains("255");
        assertThat(clean(upload("register.csv", "EXCEL", ONE_OFFICE), 400)).contains("EXCEL").contains("TEMPLATE");
    }

    @Test
    void anOverlongOfficeNameIsRejectedAtValidationAndTheRestSaves() throws Exception {
        String csv = ONE_OFFICE + "2," + "Ц".repeat(1001) + ",BRANCH,25.15,48.05\n";
        String fileName = "ф".repeat(120) + ".csv"; // long, yet under 255 bytes: the register's name shortens it
        HttpResponse<String> validation = upload(fileName, "TEMPLATE", csv);
        assertThat(validation.statusCode()).as(validation.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(validation.body());
        assertThat(result.get("accessPoints").asInt()).isEqualTo(1);
        assertThat(result.get("rejected")).singleElement().satisfies(row -> {
            assertThat(row.get("reason").asText()).contains("name").contains("1000");
            assertThat(row.get("source").asText()).doesNotContain("/");
        });
        // a file with a rejected row is saved only when the planner accepts that explicitly
        String confirm = "/api/registers/uploads/" + result.get("uploadId").asText() + "/confirm";
        HttpResponse<String> unconfirmed = http.send(HttpRequest.newBuilder(uri(confirm))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unconfirmed.statusCode()).as(unconfirmed.body()).isEqualTo(400);
        HttpResponse<String> confirmed = http.send(HttpRequest.newBuilder(uri(confirm + "?acceptRejected=true"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(JSON.readTree(confirmed.body()).get("accessPoints").asInt()).isEqualTo(1);
    }

    @Test
    void aRowErrorNamesTheFileNotTheServersTemporaryPath() throws Exception {
        HttpResponse<String> validation = upload("mine.csv", "TEMPLATE", "id,name,kind,lon,lat\n1,ВРМ,KIOSK,25.05,48.05\n");
        assertThat(validation.statusCode()).isEqualTo(200);
        assertThat(validation.body()).contains("mine.csv").doesNotContain("cnap-upload")
                .doesNotContain(System.getProperty("java.io.tmpdir"));
    }

    @Test
    void unknownThingsAre404And405InTheCallersLanguage() throws Exception {
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(uri("/api/scenarios/no-such-id"))
                .header("Accept-Language", "en-US,en;q=0.8").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(clean(missing, 404)).contains("No such scenario");
        HttpResponse<String> method = http.send(HttpRequest.newBuilder(uri("/api/oblasts"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(clean(method, 405)).contains("DELETE");
    }

    /** Java's HttpClient will not set Host; a socket will, as a rebinding page's browser would. */
    private static String rawGet(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/oblasts HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void singleUserModeAnswersOnlyToLocalhost() throws Exception {
        String refused = rawGet(port, "evil.example:" + port);
        assertThat(refused).startsWith("HTTP/1.1 400").contains("evil.example").contains("localhost");
        assertThat(rawGet(port, "localhost:" + port)).startsWith("HTTP/1.1 200");
        assertThat(rawGet(port, "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
    }
}
