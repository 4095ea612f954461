package ua.cnap.planner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import ua.cnap.planner.io.BadInputException;

/** The production profile's TLS rule and the CSP's sources, without a server. */
class TransportAndCspTest {

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
        return environment;
    }

    @Test
    void productionRefusesPlainHttpBeyondLoopbackUnlessToldOtherwise() {
        Map<String, Object> production = Map.of("planner.security.require-tls", "true");
        assertThatThrownBy(() -> TransportCheck.check(environment(production)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("server.address")
                .hasMessageContaining("every interface").hasMessageContaining("server.ssl.bundle");
        Map<String, Object> everyInterface = new HashMap<>(production);
        everyInterface.put("server.address", "0.0.0.0");
        assertThatThrownBy(() -> TransportCheck.check(environment(everyInterface)))
                .hasMessageContaining("0.0.0.0");

        Map<String, Object> loopback = new HashMap<>(production);
        loopback.put("server.address", "127.0.0.1");
        assertThatCode(() -> TransportCheck.check(environment(loopback))).doesNotThrowAnyException();
        Map<String, Object> tls = new HashMap<>(everyInterface);
        tls.put("server.ssl.bundle", "planner");
        assertThatCode(() -> TransportCheck.check(environment(tls))).doesNotThrowAnyException();
        Map<String, Object> proxy = new HashMap<>(everyInterface);
        proxy.put("planner.security.allow-plain-http", "true");
        assertThatCode(() -> TransportCheck.check(environment(proxy))).doesNotThrowAnyException();
        assertThatCode(() -> TransportCheck.check(environment(Map.of()))).as("not production")
                .doesNotThrowAnyException();
    }

    @Test
    void theTileHostIsAllowedForImagesWithItsSubdomainAsAWildcard() {
        assertThat(ContentSecurityPolicy.tileSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .contains("https://tile.openstreetmap.org");
        assertThat(ContentSecurityPolicy.tileSource("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
                .contains("https://*.tile.example.org");
        assertThat(ContentSecurityPolicy.tileSource("")).isEmpty();
        assertThat(ContentSecurityPolicy.policy("", null)).contains("img-src 'self' data:;")
                .contains("script-src 'self';");
    }

    @Test
    void everyInlineScriptOfThePageIsAllowedByItsHashAndNoOther() {
        String page = "<script type=\"importmap\">{\"imports\": {}}</script>\n<script src=\"/js/main.js\"></script>"
                + "<SCRIPT>\nconsole.log(1)\n</SCRIPT>";
        assertThat(ContentSecurityPolicy.inlineScriptHashes(page)).hasSize(2)
                .contains(hash("{\"imports\": {}}"),
                        hash("\nconsole.log(1)\n"));
        assertThat(ContentSecurityPolicy.inlineScriptHashes(ContentSecurityPolicy.mapPage())).as("the map page")
                .isNotEmpty();
    }

    private static String hash(String text) throws RuntimeException {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
