package ua.cnap.planner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * A short real load run (5 users, one plan client, 3 s) against the web server over the three
 * square hromadas. Asserts that every request got a 2xx (or a 429 for plans) and that each path
 * was requested; no timing is asserted.
 */
@SpringBootTest(classes = CnapPlannerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBenchmarkTest {

    @TempDir
    static Path workspace;

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    ua.cnap.planner.account.AccountService accounts;

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

    /** Security is on, as shipped: the run carries a planner's API token. */
    private String plannerToken() {
        accounts.create("load-test", "load-test-password", ua.cnap.planner.account.Role.PLANNER);
        return accounts.issueToken("load-test", "load test").token();
    }

    @Test
    void aShortRunAnswersEveryRequest() throws InterruptedException {
        List<String> paths = List.of("/api/oblasts", "/api/hromadas?oblast=" + SquareHromadas.OBLAST,
                "/api/coverage?oblast=" + SquareHromadas.OBLAST,
                "/api/coverage/white-spots.geojson?oblast=" + SquareHromadas.OBLAST + "&minutes=1&km=1");
        LoadSettings settings = new LoadSettings(URI.create("http://127.0.0.1:" + port), 5, Duration.ofSeconds(3),
                paths, Duration.ofMillis(50), 1,
                new LoadSettings.PlanLoad(SquareHromadas.OBLAST, 2_000_000, 1, 1, 1, 5), plannerToken());

        LoadReport report = new LoadBenchmark(settings).run();

        assertThat(report.errorSamples()).isEmpty();
        assertThat(report.totalErrors()).isZero();
        assertThat(report.requests()).extracting(LatencyStats::name).containsExactly("GET /api/oblasts",
                "GET /api/hromadas?oblast=" + SquareHromadas.OBLAST, "GET /api/coverage?oblast=" + SquareHromadas.OBLAST,
                "GET /api/coverage/white-spots.geojson?oblast=" + SquareHromadas.OBLAST + "&minutes=1&km=1",
                LoadBenchmark.PLAN_START, LoadBenchmark.PLAN_POLL);
        assertThat(report.requests().subList(0, 5)).allSatisfy(line -> {
            assertThat(line.count()).isPositive();
            assertThat(line.maxMillis()).isGreaterThanOrEqualTo(line.p50Millis());
        });
        assertThat(report.mapOverall().count())
                .isEqualTo(report.requests().subList(0, 4).stream().mapToLong(LatencyStats::count).sum());
        assertThat(report.solves().started() + report.solves().throttled()).isPositive();
        assertThat(report.solves().failed()).isZero();
    }
}
