package ua.cnap.planner.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The local PostGIS that .ci/run installs and starts. Locally a missing server skips the PostGIS
 * tests, saying why; in CI ({@code CI=true}) it fails them.
 */
public final class PostgisTestServer {

    static final String URL = System.getenv().getOrDefault("PLANNER_TEST_POSTGIS_URL",
            "jdbc:postgresql://127.0.0.1:5432/cnap_planner_test");
    static final String USER = System.getenv().getOrDefault("PLANNER_TEST_POSTGIS_USER", "cnap_planner");
    static final String PASSWORD = System.getenv().getOrDefault("PLANNER_TEST_POSTGIS_PASSWORD", "cnap_planner");

    private PostgisTestServer() {
    }

    /** A store on the test database with every table dropped first (PostGIS itself kept). */
    public static PlannerStore openEmptyStore() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            // every table of the public schema but PostGIS' own, so that new migrations need no edit here
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = statement.executeQuery("SELECT tablename FROM pg_tables"
                    + " WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys'")) {
                while (rs.next()) {
                    tables.add('"' + rs.getString(1) + '"');
                }
            }
            if (!tables.isEmpty()) {
                statement.execute("DROP TABLE IF EXISTS " + String.join(", ", tables) + " CASCADE");
            }
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostGIS test server not reachable at " + URL + ": " + e.getMessage(), e);
            }
            Assumptions.abort("PostGIS test server not reachable at " + URL + " (" + e.getMessage()
                    + "); .ci/run installs and starts one");
        }
        return PlannerStore.open(StoreSettings.postgis(URL, USER, PASSWORD));
    }
}
