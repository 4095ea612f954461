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
        refuseUnlessTestDatabase(URL);
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            // every table of the planner, whatever migrations made them; PostGIS's own table stays
            statement.execute("DO $$ DECLARE t record; BEGIN FOR t IN SELECT tablename FROM pg_tables"
                    + " WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys' LOOP"
                    + " EXECUTE 'DROP TABLE IF EXISTS ' || quote_ident(t.tablename) || ' CASCADE'; END LOOP; END $$");
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostGIS test server not reachable at " + URL + ": " + e.getMessage(), e);
            }
            Assumptions.abort("PostGIS test server not reachable at " + URL + " (" + e.getMessage()
                    + "); .ci/run installs and starts one");
        }
        return PlannerStore.open(StoreSettings.postgis(URL, USER, PASSWORD));
    }

    /**
     * Every table of the database is dropped, so only a database whose name says it is for tests
     * ({@code …test…} or {@code cnap_planner_…}) is accepted: a developer's real database is never wiped.
     */
    static void refuseUnlessTestDatabase(String url) {
        String name = databaseName(url);
        if (!name.contains("test") && !name.startsWith("cnap_planner_")) {
            throw new IllegalStateException("PLANNER_TEST_POSTGIS_URL names the database '" + name + "', which PostGIS"
                    + " tests would wipe (they drop every table): use a database whose name contains 'test' or"
                    + " starts with 'cnap_planner_'");
        }
    }

    static String databaseName(String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A store on the test database as it is (to read back what a test wrote before). */
    public static PlannerStore openStore() {
        return PlannerStore.open(StoreSettings.postgis(URL, USER, PASSWORD));
    }
}
