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

    @Test
    void unknownThingsAre404() {
        assertThat(http.getForEntity("/api/hromadas/UA00000000000000000", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/registers/nope/access-points", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
