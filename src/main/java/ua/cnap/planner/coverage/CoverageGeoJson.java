package ua.cnap.planner.coverage;

import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.ServiceKind;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Writes accessibility as an RFC 7946 GeoJSON FeatureCollection: one Point feature per settlement
 * and one Polygon/MultiPolygon feature per white spot, told apart by the {@code layer} property
 * ({@code settlement} / {@code whiteSpot}). Coordinates are lon,lat with 6 decimals (about 0.1 m),
 * there is no {@code crs} member, and polygon rings are counter-clockwise outside (RFC 7946 §3.1.6).
 *
 * <p>Settlements also carry the time to the nearest fixed point of each kind and offering each
 * service ({@code travelTimeSecondsMainOffice}, {@code travelTimeSecondsPassport}, …).
 *
 * <p>Unreachable settlements get {@code null} travel time, distance and nearest access point: JSON
 * has no Infinity.
 *
 * <p>Jackson's streaming generator writes the features (no whole-document tree in memory); JTS'
 * {@link GeoJsonWriter}, the counterpart of the reader in {@code io.GeoJsonFeatureReader}, writes each
 * geometry, because it already handles rings, holes and multi-parts and can force the ring
 * orientation RFC 7946 asks for.
 */
public final class CoverageGeoJson {

    private static final JsonFactory JSON = new JsonFactory();

    private CoverageGeoJson() {
    }

    public static void write(Path file, Accessibility accessibility, List<WhiteSpot> whiteSpots) {
        write(file, accessibility.settlements(), whiteSpots);
    }

    /** The settlements layer alone ({@code coverage --geojson}), every settlement's coverage taken as known. */
    public static void writeSettlements(Path file, Accessibility accessibility) {
        write(file, accessibility.settlements(), List.of());
    }

    /**
     * The settlements layer of a result ({@code coverage --geojson}): {@code covered} is null where the
     * settlement's oblast has no register (unknown, never false).
     */
    public static void writeSettlements(Path file, CoverageResult result) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, result.accessibility().settlements(), List.of(), result.report().hromadaCodesWithRegister());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The white-spot layer alone ({@code coverage --white-spots}). */
    public static void writeWhiteSpots(Path file, List<WhiteSpot> whiteSpots) {
        write(file, List.of(), whiteSpots);
    }

    private static void write(Path file, List<SettlementAccess> settlements, List<WhiteSpot> whiteSpots) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, settlements, whiteSpots);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes both layers; the stream is left open. */
    public static void write(OutputStream out, Accessibility accessibility, List<WhiteSpot> whiteSpots)
            throws IOException {
        write(out, accessibility.settlements(), whiteSpots);
    }

    /** Writes the given settlements and white spots as one collection; the stream is left open. */
    public static void write(OutputStream out, List<SettlementAccess> settlements, List<WhiteSpot> whiteSpots)
            throws IOException {
        write(out, settlements, whiteSpots, null);
    }

    /**
     * Writes the given settlements and white spots as one collection; the stream is left open.
     *
     * @param hromadaCodesWithRegister hromadas whose coverage is known; a settlement of another hromada
     *                                 gets {@code covered: null}. Null: every settlement's is known.
     */
    public static void write(OutputStream out, List<SettlementAccess> settlements, List<WhiteSpot> whiteSpots,
            java.util.Set<String> hromadaCodesWithRegister) throws IOException {
        GeoJsonWriter geometryWriter = new GeoJsonWriter(6);
        geometryWriter.setEncodeCRS(false);
        geometryWriter.setForceCCW(true);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (SettlementAccess access : settlements) {
                Boolean covered = hromadaCodesWithRegister == null ? Boolean.valueOf(access.covered())
                        : CoverageReport.coveredOrUnknown(access, hromadaCodesWithRegister);
                writeSettlement(json, geometryWriter, access, covered);
            }
            for (WhiteSpot spot : whiteSpots) {
                writeWhiteSpot(json, geometryWriter, spot);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeSettlement(JsonGenerator json, GeoJsonWriter geometryWriter, SettlementAccess access,
            Boolean covered) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", access.settlement().id());
        writeGeometry(json, geometryWriter, access.settlement().point());
        json.writeObjectFieldStart("properties");
        json.writeStringField("layer", "settlement");
        json.writeStringField("id", access.settlement().id());
        json.writeStringField("name", access.settlement().nameUk());
        json.writeStringField("hromadaCode", access.settlement().hromadaCode());
        json.writeNumberField("population", access.settlement().population());
        if (access.reachable()) {
            json.writeNumberField("travelTimeSeconds", Math.round(access.nearest().seconds()));
            json.writeNumberField("distanceMeters", Math.round(access.nearest().meters()));
        } else {
            json.writeNullField("travelTimeSeconds");
            json.writeNullField("distanceMeters");
        }
        if (covered == null) {
            json.writeNullField("covered");
        } else {
            json.writeBooleanField("covered", covered);
        }
        json.writeStringField("nearestAccessPointId", access.nearestAccessPointId());
        // Per kind and per service, as flat fields (GIS tools read nested objects as text):
        // e.g. travelTimeSecondsMainOffice, travelTimeSecondsPassport; null when none is reachable.
        for (AccessPointKind kind : AccessPointKind.values()) {
            if (kind.isFixed()) {
                writeNearest(json, camel(kind.name()), access.findNearest(kind));
            }
        }
        for (ServiceKind service : ServiceKind.values()) {
            writeNearest(json, camel(service.name()), access.findNearest(service));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeNearest(JsonGenerator json, String suffix, java.util.Optional<Nearest> nearest)
            throws IOException {
        if (nearest.isPresent() && nearest.get().travel().reachable()) {
            json.writeNumberField("travelTimeSeconds" + suffix, Math.round(nearest.get().travel().seconds()));
        } else {
            json.writeNullField("travelTimeSeconds" + suffix);
        }
    }

    /** MAIN_OFFICE → MainOffice. */
    static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String part : constant.split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    private static void writeWhiteSpot(JsonGenerator json, GeoJsonWriter geometryWriter, WhiteSpot spot)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", spot.id());
        // A one-part MultiPolygon is written as a Polygon: simpler for consumers, same area.
        Geometry area = spot.area().getNumGeometries() == 1 ? spot.area().getGeometryN(0) : spot.area();
        writeGeometry(json, geometryWriter, area);
        json.writeObjectFieldStart("properties");
        json.writeStringField("layer", "whiteSpot");
        json.writeStringField("id", spot.id());
        json.writeNumberField("population", spot.population());
        json.writeNumberField("settlementCount", spot.settlementCount());
        json.writeStringField("oblastCode", spot.oblastCode());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeGeometry(JsonGenerator json, GeoJsonWriter geometryWriter, Geometry geometry)
            throws IOException {
        json.writeFieldName("geometry");
        if (geometry == null || geometry.isEmpty()) {
            json.writeNull();
        } else {
            json.writeRawValue(geometryWriter.write(geometry));
        }
    }
}
