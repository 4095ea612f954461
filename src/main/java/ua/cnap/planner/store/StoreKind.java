package ua.cnap.planner.store;

import java.util.Locale;

/** The two stores behind one schema. */
public enum StoreKind {
    /** H2GIS file database in the workspace: nothing to install. */
    EMBEDDED,
    /** A PostGIS server, for teams. */
    POSTGIS;

    public static StoreKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown store '" + text + "': use embedded or postgis", e);
        }
    }
}
