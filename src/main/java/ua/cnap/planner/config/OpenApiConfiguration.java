package ua.cnap.planner.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): springdoc
 * derives paths and schemas from the controllers; summaries and examples come from one file,
 * {@code openapi/examples.yaml}, keyed by {@code "METHOD /path"}, so the controllers stay free of
 * documentation annotations and a test can insist that every endpoint has its example. An entry has
 * {@code summary}, optional {@code description}, {@code request} (the body's example), {@code response}
 * (the 2xx body's example), {@code status} (the 2xx code a {@code ResponseEntity} really answers, which
 * springdoc cannot see) and {@code mediaType} (of a non-JSON answer: GeoJSON, CSV, GeoPackage).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String EXAMPLES = "/openapi/examples.yaml";

    @Bean
    OpenAPI plannerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("cnap-planner API").version("1")
                        .description("Coverage of Ukraine's administrative service centres (ЦНАП), white spots, "
                                + "expansion plans, mobile routes and scenarios. Reads need any account, writes a "
                                + "planner or admin; scripts send `Authorization: Bearer <token>` (POST /api/tokens), "
                                + "the page uses its login session with the X-XSRF-TOKEN header.")
                        .license(new License().name("code: see the repository; data: the sources' licences")))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("an API token from POST /api/tokens"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("the page's login session (writes also need X-XSRF-TOKEN)")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }

    @Bean
    OpenApiCustomizer examplesFromFile() {
        JsonNode examples = readExamples();
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                JsonNode entry = examples.get(method.name().toUpperCase(Locale.ROOT) + " " + path);
                if (entry != null) {
                    apply(entry, operation);
                }
            }));
        };
    }

    private static void apply(JsonNode entry, Operation operation) {
        if (entry.hasNonNull("summary")) {
            operation.setSummary(entry.get("summary").asText());
        }
        if (entry.hasNonNull("description")) {
            operation.setDescription(entry.get("description").asText());
        }
        if (entry.hasNonNull("request") && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> media.setExample(entry.get("request")));
        }
        if (operation.getResponses() == null) {
            return;
        }
        if (entry.hasNonNull("status")) {
            moveSuccess(operation.getResponses(), entry.get("status").asText());
        }
        String mediaType = entry.hasNonNull("mediaType") ? entry.get("mediaType").asText() : "application/json";
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
            if (!response.getKey().startsWith("2") || response.getKey().equals("204")) {
                continue;
            }
            Content content = withMediaType(response.getValue().getContent(), mediaType, entry.hasNonNull("mediaType"));
            response.getValue().setContent(content);
            if (entry.hasNonNull("response")) {
                content.values().forEach(media -> media.setExample(entry.get("response")));
            }
        }
    }

    /**
     * springdoc cannot see the status a {@code ResponseEntity} carries (201, 202, 204): the entry's
     * {@code status} replaces the derived 2xx response; 204 has no body.
     */
    private static void moveSuccess(ApiResponses responses, String status) {
        String derived = responses.keySet().stream().filter(code -> code.startsWith("2")).findFirst().orElse(null);
        if (derived == null || derived.equals(status)) {
            return;
        }
        ApiResponse response = responses.remove(derived);
        response.setDescription(HttpStatus.valueOf(Integer.parseInt(status)).getReasonPhrase());
        if (status.equals("204")) {
            response.setContent(null);
        }
        responses.addApiResponse(status, response);
    }

    /**
     * The derived {@code *}{@code /*} (springdoc's guess for handlers without {@code produces}) becomes the
     * entry's media type, JSON unless it says otherwise; declared media types stay unless the entry names one.
     */
    private static Content withMediaType(Content derived, String mediaType, boolean named) {
        if (derived == null || derived.isEmpty()) {
            return new Content().addMediaType(mediaType, new MediaType());
        }
        if (!named && !derived.containsKey("*/*")) {
            return derived;
        }
        MediaType any = derived.values().iterator().next();
        Content content = new Content();
        content.addMediaType(mediaType, new MediaType().schema(any.getSchema()));
        return content;
    }

    private static JsonNode readExamples() {
        try (InputStream in = OpenApiConfiguration.class.getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLES + " is missing from the jar");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EXAMPLES, e);
        }
    }

    /** Keys of the examples file, for the test that checks every operation has one. */
    static Iterator<String> exampleKeys() {
        return readExamples().fieldNames();
    }

    static boolean hasOperation(PathItem item) {
        return !item.readOperations().isEmpty();
    }
}
