package ua.cnap.planner.territory;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * The polygon of one hromada as read from a boundary file, valid and in WGS84 lon/lat.
 *
 * @param code     KATOTTG code of the hromada (normalised)
 * @param nameUk   Ukrainian name where the file gives one, else null
 * @param nameEn   English name where the file gives one, else null
 * @param boundary valid polygon(s), SRID 4326
 * @param source   file it came from (the first one, if several features were merged)
 * @param item     the feature inside it, e.g. "feature 12 (katotth=UA...)", for messages
 */
public record HromadaBoundary(
        String code,
        String nameUk,
        String nameEn,
        MultiPolygon boundary,
        String source,
        String item) {
}
