package ua.cnap.planner.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of an export layer.
 *
 * @param geometry WGS84 lon/lat, or null
 * @param values   attribute values by attribute name (null values allowed)
 * @param style    simplestyle-spec properties ({@code fill}, {@code marker-color}, …) from the map's
 *                 styles; GeoJSON writes them beside the attributes, the other formats ignore them
 */
public record ExportFeature(Geometry geometry, Map<String, Object> values, Map<String, Object> style) {

    public ExportFeature {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        style = style == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(style));
    }
}
