package ua.cnap.planner.scenario;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import ua.cnap.planner.territory.Hromada;

/**
 * The difference layer of a comparison: one feature per hromada with its covered share in A and B
 * and B − A, in the project's GeoJSON style ({@code coverage.CoverageGeoJson}): RFC 7946, lon/lat with
 * 6 decimals, no {@code crs}, counter-clockwise outer rings, a {@code layer} property (here
 * {@code scenarioDifference}), a one-part MultiPolygon written as a Polygon, null geometry for a
 * hromada without a boundary. Shares are 0..1; null where a scenario does not include the hromada.
 */
public final class ScenarioDifferenceGeoJson {

    public static final String LAYER = "scenarioDifference";
    private static final JsonFactory JSON = new JsonFactory();

    private ScenarioDifferenceGeoJson() {
    }

    /** Writes the layer; the stream is left open. */
    public static void write(OutputStream out, ScenarioComparison comparison, Map<String, Hromada> hromadas)
            throws IOException {
        GeoJsonWriter geometryWriter = new GeoJsonWriter(6);
        geometryWriter.setEncodeCRS(false);
        geometryWriter.setForceCCW(true);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (ScenarioComparison.HromadaDifference d : comparison.hromadas()) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeStringField("id", d.code());
                Hromada hromada = hromadas.get(d.code());
                Geometry boundary = hromada == null ? null : hromada.boundary();
                if (boundary != null && boundary.getNumGeometries() == 1) {
                    boundary = boundary.getGeometryN(0);
                }
                json.writeFieldName("geometry");
                if (boundary == null || boundary.isEmpty()) {
                    json.writeNull();
                } else {
                    json.writeRawValue(geometryWriter.write(boundary));
                }
                json.writeObjectFieldStart("properties");
                json.writeStringField("layer", LAYER);
                json.writeStringField("code", d.code());
                json.writeStringField("name", d.name());
                json.writeStringField("oblastCode", d.oblastCode());
                json.writeNumberField("population", d.population());
                number(json, "coveredShareA", d.coveredShareA());
                number(json, "coveredShareB", d.coveredShareB());
                number(json, "coveredShareDifference", d.difference());
                number(json, "populationCoveredA", d.populationCoveredA() == null ? null
                        : d.populationCoveredA().doubleValue());
                number(json, "populationCoveredB", d.populationCoveredB() == null ? null
                        : d.populationCoveredB().doubleValue());
                json.writeStringField("scenarioA", comparison.a().id());
                json.writeStringField("scenarioB", comparison.b().id());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void number(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumberField(field, value.longValue());
        } else {
            json.writeNumberField(field, Math.round(value * 1e6) / 1e6);
        }
    }
}
