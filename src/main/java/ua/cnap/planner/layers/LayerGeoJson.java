package ua.cnap.planner.layers;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import ua.cnap.planner.coverage.CoverageKpis;
import ua.cnap.planner.coverage.CoverageReport;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.coverage.WhiteSpot;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.planning.Proposal;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;

/**
 * The map's layers as RFC 7946 GeoJSON FeatureCollections (lon/lat, 6 decimals, counter-clockwise
 * shells), written with Jackson's streaming generator and JTS' {@link GeoJsonWriter} as
 * {@code coverage.CoverageGeoJson} does. Every feature carries what its popup and its style need;
 * the styles themselves are in {@code maps/styles.json}.
 */
final class LayerGeoJson {

    private static final JsonFactory JSON = new JsonFactory();

    private LayerGeoJson() {
    }

    /** One feature's properties. */
    @FunctionalInterface
    interface Properties<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }

    /** One feature's geometry (null: the feature is left out). */
    @FunctionalInterface
    interface GeometryOf<T> {
        Geometry geometry(T item);
    }

    static <T> byte[] collection(List<T> items, GeometryOf<T> geometryOf, java.util.function.Function<T, String> id,
            Properties<T> properties) {
        GeoJsonWriter geometryWriter = new GeoJsonWriter(6);
        geometryWriter.setEncodeCRS(false);
        geometryWriter.setForceCCW(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (T item : items) {
                Geometry geometry = geometryOf.geometry(item);
                if (geometry == null || geometry.isEmpty()) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeStringField("id", id.apply(item));
                json.writeFieldName("geometry");
                json.writeRawValue(geometryWriter.write(geometry));
                json.writeObjectFieldStart("properties");
                properties.write(json, item);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a map layer", e);
        }
        return out.toByteArray();
    }

    static byte[] hromadas(List<Hromada> hromadas, Map<String, CoverageKpis> kpisByCode,
            GeometryOf<Hromada> simplified) {
        return collection(hromadas, simplified, Hromada::code, (json, h) -> {
            json.writeStringField("code", h.code());
            json.writeStringField("name", h.nameUk());
            json.writeStringField("oblastCode", h.oblastCode());
            json.writeNumberField("population2022", h.population2022());
            CoverageKpis k = kpisByCode.get(h.code());
            writeHromadaKpis(json, k);
        });
    }

    static void writeHromadaKpis(JsonGenerator json, CoverageKpis k) throws IOException {
        boolean known = k != null && k.registerLoaded();
        json.writeBooleanField("registerLoaded", known);
        writeNumber(json, "population", k == null ? null : k.population());
        writeNumber(json, "populationWithRegister", k == null ? null : k.populationWithRegister());
        writeNumber(json, "populationCovered", known ? k.populationCovered() : null);
        writeNumber(json, "coveredShare", known ? k.coveredShare() : null);
        writeNumber(json, "meanTravelTimeSeconds", known && k.meanTravelTimeSeconds() != null
                ? (Number) Math.round(k.meanTravelTimeSeconds()) : null);
        writeNumber(json, "uncoveredSettlements", known ? k.uncoveredSettlements() : null);
    }

    static byte[] accessPoints(List<AccessPoint> points) {
        return collection(points, AccessPoint::location, AccessPoint::id, (json, a) -> {
            json.writeStringField("id", a.id());
            json.writeStringField("registerId", a.registerId());
            json.writeStringField("name", a.name());
            json.writeStringField("kind", a.kind().name());
            json.writeBooleanField("diaCentre", a.diaCentre());
            json.writeStringField("status", a.status().name());
            json.writeArrayFieldStart("services");
            for (String service : a.services().stream().map(Enum::name).sorted().toList()) {
                json.writeString(service);
            }
            json.writeEndArray();
            writeNumber(json, "serviceCount", a.serviceCount());
            json.writeStringField("address", a.address());
            json.writeStringField("hromadaCode", a.hromadaCode());
            json.writeBooleanField("hasMobileCase", a.hasMobileCase());
            json.writeBooleanField("hasMobileOffice", a.hasMobileOffice());
        });
    }

    /**
     * @param hromadaCodesWithRegister hromadas whose coverage is known; elsewhere {@code covered} is null
     *                                 (unknown, drawn grey), never false
     */
    static byte[] settlements(List<SettlementAccess> settlements, java.util.Set<String> hromadaCodesWithRegister) {
        return collection(settlements, s -> s.settlement().point(), s -> s.settlement().id(), (json, s) -> {
            json.writeStringField("id", s.settlement().id());
            json.writeStringField("name", s.settlement().nameUk());
            json.writeStringField("hromadaCode", s.settlement().hromadaCode());
            json.writeNumberField("population", s.settlement().population());
            Boolean covered = CoverageReport.coveredOrUnknown(s, hromadaCodesWithRegister);
            if (covered == null) {
                json.writeNullField("covered");
            } else {
                json.writeBooleanField("covered", covered);
            }
            writeNumber(json, "travelTimeSeconds", s.reachable() ? (Number) Math.round(s.nearest().seconds()) : null);
            writeNumber(json, "distanceMeters", s.reachable() ? (Number) Math.round(s.nearest().meters()) : null);
            json.writeStringField("nearestAccessPointId", s.nearestAccessPointId());
        });
    }

    /** The most settlements a white spot's feature lists by name (its popup); the count is always whole. */
    static final int LISTED_WHITE_SPOT_SETTLEMENTS = 30;

    /**
     * @param settlementsById the area's settlements, to name a white spot's settlements (largest first,
     *                        at most {@value #LISTED_WHITE_SPOT_SETTLEMENTS}) with their population
     */
    static byte[] whiteSpots(List<WhiteSpot> spots, Map<String, Settlement> settlementsById) {
        return collection(spots, s -> s.area().getNumGeometries() == 1 ? s.area().getGeometryN(0) : s.area(),
                WhiteSpot::id, (json, s) -> {
                    json.writeStringField("id", s.id());
                    json.writeNumberField("population", s.population());
                    json.writeNumberField("settlementCount", s.settlementCount());
                    json.writeStringField("oblastCode", s.oblastCode());
                    json.writeArrayFieldStart("settlements");
                    List<Settlement> named = s.settlementIds().stream()
                            .map(settlementsById::get).filter(Objects::nonNull)
                            .sorted(Comparator
                                    .comparingLong(Settlement::population).reversed()
                                    .thenComparing(Settlement::nameUk))
                            .limit(LISTED_WHITE_SPOT_SETTLEMENTS).toList();
                    for (Settlement settlement : named) {
                        json.writeStartObject();
                        json.writeStringField("id", settlement.id());
                        json.writeStringField("name", settlement.nameUk());
                        json.writeNumberField("population", settlement.population());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                });
    }

    static byte[] proposals(List<Proposal> proposals, org.locationtech.jts.geom.GeometryFactory factory) {
        return collection(proposals,
                p -> factory.createPoint(new org.locationtech.jts.geom.Coordinate(p.lon(), p.lat())),
                Proposal::candidateId, (json, p) -> {
                    json.writeStringField("kind", p.kind().name());
                    json.writeStringField("settlementId", p.settlementId());
                    json.writeStringField("name", p.name());
                    json.writeStringField("hromadaCode", p.hromadaCode());
                    json.writeNumberField("costUah", p.costUah());
                    json.writeNumberField("newlyCoveredPopulation", p.newlyCoveredPopulation());
                    writeNumber(json, "costPerNewlyCoveredResidentUah", p.costPerNewlyCoveredResidentUah());
                });
    }

    private static void writeNumber(JsonGenerator json, String field, Number value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else if (value instanceof Double d) {
            json.writeNumberField(field, d);
        } else {
            json.writeNumberField(field, value.longValue());
        }
    }
}
