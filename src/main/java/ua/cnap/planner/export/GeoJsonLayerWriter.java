package ua.cnap.planner.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Writes one layer as an RFC 7946 FeatureCollection: WGS84 lon/lat rounded to 6 decimals (about
 * 0.1 m), no {@code crs} member, polygon exteriors counter-clockwise and holes clockwise (§3.1.6,
 * JTS' {@link GeoJsonWriter#setForceCCW}). Properties are the layer's attributes followed by the
 * simplestyle-spec properties of the map's styles, so a viewer that knows simplestyle (geojson.io,
 * GitHub, uMap) colours the export like the planner's map. The collection carries the layer name
 * as the foreign member {@code name} (GDAL reads it as the layer name).
 */
public final class GeoJsonLayerWriter {

    private static final JsonFactory JSON = new JsonFactory();
    static final int DECIMALS = 6;

    /** Writes the layer; the stream is left open. */
    public void write(ExportLayer layer, OutputStream out) throws IOException {
        write(layer, null, out);
    }

    /**
     * Writes the layer with what it was made with as the top-level {@code metadata} member (a foreign
     * member RFC 7946 allows; readers that do not know it ignore it); the stream is left open.
     */
    public void write(ExportLayer layer, ExportMetadata metadata, OutputStream out) throws IOException {
        GeoJsonWriter geometryWriter = new GeoJsonWriter(DECIMALS);
        geometryWriter.setEncodeCRS(false);
        geometryWriter.setForceCCW(true);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeStringField("name", layer.name());
            if (metadata != null) {
                json.writeObjectFieldStart("metadata");
                for (Map.Entry<String, String> entry : metadata.entries().entrySet()) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
            }
            json.writeArrayFieldStart("features");
            for (ExportFeature feature : layer.features()) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeFieldName("geometry");
                Geometry geometry = feature.geometry();
                if (geometry == null || geometry.isEmpty()) {
                    json.writeNull();
                } else {
                    json.writeRawValue(geometryWriter.write(geometry));
                }
                json.writeObjectFieldStart("properties");
                for (Attribute attribute : layer.attributes()) {
                    writeValue(json, attribute.name(), feature.values().get(attribute.name()));
                }
                for (Map.Entry<String, Object> style : feature.style().entrySet()) {
                    writeValue(json, style.getKey(), style.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeValue(JsonGenerator json, String name, Object value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                json.writeNull();
            } else {
                json.writeNumber(d);
            }
        } else {
            json.writeString(value.toString());
        }
    }
}
