package ua.cnap.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ua.cnap.planner.CnapPlannerApplication;
import ua.cnap.planner.account.AccountService;
import ua.cnap.planner.account.LoginThrottle;
import ua.cnap.planner.account.Role;
import ua.cnap.planner.cli.PlannerCommandLine;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.importing.SquareHromadas;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/**
 * The account rules of issue 15 on the server as shipped: sessions end with their account's deletion,
 * demotion or password change; the eleventh wrong password is throttled and then even the right one is
 * refused; a password reset with the command line on the stopped store logs in and must be changed; the
 * login page is ours; responses carry CSP, Referrer-Policy and SameSite cookies.
 */
@SpringBootTest(classes = CnapPlannerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountSecurityTest {

    static final String ADMIN_PASSWORD = "admin-secret-for-tests";
    static final String TILE_URL = "https://{s}.tiles.example.org/{z}/{x}/{y}.png";

    /** Filled, and an account reset from the command line, before the server starts on it. */
    static final Path workspace;
    static final String oneTimePassword;

    static {
        try {
            workspace = Files.createTempDirectory("cnap-account-security-test");
            try (PlannerStore store = PlannerStore.open(StoreSettings.embedded(workspace))) {
                new JdbcDatasetStore(store).replaceAll(SquareHromadas.dataset(), "test", "{\"hromadas\":3}");
            }
            String[] common = {"--workspace", workspace.toString(), "--store", "embedded"};
            cli(common, "account", "create", "admin", "--role", "admin", "--password", ADMIN_PASSWORD);
            assertThat(cli(common, "account", "create", "olena", "--role", "planner",
                    "--password", "olena chose this one")).contains("created account 'olena'");
            String reset = cli(common, "--json", "account", "reset-password", "olena");
            oneTimePassword = new ObjectMapper().readTree(reset).get("oneTimePassword").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs the command line on the stopped store; returns its standard output. */
    private static String cli(String[] common, String... arguments) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(common),
                    java.util.Arrays.stream(arguments)).toArray(String[]::new);
            assertThat(PlannerCommandLine.execute(all)).isZero();
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("planner.workspace", () -> workspace.toString());
        registry.add("planner.store", () -> "embedded");
        registry.add("planner.data-dir", () -> RealData.folder().toString());
        registry.add("planner.security.admin-password", () -> ADMIN_PASSWORD);
        registry.add("planner.map.tile-url", () -> TILE_URL);
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeAll
    void listenToTheLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger("ua.cnap.planner")).addAppender(log);
    }

    @AfterAll
    void stopListening() {
        ((Logger) LoggerFactory.getLogger("ua.cnap.planner")).detachAppender(log);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A browser: its own cookies, redirects not followed. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fills the login form as a person would; the answer is the redirect. */
    private HttpResponse<String> login(HttpClient browser, String username, String password)
            throws IOException, InterruptedException {
        String page = get(browser, "/login").body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String redirect(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpClient loggedIn(String username, String password) throws IOException, InterruptedException {
        HttpClient browser = browser();
        HttpResponse<String> login = login(browser, username, password);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(redirect(login)).doesNotContain("error").doesNotContain("locked");
        return browser;
    }

    /** A JSON write from the page: session cookie plus the CSRF header. */
    private HttpResponse<String> postJson(HttpClient browser, String path, String json)
            throws IOException, InterruptedException {
        String csrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDeletedAccountsSessionEnds() throws Exception {
        accounts.create("to-be-deleted", "a wide open field", Role.PLANNER);
        HttpClient browser = loggedIn("to-be-deleted", "a wide open field");
        assertThat(get(browser, "/api/me").statusCode()).isEqualTo(200);

        accounts.delete("to-be-deleted");
        HttpResponse<String> refused = get(browser, "/api/me");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("Сесія завершилася");
        assertThat(get(browser, "/api/oblasts").statusCode()).as("the session is gone for good").isEqualTo(401);
        HttpResponse<Void> page = browser.send(HttpRequest.newBuilder(uri("/")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(redirect(page)).endsWith("/login");
    }

    @Test
    void aDemotedAccountsSessionEnds() throws Exception {
        accounts.create("to-be-demoted", "a wide open field", Role.PLANNER);
        HttpClient browser = loggedIn("to-be-demoted", "a wide open field");
        assertThat(get(browser, "/api/oblasts").statusCode()).isEqualTo(200);

        accounts.changeRole("to-be-demoted", Role.VIEWER);
        assertThat(get(browser, "/api/oblasts").statusCode()).isEqualTo(401);
        // a page request goes to the login page and says why
        HttpClient again = loggedIn("to-be-demoted", "a wide open field");
        accounts.changeRole("to-be-demoted", Role.PLANNER);
        HttpResponse<String> page = get(again, "/");
        assertThat(redirect(page)).endsWith("/login?expired");
        assertThat(get(again, "/login?expired").body()).contains("Сесія завершилася");
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsButNotTheOneThatMadeIt() throws Exception {
        accounts.create("two-browsers", "a wide open field", Role.VIEWER);
        HttpClient laptop = loggedIn("two-browsers", "a wide open field");
        HttpClient phone = loggedIn("two-browsers", "a wide open field");

        HttpResponse<String> changed = postJson(laptop, "/api/me/password",
                "{\"currentPassword\":\"a wide open field\",\"newPassword\":\"the river under the bridge\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(get(laptop, "/api/me").statusCode()).isEqualTo(200);
        assertThat(get(phone, "/api/me").statusCode()).isEqualTo(401);
        // and an admin's change ends the laptop's too
        accounts.changePassword("two-browsers", "set by the admin for you", "admin");
        assertThat(get(laptop, "/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void theEleventhWrongPasswordIsThrottledAndTheRightOneRefusedWhileLocked() throws Exception {
        accounts.create("forgetful", "a wide open field", Role.VIEWER);
        HttpClient attacker = browser();
        for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
            assertThat(redirect(login(attacker, "forgetful", "guess number " + i))).endsWith("/login?error");
        }
        assertThat(redirect(login(attacker, "forgetful", "guess number 11"))).endsWith("/login?locked");
        assertThat(redirect(login(browser(), "forgetful", "a wide open field")))
                .as("the right password while locked").endsWith("/login?locked");
        assertThat(get(browser(), "/login?locked").body()).contains("заблоковано на 15 хвилин");
        assertThat(log.list).map(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("login locked: account 'forgetful'")
                        .contains("127.0.0.1").contains("until").contains("account reset-password forgetful"));
        // other accounts are not affected
        loggedIn("admin", ADMIN_PASSWORD);
    }

    @Test
    void aPasswordResetOnTheStoppedStoreLogsInAndMustBeChangedFirst() throws Exception {
        assertThat(accounts.findAccount("olena").orElseThrow().mustChangePassword()).isTrue();
        HttpClient browser = loggedIn("olena", oneTimePassword);

        HttpResponse<String> blocked = get(browser, "/api/oblasts");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("Спершу змініть пароль").contains("/api/me/password");
        assertThat(redirect(get(browser, "/"))).endsWith("/password");
        assertThat(get(browser, "/password").body()).contains("Змініть пароль");
        assertThat(get(browser, "/api/me").body()).contains("\"mustChangePassword\":true");

        HttpResponse<String> weak = postJson(browser, "/api/me/password",
                "{\"currentPassword\":\"" + oneTimePassword + "\",\"newPassword\":\"password1234\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("надто поширений").doesNotContain("password1234");

        HttpResponse<String> changed = postJson(browser, "/api/me/password",
                "{\"currentPassword\":\"" + oneTimePassword + "\",\"newPassword\":\"the river under the bridge\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(get(browser, "/api/oblasts").statusCode()).isEqualTo(200);
        assertThat(redirect(login(browser(), "olena", oneTimePassword))).endsWith("/login?error");
    }

    @Test
    void theLoginPageIsOursUkrainianByDefaultWithAnEnglishSwitch() throws Exception {
        HttpResponse<String> page = get(browser(), "/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"uk\">").contains("Вхід до планувальника ЦНАП")
                .contains("href=\"/login?lang=en\"").doesNotContain("Please sign in");
        String english = get(browser(), "/login?lang=en").body();
        assertThat(english).contains("<html lang=\"en\">").contains("Log in to the CNAP planner")
                .contains("account reset-password");
        assertThat(get(browser(), "/login?error").body()).contains("Неправильне імʼя користувача або пароль");
    }

    @Test
    void responsesCarryCspReferrerPolicyAndSameSiteCookies() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> page = get(browser, "/login");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String importMap = new String(getClass().getResourceAsStream("/static/index.html").readAllBytes(),
                StandardCharsets.UTF_8).replaceAll("(?s).*<script type=\"importmap\">(.*?)</script>.*", "$1");
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(importMap.getBytes(StandardCharsets.UTF_8)));
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self' 'sha256-" + hash + "'")
                .contains("img-src 'self' data: https://*.tiles.example.org").contains("object-src 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(csp.replaceAll(".*script-src([^;]*);.*", "$1")).doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("XSRF-TOKEN=").contains("SameSite=Lax"));

        HttpResponse<String> login = login(browser, "admin", ADMIN_PASSWORD);
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                .contains("SameSite=Lax").contains("HttpOnly"));
        HttpResponse<String> api = get(browser, "/api/oblasts");
        assertThat(api.headers().firstValue("Content-Security-Policy")).contains(csp);
        assertThat(api.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void refusalsBySecurityAreJsonInTheCallersLanguage() throws Exception {
        HttpResponse<String> anonymous = get(browser(), "/api/oblasts");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Потрібно увійти");
        HttpClient browser = loggedIn("admin", ADMIN_PASSWORD);
        HttpResponse<String> withoutCsrf = browser.send(HttpRequest.newBuilder(uri("/api/scenarios?lang=en"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutCsrf.statusCode()).isEqualTo(403);
        assertThat(withoutCsrf.body()).contains("CSRF token is missing");
    }

    @Test
    void accountErrorsAreInTheCallersLanguageAndNameTheField() throws Exception {
        String token = accounts.issueToken("admin", "test").token();
        HttpRequest.Builder create = HttpRequest.newBuilder(uri("/api/accounts"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"petro\",\"password\":\"short\",\"role\":\"viewer\"}"));
        HttpResponse<String> ukrainian = HttpClient.newHttpClient().send(create.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ukrainian.statusCode()).isEqualTo(400);
        JsonNode error = new ObjectMapper().readTree(ukrainian.body()).get("error");
        assertThat(error.get("message").asText()).contains("Пароль закороткий").contains("12");
        assertThat(error.get("source").asText()).isEqualTo("password");
        HttpResponse<String> english = HttpClient.newHttpClient().send(create.header("Accept-Language", "en-GB,en;q=0.9")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(new ObjectMapper().readTree(english.body()).get("error").get("message").asText())
                .contains("too short");
        assertThat(accounts.findAccount("petro")).isEmpty();
    }
}
