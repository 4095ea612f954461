package ua.cnap.planner.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2gis.functions.factory.H2GISFunctions;

/**
 * An open store: a pooled data source whose schema is migrated to the current version. Both kinds
 * are created by the same Flyway migrations ({@code db/migration/common}) plus a vendor folder for
 * what differs (spatial indexes). The embedded store gets H2GIS' spatial functions loaded once;
 * PostGIS gets its extension created if the user may.
 */
public final class PlannerStore implements AutoCloseable {

    /** Embedded database file name (H2 adds {@code .mv.db}). */
    public static final String EMBEDDED_DATABASE_NAME = "cnap-planner";

    /**
     * WRITE_DELAY=0: a commit is on disk when it returns. H2's default (500 ms) lost scenarios that had
     * finished a moment before a kill -9 (KillDuringSolveTest found it).
     */
    static final String EMBEDDED_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    private final StoreKind kind;
    private final HikariDataSource dataSource;
    private final String description;

    private PlannerStore(StoreKind kind, HikariDataSource dataSource, String description) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.description = description;
    }

    public static PlannerStore open(StoreSettings settings) {
        return switch (settings.kind()) {
            case EMBEDDED -> openEmbedded(settings.workspace());
            case POSTGIS -> openPostgis(settings);
        };
    }

    private static PlannerStore openEmbedded(Path workspace) {
        Path folder = workspace.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the workspace folder " + folder + ": " + e.getMessage(), e);
        }
        EmbeddedStoreFiles files = new EmbeddedStoreFiles(folder);
        // one plain connection first: H2 opens (and recovers) the file here, so a damaged file is told at
        // once and by name, instead of a pool retrying for 30 s and ending with "Connection is not available"
        try (Connection first = files.connect(files.databaseFile(), EMBEDDED_SETTINGS)) {
            if (!h2gisLoaded(first)) {
                H2GISFunctions.load(first);
            }
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(EmbeddedStoreFiles.jdbcUrl(files.databaseFile(), EMBEDDED_SETTINGS));
            config.setUsername("sa");
            config.setPassword("");
            config.setMaximumPoolSize(4);
            config.setPoolName("embedded-store");
            HikariDataSource dataSource = createDataSource(config, "embedded store in " + folder);
            try {
                migrate(dataSource, "h2");
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
            return new PlannerStore(StoreKind.EMBEDDED, dataSource, "embedded H2GIS store in " + folder);
        } catch (SQLException e) {
            throw new StoreException("cannot load the H2GIS functions into " + folder + ": " + e.getMessage(), e);
        }
    }

    private static PlannerStore openPostgis(StoreSettings settings) {
        if (settings.postgisUrl() == null || settings.postgisUrl().isBlank()) {
            throw new StoreException("the PostGIS store needs a JDBC URL (planner.postgis.url or PLANNER_POSTGIS_URL)");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.postgisUrl());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(4);
        config.setPoolName("postgis-store");
        HikariDataSource dataSource = createDataSource(config, "PostGIS at " + settings.postgisUrl());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        } catch (SQLException e) {
            dataSource.close();
            throw new StoreException("PostGIS is not available in " + settings.postgisUrl()
                    + " and this user cannot create the extension (ask the database owner to run "
                    + "CREATE EXTENSION postgis): " + e.getMessage(), e);
        }
        migrate(dataSource, "postgresql");
        return new PlannerStore(StoreKind.POSTGIS, dataSource, "PostGIS store at " + settings.postgisUrl());
    }

    private static HikariDataSource createDataSource(HikariConfig config, String what) {
        config.setInitializationFailTimeout(-1);
        HikariDataSource dataSource = new HikariDataSource(config);
        try (Connection ignored = dataSource.getConnection()) {
            return dataSource;
        } catch (SQLException e) {
            dataSource.close();
            String hint = e.getMessage() != null && e.getMessage().contains("Database may be already in use")
                    ? " (another cnap-planner process has this workspace open: stop it or use another --workspace)"
                    : "";
            throw new StoreException("cannot open the " + what + ": " + e.getMessage() + hint, e);
        }
    }

    private static boolean h2gisLoaded(Connection connection) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getProcedures(null, null, "ST_ASBINARY")) {
            return rs.next();
        }
    }

    private static void migrate(DataSource dataSource, String vendorFolder) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorFolder)
                // H2GIS and PostGIS put their own tables (spatial_ref_sys) in the schema before ours
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    public StoreKind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
