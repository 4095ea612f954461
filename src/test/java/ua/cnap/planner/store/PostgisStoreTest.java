package ua.cnap.planner.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The same suite on a real PostGIS server. Locally it is skipped, saying why, when no server
 * answers; in CI ({@code CI=true}) a missing server is a failure, because .ci/run installs one.
 */
class PostgisStoreTest extends StoreContract {

    static final String URL = System.getenv().getOrDefault("PLANNER_TEST_POSTGIS_URL",
            "jdbc:postgresql://127.0.0.1:5432/cnap_planner_test");
    static final String USER = System.getenv().getOrDefault("PLANNER_TEST_POSTGIS_USER", "cnap_planner");
    static final String PASSWORD = System.getenv().getOrDefault("PLANNER_TEST_POSTGIS_PASSWORD", "cnap_planner");

    @Override
    protected PlannerStore openStore() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            try (Statement statement = connection.createStatement()) {
                // Start from an empty schema but keep the PostGIS extension (creating it needs a superuser).
                statement.execute("DROP TABLE IF EXISTS access_point, access_register, settlement, hromada, raion,"
                        + " oblast, population_cell, import_run, flyway_schema_history CASCADE");
            }
        } catch (java.sql.SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostGIS test server not reachable at " + URL + ": " + e.getMessage(), e);
            }
            Assumptions.abort("PostGIS test server not reachable at " + URL + " (" + e.getMessage()
                    + "); .ci/run installs and starts one");
        }
        return PlannerStore.open(StoreSettings.postgis(URL, USER, PASSWORD));
    }
}
