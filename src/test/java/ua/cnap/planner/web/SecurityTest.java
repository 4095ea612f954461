package ua.cnap.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ua.cnap.planner.CnapPlannerApplication;
import ua.cnap.planner.account.AccountService;
import ua.cnap.planner.account.Role;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.importing.SquareHromadas;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/** The server as shipped: security on, roles, tokens, the page's session with CSRF. */
@SpringBootTest(classes = CnapPlannerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {

    static final String ADMIN_PASSWORD = "admin-secret-for-tests";

    /** Made and filled before the context starts (PER_CLASS would start it before a static @TempDir). */
    static final Path workspace = filledWorkspace();

    private static Path filledWorkspace() {
        try {
            Path folder = java.nio.file.Files.createTempDirectory("cnap-security-test");
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
        registry.add("planner.security.admin-password", () -> ADMIN_PASSWORD);
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    String viewerToken;
    String plannerToken;
    String adminToken;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void accounts() {
        accounts.create("viewer", "viewer-password", Role.VIEWER);
        accounts.create("planner", "planner-password", Role.PLANNER);
        viewerToken = accounts.issueToken("viewer", "test").token();
        plannerToken = accounts.issueToken("planner", "test").token();
        adminToken = accounts.issueToken("admin", "test").token();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private int get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int post(String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A plan body without a budget: refused with 400 after authorisation, so no solve starts. */
    private static final String INCOMPLETE_PLAN = "{\"oblast\":\"" + SquareHromadas.OBLAST + "\"}";

    @Test
    void anonymousCallsGet401AndThePageAsksForALogin() throws Exception {
        assertThat(get("/api/oblasts", null)).isEqualTo(401);
        // a write without a session has no CSRF token either: refused before authentication (403) or by it (401)
        String validPlan = "{\"oblast\":\"" + SquareHromadas.OBLAST + "\",\"budgetUah\":1000000,\"timeLimitSeconds\":1}";
        assertThat(post("/api/plans", null, validPlan)).isIn(401, 403);
        assertThat(post("/api/routes", null, "{\"oblast\":\"x\",\"vehicles\":1}")).isIn(401, 403);
        HttpResponse<String> jobs = http.send(HttpRequest.newBuilder(uri("/api/plans"))
                .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(jobs.body()).isEqualTo("[]");
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(uri("/")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aViewerReadsButCannotWrite() throws Exception {
        assertThat(get("/api/oblasts", viewerToken)).isEqualTo(200);
        assertThat(post("/api/plans", viewerToken, INCOMPLETE_PLAN)).isEqualTo(403);
        assertThat(post("/api/routes", viewerToken, "{}")).isEqualTo(403);
        assertThat(get("/api/accounts", viewerToken)).isEqualTo(403);
    }

    @Test
    void aPlannerWritesButDoesNotManageAccounts() throws Exception {
        assertThat(post("/api/plans", plannerToken, INCOMPLETE_PLAN)).isEqualTo(400);
        assertThat(get("/api/accounts", plannerToken)).isEqualTo(403);
        assertThat(post("/api/accounts", plannerToken,
                "{\"username\":\"mallory\",\"password\":\"mallory-password\",\"role\":\"admin\"}")).isEqualTo(403);
        assertThat(accounts.findAccount("mallory")).isEmpty();
    }

    @Test
    void anAdminManagesAccounts() throws Exception {
        assertThat(get("/api/accounts", adminToken)).isEqualTo(200);
        assertThat(post("/api/accounts", adminToken,
                "{\"username\":\"oksana\",\"password\":\"oksana-password\",\"role\":\"planner\"}")).isEqualTo(201);
        assertThat(accounts.findAccount("oksana")).map(a -> a.role()).contains(Role.PLANNER);
    }

    private int send(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aPlannerChangesOnlyOwnScenariosAndAnAdminAny() throws Exception {
        String scenario = "{\"name\": \"olena's\", \"oblasts\": [\"" + SquareHromadas.OBLAST
                + "\"], \"budgetUah\": 1000000, \"rules\": \"none\"}";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/scenarios"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + plannerToken)
                .POST(HttpRequest.BodyPublishers.ofString(scenario)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(created.body()).contains("\"owner\":\"planner\"");

        accounts.create("other-planner", "other-password", Role.PLANNER);
        String otherToken = accounts.issueToken("other-planner", "test").token();
        assertThat(send("PATCH", "/api/scenarios/" + id, otherToken, "{\"name\":\"mine now\"}")).isEqualTo(403);
        assertThat(send("DELETE", "/api/scenarios/" + id, otherToken, "")).isEqualTo(403);
        assertThat(send("PATCH", "/api/scenarios/" + id, viewerToken, "{\"name\":\"x\"}")).isEqualTo(403);
        assertThat(get("/api/scenarios/" + id, viewerToken)).isEqualTo(200);
        assertThat(send("PATCH", "/api/scenarios/" + id, plannerToken, "{\"name\":\"renamed by owner\"}"))
                .isEqualTo(200);
        assertThat(send("DELETE", "/api/scenarios/" + id, adminToken, "")).isEqualTo(204);
    }

    @Test
    void aPlannerStopsOnlyOwnRunsAndAnAdminAny() throws Exception {
        String plan = "{\"oblast\":\"" + SquareHromadas.OBLAST + "\",\"budgetUah\":2000000,\"rules\":\"none\","
                + "\"minutes\":1,\"km\":1,\"timeLimitSeconds\":30,\"exactTimeLimitSeconds\":0}";
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(uri("/api/plans"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + plannerToken)
                .POST(HttpRequest.BodyPublishers.ofString(plan)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(started.body()).contains("\"owner\":\"planner\"");
        String id = started.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        accounts.create("third-planner", "third-password", Role.PLANNER);
        String otherToken = accounts.issueToken("third-planner", "test").token();
        assertThat(send("DELETE", "/api/plans/" + id, otherToken, "")).isEqualTo(403);
        assertThat(send("DELETE", "/api/runs/" + id, otherToken, "")).isEqualTo(403);
        assertThat(send("DELETE", "/api/runs/" + id, viewerToken, "")).isEqualTo(403);
        assertThat(get("/api/runs/" + id, viewerToken)).isEqualTo(200);
        assertThat(get("/api/plans/" + id, otherToken)).isEqualTo(200);
        assertThat(send("DELETE", "/api/plans/" + id, plannerToken, "")).isEqualTo(200);
        assertThat(send("DELETE", "/api/runs/" + id, adminToken, "")).isEqualTo(200);
    }

    @Test
    void anUnknownTokenIs401() throws Exception {
        assertThat(get("/api/oblasts", "cnap_not-a-token")).isEqualTo(401);
    }

    @Test
    void thePagesSessionNeedsTheCsrfTokenForWrites() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String formToken = loginPage.replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
        String form = "username=planner&password=planner-password&_csrf="
                + URLEncoder.encode(formToken, StandardCharsets.UTF_8);
        HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        // logged in: reads work with the session cookie alone
        assertThat(browser.send(HttpRequest.newBuilder(uri("/api/me")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("\"planner\"").contains("PLANNER");
        // a write without the CSRF header is refused, with it accepted (400: the body is incomplete)
        HttpRequest.Builder write = HttpRequest.newBuilder(uri("/api/plans")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(INCOMPLETE_PLAN));
        assertThat(browser.send(write.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        assertThat(browser.send(write.header("X-XSRF-TOKEN", csrf).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(400);
    }
}
