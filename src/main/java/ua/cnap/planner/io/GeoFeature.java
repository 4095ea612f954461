package ua.cnap.planner.io;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature read from a vector file, in WGS84 lon/lat.
 *
 * @param source     file it came from
 * @param index      0-based position in the file
 * @param properties attribute values (strings, numbers, booleans or null)
 * @param geometry   geometry, or null when the feature has none
 */
public record GeoFeature(String source, int index, Map<String, Object> properties, Geometry geometry) {

    /** Property as trimmed text, or null when absent or blank. */
    public String findText(String name) {
        Object value = properties.get(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** "feature 12" plus the given id, for messages. */
    public String item(String idProperty) {
        String id = idProperty == null ? null : findText(idProperty);
        return "feature " + index + (id == null ? "" : " (" + idProperty + "=" + id + ")");
    }
}
