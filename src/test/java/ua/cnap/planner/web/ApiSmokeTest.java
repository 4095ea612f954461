package ua.cnap.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
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

/** The web server on a random port over an embedded store holding the three square hromadas. */
@SpringBootTest(classes = CnapPlannerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSmokeTest {

    @TempDir
    static Path workspace;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        registry.add("planner.workspace", () -> workspace.toString());
        registry.add("planner.store", () -> "embedded");
        // the API's function, without logins: security has its own test (SecurityTest)
        registry.add("planner.security.single-user", () -> "true");
        // the fallback travel model is fitted to the KSE table of the real data
        registry.add("planner.data-dir", () -> RealData.folder().toString());
    }

    @BeforeAll
    static void fillStore() {
        try (PlannerStore store = PlannerStore.open(StoreSettings.embedded(workspace))) {
            new JdbcDatasetStore(store).replaceAll(SquareHromadas.dataset(), "test", "{\"hromadas\":3}");
        }
    }

    @Test
    void servesHromadasOfAnOblast() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/hromadas?oblast=" + SquareHromadas.OBLAST, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode hromadas = new ObjectMapper().readTree(response.getBody());
        assertThat(hromadas).hasSize(3);
        assertThat(hromadas.get(0).get("population2022").asLong()).isEqualTo(1000);
        assertThat(hromadas.get(0).get("hasBoundary").asBoolean()).isTrue();
    }

    @Test
    void servesRegisterAccessPointsAndTheLastImport() throws Exception {
        JsonNode points = new ObjectMapper().readTree(
                http.getForObject("/api/registers/test-2025/access-points", String.class));
        assertThat(points).hasSize(1);
        assertThat(points.get(0).get("kind").asText()).isEqualTo("MAIN_OFFICE");
        assertThat(points.get(0).get("lon").asDouble()).isEqualTo(25.15);
        assertThat(http.getForObject("/api/import/last", String.class)).isEqualTo("{\"hromadas\":3}");
    }

    @Test
    void servesCoverageAndItsGeoJsonLayers() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(http.getForObject(
                "/api/coverage?oblast=" + SquareHromadas.OBLAST + "&minutes=30&km=14", String.class));
        assertThat(summary.get("population").asLong()).isEqualTo(6000);
        assertThat(summary.get("registers").get(0).get("id").asText()).isEqualTo("test-2025");
        assertThat(summary.get("hromadas")).hasSize(3);
        assertThat(summary.get("travelModel").get("name").asText()).startsWith("fallback");

        ResponseEntity<String> layer = http.getForEntity(
                "/api/coverage/settlements.geojson?oblast=" + SquareHromadas.OBLAST, String.class);
        assertThat(layer.getHeaders().getContentType().toString()).startsWith("application/geo+json");
        assertThat(new ObjectMapper().readTree(layer.getBody()).get("features")).hasSize(3);
    }

    @Test
    void exportsALayerAsAnAttachment() throws Exception {
        ResponseEntity<String> csv = http.getForEntity("/api/exports/settlements?oblast=" + SquareHromadas.OBLAST
                + "&format=csv&minutes=30&km=14", String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=utf-8");
        assertThat(csv.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(csv.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("cnap-" + SquareHromadas.OBLAST + "-settlements.csv");
        ua.cnap.planner.io.CsvFiles.Table table = ua.cnap.planner.io.CsvFiles.read(
                new java.io.ByteArrayInputStream(csv.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "response", "id", "population", "lon", "lat");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().stream().mapToLong(r -> r.getLong("population")).sum()).isEqualTo(6000);

        ResponseEntity<String> geoJson = http.getForEntity("/api/exports/hromadas?oblast=" + SquareHromadas.OBLAST
                + "&format=geojson", String.class);
        assertThat(geoJson.getHeaders().getContentType().toString()).isEqualTo("application/geo+json");
        JsonNode hromadas = new ObjectMapper().readTree(geoJson.getBody());
        assertThat(hromadas.get("features")).hasSize(3);
        assertThat(hromadas.get("features").get(0).get("properties").get("fill").asText()).startsWith("#");

        ResponseEntity<byte[]> gpkg = http.getForEntity("/api/exports/access-points?oblast=" + SquareHromadas.OBLAST
                + "&format=gpkg", byte[].class);
        assertThat(gpkg.getHeaders().getContentType().toString()).isEqualTo("application/geopackage+sqlite3");
        assertThat(new String(gpkg.getBody(), 0, 15, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("SQLite format 3");
        assertThat(gpkg.getHeaders().getContentDisposition().getFilename()).endsWith("-access-points.gpkg");
    }

    @Test
    void badExportRequestsAre400Or404() {
        assertThat(http.getForEntity("/api/exports/passwords?oblast=" + SquareHromadas.OBLAST, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/exports/settlements?oblast=" + SquareHromadas.OBLAST + "&format=shp",
                String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/exports/proposals?oblast=" + SquareHromadas.OBLAST, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/exports/proposals?oblast=" + SquareHromadas.OBLAST + "&plan=nope",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // no Order 376 list in this store: excluding is refused with the reason, not ignored
        assertThat(http.getForEntity("/api/exports/settlements?oblast=" + SquareHromadas.OBLAST
                + "&excludeOccupied=true", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void withoutAnOrder376ListTheDefaultExclusionSaysSoAndAnExplicitOneIs400() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(http.getForObject(
                "/api/coverage?oblast=" + SquareHromadas.OBLAST, String.class));
        JsonNode exclusions = summary.get("exclusions");
        assertThat(exclusions.get("excludeOccupied").asBoolean()).isTrue();
        assertThat(exclusions.get("listAvailable").asBoolean()).isFalse();
        assertThat(exclusions.get("note").asText()).contains("no Order 376 list");
        assertThat(exclusions.get("excludedPopulation").asLong()).isZero();
        assertThat(http.getForEntity("/api/coverage?oblast=" + SquareHromadas.OBLAST + "&excludeOccupied=true",
                String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/coverage?oblast=" + SquareHromadas.OBLAST
                + "&excludeOccupied=false&asOf=2025-05-07", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode included = new ObjectMapper().readTree(http.getForObject(
                "/api/coverage?oblast=" + SquareHromadas.OBLAST + "&excludeOccupied=false", String.class));
        assertThat(included.get("exclusions").get("excludeOccupied").asBoolean()).isFalse();
        JsonNode kpis = new ObjectMapper().readTree(http.getForObject(
                "/api/layers/kpis?oblast=" + SquareHromadas.OBLAST, String.class));
        assertThat(kpis.get("exclusions").get("listAvailable").asBoolean()).isFalse();
    }

    @Test
    void coverageByServiceCountsOnlyPointsThatOfferItAndAnUnknownGroupIs400() throws Exception {
        // the one office offers PASSPORT and SOCIAL and says no to DRIVERS (SquareHromadas)
        JsonNode passport = new ObjectMapper().readTree(http.getForObject(
                "/api/coverage?oblast=" + SquareHromadas.OBLAST + "&service=паспорт", String.class));
        JsonNode any = new ObjectMapper().readTree(http.getForObject(
                "/api/coverage?oblast=" + SquareHromadas.OBLAST, String.class));
        assertThat(passport.get("service").get("service").asText()).isEqualTo("PASSPORT");
        assertThat(passport.get("populationCovered").asLong()).isEqualTo(any.get("populationCovered").asLong());
        JsonNode drivers = new ObjectMapper().readTree(http.getForObject(
                "/api/coverage?oblast=" + SquareHromadas.OBLAST + "&service=DRIVERS", String.class));
        assertThat(drivers.get("populationCovered").asLong()).isZero();
        assertThat(drivers.get("service").get("accessPointsMeeting").asInt()).isZero();
        JsonNode residence = new ObjectMapper().readTree(http.getForObject(
                "/api/coverage?oblast=" + SquareHromadas.OBLAST + "&service=RESIDENCE", String.class));
        assertThat(residence.get("populationCovered").isNull()).as("unknown, not 0").isTrue();
        ResponseEntity<String> bad = http.getForEntity("/api/coverage?oblast=" + SquareHromadas.OBLAST
                + "&service=haircut", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("service").contains("haircut");
    }

    @Test
    void badCoverageRequestsAre400WithTheReason() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/coverage?oblast=Атлантида", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(new ObjectMapper().readTree(response.getBody()).get("error").get("item").asText())
                .isEqualTo("Атлантида");
    }

    @Test
    void aPlanJobStartsIsPolledAndFinishes() throws Exception {
        // At 1 min / 1 km only the middle village is covered; 2 million UAH buys one remote workplace
        // (150,000 + 3 × 330,000): it must go to the east village, the larger uncovered one.
        String body = "{\"oblast\":\"" + SquareHromadas.OBLAST + "\",\"budgetUah\":2000000,\"rules\":\"none\","
                + "\"minutes\":1,\"km\":1,\"timeLimitSeconds\":3,\"exactTimeLimitSeconds\":10}";
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        ResponseEntity<String> started = http.postForEntity("/api/plans",
                new org.springframework.http.HttpEntity<>(body, headers), String.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String location = started.getHeaders().getLocation().toString();

        JsonNode job = null;
        for (int i = 0; i < 300; i++) { // bounded: at most 30 s
            job = new ObjectMapper().readTree(http.getForObject(location, String.class));
            if ("DONE".equals(job.get("status").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        JsonNode result = job.get("result");
        assertThat(result.get("newlyCoveredPopulation").asLong()).isEqualTo(3000);
        assertThat(result.get("proposals").get(0).get("settlementId").asText())
                .isEqualTo("centre:" + SquareHromadas.EAST);
        assertThat(result.get("gap").asDouble()).isZero();
        assertThat(http.exchange("/api/plans/nope", org.springframework.http.HttpMethod.DELETE, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> postJson(String path, String body) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new org.springframework.http.HttpEntity<>(body, headers), String.class);
    }

    @Test
    void outOfRangeAndUnknownFieldsAre400NamingTheFieldAndTheListsStillAnswer() throws Exception {
        String plan = "{\"oblast\":\"" + SquareHromadas.OBLAST + "\",\"budgetUah\":2000000,";
        String routes = "{\"oblast\":\"" + SquareHromadas.OBLAST + "\",\"vehicles\":1,";
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("horizonYears", postJson("/api/plans", plan + "\"horizonYears\":-1}").getBody());
        cases.put("timeLimitSeconds", postJson("/api/plans", plan + "\"timeLimitSeconds\":1000000000}").getBody());
        cases.put("rules", postJson("/api/plans", plan + "\"rules\":\"nonee\"}").getBody());
        cases.put("rule", postJson("/api/plans", plan + "\"rule\":\"sometimes\"}").getBody());
        cases.put("budgetUahh", postJson("/api/plans", plan + "\"budgetUahh\":5}").getBody());
        cases.put("cycleDays", postJson("/api/routes", routes + "\"cycleDays\":0}").getBody());
        cases.put("colour", postJson("/api/routes", routes + "\"colour\":\"red\"}").getBody());
        for (var entry : cases.entrySet()) {
            JsonNode error = new ObjectMapper().readTree(entry.getValue()).get("error");
            assertThat(error).as(entry.getKey() + ": " + entry.getValue()).isNotNull();
            assertThat(error.path("message").asText()).as(entry.getKey() + ": " + entry.getValue()).contains(entry.getKey())
                    .doesNotContain("Exception").doesNotContain("java.");
        }
        assertThat(postJson("/api/plans", plan + "\"horizonYears\":-1}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(postJson("/api/routes", routes + "\"cycleDays\":0}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        // nothing bad was started, so nothing breaks the listings
        assertThat(http.getForEntity("/api/plans", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/routes", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aPlanIsSolvedAtTheRuleItWasAskedFor() throws Exception {
        // at 30 min / 1 km the villages away from the office are within the time but beyond the distance
        String standard = "minutes=30&km=1";
        long eitherCovered = new ObjectMapper().readTree(http.getForObject("/api/coverage?oblast="
                + SquareHromadas.OBLAST + "&" + standard + "&rule=either", String.class)).get("populationCovered")
                .asLong();
        long bothCovered = new ObjectMapper().readTree(http.getForObject("/api/coverage?oblast="
                + SquareHromadas.OBLAST + "&" + standard + "&rule=both", String.class)).get("populationCovered")
                .asLong();
        assertThat(bothCovered).as("the two rules differ here").isLessThan(eitherCovered);

        ResponseEntity<String> started = postJson("/api/plans", "{\"oblast\":\"" + SquareHromadas.OBLAST
                + "\",\"budgetUah\":2000000,\"rules\":\"none\",\"minutes\":30,\"km\":1,\"rule\":\"BOTH\","
                + "\"timeLimitSeconds\":3,\"exactTimeLimitSeconds\":10}");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String location = started.getHeaders().getLocation().toString();
        JsonNode job = null;
        for (int i = 0; i < 300; i++) { // bounded: at most 30 s
            job = new ObjectMapper().readTree(http.getForObject(location, String.class));
            if (job.get("status").asText().matches("DONE|FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("result").get("standard").get("rule").asText()).isEqualTo("BOTH");
        assertThat(job.get("result").get("populationCoveredBefore").asLong()).isEqualTo(bothCovered);
    }

    @Test
    void routesRunAsAJobAndDrawAsGeoJson() throws Exception {
        // at 1 min / 0.5 km only the settlement at the office is covered: the others get a van
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        String body = "{\"oblast\":\"" + SquareHromadas.OBLAST + "\",\"minutes\":1,\"km\":0.5,\"rule\":\"both\","
                + "\"vehicles\":1,\"cycleDays\":5,\"timeLimitSeconds\":2}";
        ResponseEntity<String> started = http.postForEntity("/api/routes",
                new org.springframework.http.HttpEntity<>(body, headers), String.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String location = started.getHeaders().getLocation().toString();

        JsonNode job = null;
        for (int i = 0; i < 300; i++) { // bounded: at most 30 s
            job = new ObjectMapper().readTree(http.getForObject(location, String.class));
            if ("DONE".equals(job.get("status").asText()) || "FAILED".equals(job.get("status").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        JsonNode result = job.get("result");
        assertThat(result.get("populationReached").asLong()).isPositive();
        JsonNode vehicle = result.get("vehicles").get(0);
        assertThat(vehicle.get("depotId").asText()).isEqualTo("test-2025:1");
        JsonNode stop = vehicle.get("days").get(0).get("stops").get(0);
        assertThat(stop.get("settlementId").asText()).isNotBlank();
        assertThat(stop.get("arrivalSeconds").asLong()).isPositive();

        ResponseEntity<String> geojson = http.getForEntity(location + "/routes.geojson", String.class);
        assertThat(geojson.getHeaders().getContentType().toString()).startsWith("application/geo+json");
        assertThat(new ObjectMapper().readTree(geojson.getBody()).get("features")).isNotEmpty();
        assertThat(http.exchange("/api/routes/nope", org.springframework.http.HttpMethod.DELETE, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknownThingsAre404() {
        assertThat(http.getForEntity("/api/hromadas/UA00000000000000000", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/registers/nope/access-points", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void servesTheMapPageItsConfigAndLayers() throws Exception {
        assertThat(http.getForObject("/", String.class)).contains("<script type=\"module\" src=\"/js/main.js\">");
        assertThat(http.getForEntity("/webjars/leaflet/dist/leaflet-src.esm.js", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode styles = new ObjectMapper().readTree(http.getForObject("/maps/styles.json", String.class));
        assertThat(styles.get("hromadas").get("classes")).hasSize(5);
        JsonNode config = new ObjectMapper().readTree(http.getForObject("/api/map/config", String.class));
        assertThat(config.get("stylesUrl").asText()).isEqualTo("/maps/styles.json");

        ResponseEntity<String> layer = http.getForEntity(
                "/api/layers/hromadas.geojson?oblast=" + SquareHromadas.OBLAST + "&zoom=9&minutes=1&km=1", String.class);
        assertThat(layer.getHeaders().getContentType().toString()).startsWith("application/geo+json");
        JsonNode features = new ObjectMapper().readTree(layer.getBody()).get("features");
        assertThat(features).hasSize(3);
        // at 1 min / 1 km only the middle hromada's own village is covered
        for (JsonNode f : features) {
            double expected = f.get("id").asText().equals(SquareHromadas.MIDDLE) ? 1.0 : 0.0;
            assertThat(f.get("properties").get("coveredShare").asDouble()).isEqualTo(expected);
        }
        JsonNode access = new ObjectMapper().readTree(http.getForObject(
                "/api/hromadas/" + SquareHromadas.MIDDLE + "/access?minutes=1&km=1", String.class));
        assertThat(access.get("nearestOffices").get(0).get("id").asText()).isEqualTo("test-2025:1");
    }

    @Test
    void aWhatIfOfficeInTheEastCoversItsVillage() throws Exception {
        String body = "{\"oblast\":\"" + SquareHromadas.OBLAST + "\",\"minutes\":1,\"km\":1,"
                + "\"added\":[{\"id\":\"1\",\"kind\":\"REMOTE_WORKPLACE\",\"lon\":25.25,\"lat\":48.05}]}";
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        JsonNode comparison = new ObjectMapper().readTree(http.postForObject("/api/coverage/what-if",
                new org.springframework.http.HttpEntity<>(body, headers), String.class));
        assertThat(comparison.get("before").get("populationCovered").asLong()).isEqualTo(2000);
        assertThat(comparison.get("after").get("populationCovered").asLong()).isEqualTo(5000);
    }

    @Test
    void anUploadIsValidatedRowByRowAndAnOversizedOneIs413() throws Exception {
        var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        parts.add("file", new org.springframework.core.io.ByteArrayResource(
                "id,name,kind,lon,lat\n1,ВРМ,REMOTE_WORKPLACE,25.05,48.05\n2,Кіоск,KIOSK,25.25,48.05\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "register.csv";
            }
        });
        parts.add("oblast", SquareHromadas.OBLAST);
        JsonNode validation = new ObjectMapper().readTree(
                http.postForObject("/api/registers/uploads", parts, String.class));
        assertThat(validation.get("accessPoints").asInt()).isEqualTo(1);
        assertThat(validation.get("rejected")).hasSize(1);
        assertThat(validation.get("uploadId").asText()).isNotBlank();
        // nothing saved before confirmation
        assertThat(new ObjectMapper().readTree(http.getForObject("/api/registers/test-2025/access-points",
                String.class))).hasSize(1);

        var large = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        large.add("file", new org.springframework.core.io.ByteArrayResource(new byte[6 * 1024 * 1024]) {
            @Override
            public String getFilename() {
                return "huge.csv";
            }
        });
        large.add("oblast", SquareHromadas.OBLAST);
        ResponseEntity<String> refused = http.postForEntity("/api/registers/uploads", large, String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getBody()).contains("Файл завеликий").doesNotContain("Exception");
    }
}
