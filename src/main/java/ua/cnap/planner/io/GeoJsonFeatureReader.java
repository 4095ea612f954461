package ua.cnap.planner.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.input.BOMInputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946, or the 2008 form with a {@code crs} member)
 * feature by feature with Jackson's streaming parser, geometry by JTS' GeoJSON reader.
 *
 * <ul>
 *   <li>a byte-order mark is skipped;</li>
 *   <li>a declared {@code crs} other than WGS84 is reprojected to WGS84;</li>
 *   <li>coordinates outside lon/lat degree ranges without a declared CRS are refused: the file is in
 *       a foreign CRS that it does not declare;</li>
 *   <li>broken JSON is refused with its line and column;</li>
 *   <li>files over {@link #MAX_FILE_BYTES} are refused before they are read.</li>
 * </ul>
 */
public final class GeoJsonFeatureReader {

    /**
     * Largest GeoJSON file read: 256 MiB. Features are held as JSON trees and then JTS geometries,
     * several times the file size in memory; the real hromada boundaries of all Ukraine are about
     * 30 MB. Larger boundary data can be split into a folder of files ({@code BoundaryReader}).
     */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJsonFeatureReader() {
    }

    public static List<GeoFeature> read(Path file) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(source, null, "file not found");
        }
        FileSizeLimit.check(file, MAX_FILE_BYTES, "a GeoJSON file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        } catch (IOException e) {
            throw new BadInputException(source, null, "cannot read: " + e.getMessage(), e);
        }
    }

    public static List<GeoFeature> read(InputStream raw, String source) throws IOException {
        List<JsonNode> featureNodes = new ArrayList<>();
        String crsName = null;
        boolean sawType = false;
        try (InputStream in = BOMInputStream.builder().setInputStream(raw).get();
                JsonParser parser = new JsonFactory(MAPPER).createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BadInputException(source, null, "not a GeoJSON object (empty file or not JSON)");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "type" -> {
                        sawType = true;
                        String type = parser.getValueAsString();
                        if (!"FeatureCollection".equals(type)) {
                            throw new BadInputException(source, null,
                                    "expected a GeoJSON FeatureCollection, found type '" + type + "'");
                        }
                    }
                    case "crs" -> crsName = crsName(parser.readValueAsTree());
                    case "features" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw new BadInputException(source, null, "'features' is not an array");
                        }
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            featureNodes.add(parser.readValueAsTree());
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? null
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            // Jackson's advice to enable a parser feature means nothing to the user: say what JSON allows
            String reason = e.getOriginalMessage().replaceFirst(": enable `JsonReadFeature\\.ALLOW_NON_NUMERIC_NUMBERS`.*",
                    " (JSON has no NaN or Infinity: leave the feature out or give real coordinates)");
            throw new BadInputException(source, where, "malformed JSON: " + reason, e);
        }
        if (!sawType) {
            throw new BadInputException(source, null, "no GeoJSON 'type' member: not a FeatureCollection");
        }
        CrsTransform transform = CrsTransform.isWgs84(crsName) ? null : CrsTransform.from(crsName, source);
        GeoJsonReader geometryReader = new GeoJsonReader(Wgs84.FACTORY);
        List<GeoFeature> features = new ArrayList<>(featureNodes.size());
        for (int i = 0; i < featureNodes.size(); i++) {
            features.add(toFeature(featureNodes.get(i), i, source, geometryReader, transform));
        }
        return features;
    }

    private static GeoFeature toFeature(JsonNode node, int index, String source, GeoJsonReader reader,
            CrsTransform transform) {
        Map<String, Object> properties = new LinkedHashMap<>();
        JsonNode props = node.get("properties");
        if (props != null && props.isObject()) {
            props.fields().forEachRemaining(e -> properties.put(e.getKey(), scalar(e.getValue())));
        }
        GeoFeature bare = new GeoFeature(source, index, properties, null);
        JsonNode geometryNode = node.get("geometry");
        if (geometryNode == null || geometryNode.isNull()) {
            return bare;
        }
        Geometry geometry;
        try {
            geometry = reader.read(geometryNode.toString());
        } catch (ParseException | RuntimeException e) {
            throw new BadInputException(source, bare.item(null), "unreadable geometry: " + e.getMessage(), e);
        }
        if (transform != null) {
            geometry = transform.apply(geometry, source, bare.item(null));
        } else if (Wgs84.firstNotLonLat(geometry) != null) {
            Coordinate wrong = Wgs84.firstNotLonLat(geometry);
            throw new BadInputException(source, bare.item(null),
                    "coordinates are not WGS84 longitude/latitude (e.g. [" + wrong.x + ", " + wrong.y
                            + "]) and the file declares no CRS: "
                            + "reproject it to EPSG:4326 or declare its 'crs'");
        }
        geometry.setSRID(Wgs84.SRID);
        return new GeoFeature(source, index, properties, geometry);
    }

    private static Object scalar(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String crsName(JsonNode crs) {
        JsonNode name = crs.path("properties").path("name");
        return name.isMissingNode() || name.isNull() ? null : name.asText();
    }
}
