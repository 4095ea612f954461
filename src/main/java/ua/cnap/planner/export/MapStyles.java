package ua.cnap.planner.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;

/**
 * The map's layer styles ({@code maps/styles.json}, on the classpath as {@code static/maps/styles.json},
 * the same file the page reads) turned into simplestyle-spec 1.1 properties ({@code fill},
 * {@code fill-opacity}, {@code stroke}, {@code stroke-width}, {@code marker-color},
 * {@code marker-symbol}), so that exports look like the map without a second copy of the colours.
 */
public final class MapStyles {

    static final String RESOURCE = "static/maps/styles.json";

    private final JsonNode styles;

    private MapStyles(JsonNode styles) {
        this.styles = styles;
    }

    /** The styles of the application's classpath. */
    public static MapStyles load() {
        try (InputStream in = MapStyles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new MapStyles(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Fill by covered share class; grey ("no register") when the share is unknown. */
    public Map<String, Object> hromada(Double coveredShare) {
        JsonNode layer = styles.path("hromadas");
        String fill = layer.path("unknown").path("fill").asText();
        if (coveredShare != null) {
            for (JsonNode c : layer.path("classes")) {
                double min = c.path("min").asDouble();
                double max = c.path("max").asDouble();
                // classes are [min, max); the last one includes its max (100 %)
                if (coveredShare >= min && (coveredShare < max || max >= 1.0 && coveredShare <= max)) {
                    fill = c.path("fill").asText();
                    break;
                }
            }
        }
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("fill", fill);
        style.put("fill-opacity", layer.path("fillOpacity").asDouble());
        style.put("stroke", layer.path("stroke").asText());
        style.put("stroke-width", layer.path("strokeWidth").asDouble());
        return style;
    }

    public Map<String, Object> settlement(boolean covered) {
        return settlement(Boolean.valueOf(covered));
    }

    /** Covered, uncovered, or the grey "unknown" colour where no register covers the settlement. */
    public Map<String, Object> settlement(Boolean covered) {
        Map<String, Object> style = new LinkedHashMap<>();
        String key = covered == null ? "unknown" : covered ? "covered" : "uncovered";
        style.put("marker-color", styles.path("settlements").path(key).path("color").asText());
        style.put("marker-size", "small");
        return style;
    }

    /** Colour by kind; the "closed" colour for a temporarily closed point. */
    public Map<String, Object> accessPoint(AccessPointKind kind, AccessPointStatus status) {
        JsonNode layer = styles.path("accessPoints");
        JsonNode own = layer.path(kind.name());
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("marker-color", status == AccessPointStatus.OPEN ? own.path("color").asText()
                : layer.path("closed").path("color").asText());
        style.put("marker-size", kind == AccessPointKind.MAIN_OFFICE ? "large" : "medium");
        return style;
    }

    public Map<String, Object> whiteSpot() {
        JsonNode layer = styles.path("whiteSpots");
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("fill", layer.path("fill").asText());
        style.put("fill-opacity", layer.path("fillOpacity").asDouble());
        style.put("stroke", layer.path("stroke").asText());
        style.put("stroke-width", layer.path("strokeWidth").asDouble());
        return style;
    }

    public Map<String, Object> proposal(AccessPointKind kind) {
        JsonNode own = styles.path("proposals").path(kind.name());
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("marker-color", own.path("color").asText());
        style.put("marker-symbol", own.path("symbol").asText("star"));
        style.put("marker-size", "large");
        return style;
    }

    /** The n-th route's line colour from the routes palette (cycling), for the coming routes layer. */
    public Map<String, Object> route(int index) {
        JsonNode layer = styles.path("routes");
        JsonNode palette = layer.path("palette");
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("stroke", palette.path(Math.floorMod(index, Math.max(1, palette.size()))).asText());
        style.put("stroke-width", layer.path("strokeWidth").asDouble());
        return style;
    }
}
