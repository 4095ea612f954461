package ua.cnap.planner.store;

import java.nio.file.Path;

/**
 * How to reach the store.
 *
 * @param kind        embedded or PostGIS
 * @param workspace   folder for the embedded database file and caches
 * @param postgisUrl  JDBC URL of the PostGIS database (PostGIS only)
 * @param username    PostGIS user
 * @param password    PostGIS password
 */
public record StoreSettings(StoreKind kind, Path workspace, String postgisUrl, String username, String password) {

    public static StoreSettings embedded(Path workspace) {
        return new StoreSettings(StoreKind.EMBEDDED, workspace, null, null, null);
    }

    public static StoreSettings postgis(String url, String username, String password) {
        return new StoreSettings(StoreKind.POSTGIS, null, url, username, password);
    }
}
