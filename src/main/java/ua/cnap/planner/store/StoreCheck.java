package ua.cnap.planner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code store check} found: the store opened, its schema version, and every table read row by
 * row (a count from metadata would not touch a damaged page).
 *
 * @param store         which store (kind and place)
 * @param schemaVersion the last applied migration
 * @param rowsByTable   rows read per table of the planner, by table name
 * @param backups       backups in the workspace, newest first (embedded store only)
 */
public record StoreCheck(String store, String schemaVersion, Map<String, Long> rowsByTable, List<Path> backups) {

    /** Tables that belong to the spatial extension or to Flyway, not to the planner. */
    private static final Set<String> NOT_OURS = Set.of("spatial_ref_sys", "flyway_schema_history");

    /**
     * Opens the store (migrating it as a start would) and reads every table.
     *
     * @throws DamagedStoreException the embedded file cannot be opened
     * @throws StoreException        any other reason it cannot be opened or read
     */
    public static StoreCheck run(StoreSettings settings) {
        try (PlannerStore store = PlannerStore.open(settings)) {
            return of(store, settings);
        }
    }

    /** Reads every table of an open store. */
    public static StoreCheck of(PlannerStore store, StoreSettings settings) {
        try (Connection connection = store.dataSource().getConnection()) {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables(connection)) {
                rows.put(table.toLowerCase(Locale.ROOT), readAll(connection, table));
            }
            List<Path> backups = settings.kind() == StoreKind.EMBEDDED
                    ? new EmbeddedStoreFiles(settings.workspace()).listBackups() : List.of();
            return new StoreCheck(store.description(), schemaVersion(connection), rows, backups);
        } catch (SQLException e) {
            throw new StoreException("the store opened but a table cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet rs = metadata.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!NOT_OURS.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.add(name);
                }
            }
        }
        tables.sort(String.CASE_INSENSITIVE_ORDER);
        return tables;
    }

    private static long readAll(Connection connection, String table) throws SQLException {
        long rows = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
            return rs.next() ? rs.getString(1) : "unknown";
        }
    }
}
