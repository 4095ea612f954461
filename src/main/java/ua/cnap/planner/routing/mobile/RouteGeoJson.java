package ua.cnap.planner.routing.mobile;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * Mobile routes as GeoJSON (RFC 7946): one LineString per vehicle-day (depot → stops → depot), one
 * Point per stop and per depot. A route follows the roads when the travel model has them; otherwise
 * its legs are straight lines and {@code straightLine} is true, so nobody mistakes them for roads.
 */
public final class RouteGeoJson {

    private static final JsonFactory JSON = new JsonFactory();

    private RouteGeoJson() {
    }

    public static void write(Path file, MobileRoutePlan plan, TravelTimeModel model) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, plan, model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes the collection; the stream is left open. */
    public static void write(OutputStream out, MobileRoutePlan plan, TravelTimeModel model) throws IOException {
        GeoJsonWriter geometryWriter = new GeoJsonWriter(6);
        geometryWriter.setEncodeCRS(false);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            int vehicleIndex = 0;
            java.util.Map<String, MobileRoutePlan.Timetable> timetables = new java.util.HashMap<>();
            plan.timetables().forEach(t -> timetables.put(t.settlementId(), t));
            for (MobileRoutePlan.VehicleRoutes vehicle : plan.vehicles()) {
                Point depot = point(vehicle.depotLon(), vehicle.depotLat());
                writeDepot(json, geometryWriter, vehicle, depot);
                for (MobileRoutePlan.DayRoute day : vehicle.days()) {
                    writeRoute(json, geometryWriter, vehicle, vehicleIndex, day, depot, model);
                    for (int i = 0; i < day.stops().size(); i++) {
                        writeStop(json, geometryWriter, vehicle, day, i + 1, day.stops().get(i),
                                timetables.get(day.stops().get(i).settlementId()));
                    }
                }
                vehicleIndex++;
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeRoute(JsonGenerator json, GeoJsonWriter geometryWriter, MobileRoutePlan.VehicleRoutes vehicle,
            int vehicleIndex, MobileRoutePlan.DayRoute day, Point depot, TravelTimeModel model) throws IOException {
        List<Point> waypoints = new ArrayList<>();
        waypoints.add(depot);
        day.stops().forEach(stop -> waypoints.add(point(stop.lon(), stop.lat())));
        waypoints.add(depot);
        CoordinateList line = new CoordinateList();
        boolean straight = false;
        for (int i = 1; i < waypoints.size(); i++) {
            Optional<LineString> path = model.drivenPath(waypoints.get(i - 1), waypoints.get(i));
            if (path.isPresent()) {
                line.add(path.get().getCoordinates(), false);
            } else {
                straight = true;
                line.add(waypoints.get(i - 1).getCoordinate(), false);
                line.add(waypoints.get(i).getCoordinate(), false);
            }
        }
        if (line.size() < 2) {
            line.add(new Coordinate(depot.getCoordinate()), true);
        }
        LineString geometry = Wgs84.FACTORY.createLineString(line.toCoordinateArray());
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        writeGeometry(json, geometryWriter, geometry);
        json.writeObjectFieldStart("properties");
        json.writeStringField("layer", "route");
        json.writeStringField("vehicleId", vehicle.id());
        json.writeNumberField("vehicleIndex", vehicleIndex);
        json.writeStringField("kind", vehicle.kind());
        json.writeStringField("depotId", vehicle.depotId());
        json.writeNumberField("day", day.day());
        json.writeNumberField("stops", day.stops().size());
        json.writeNumberField("driveSeconds", day.driveSeconds());
        json.writeNumberField("driveMeters", day.driveMeters());
        json.writeNumberField("workSeconds", day.workSeconds());
        json.writeBooleanField("straightLine", straight);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeStop(JsonGenerator json, GeoJsonWriter geometryWriter, MobileRoutePlan.VehicleRoutes vehicle,
            MobileRoutePlan.DayRoute day, int order, MobileRoutePlan.Stop stop, MobileRoutePlan.Timetable timetable)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        writeGeometry(json, geometryWriter, point(stop.lon(), stop.lat()));
        json.writeObjectFieldStart("properties");
        json.writeStringField("layer", "stop");
        json.writeStringField("vehicleId", vehicle.id());
        json.writeNumberField("day", day.day());
        json.writeNumberField("order", order);
        json.writeStringField("settlementId", stop.settlementId());
        json.writeStringField("katottgCode", stop.katottgCode());
        json.writeStringField("name", stop.name());
        json.writeStringField("hromadaCode", stop.hromadaCode());
        json.writeNumberField("population", stop.population());
        json.writeNumberField("arrivalSeconds", stop.arrivalSeconds());
        json.writeStringField("arrivalTime", stop.arrivalTime());
        json.writeNumberField("serviceSeconds", stop.serviceSeconds());
        if (timetable != null) {
            json.writeStringField("timetable", timetable.timetable());
            json.writeStringField("pattern", timetable.pattern());
            if (timetable.weekday() == null) {
                json.writeNullField("weekday");
            } else {
                json.writeStringField("weekday", timetable.weekday());
            }
            if (timetable.everyWeeks() == null) {
                json.writeNullField("everyWeeks");
            } else {
                json.writeNumberField("everyWeeks", timetable.everyWeeks());
            }
            json.writeArrayFieldStart("visitDays");
            for (int visitDay : timetable.visitDays()) {
                json.writeNumber(visitDay);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeDepot(JsonGenerator json, GeoJsonWriter geometryWriter, MobileRoutePlan.VehicleRoutes vehicle,
            Point depot) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        writeGeometry(json, geometryWriter, depot);
        json.writeObjectFieldStart("properties");
        json.writeStringField("layer", "depot");
        json.writeStringField("vehicleId", vehicle.id());
        json.writeStringField("depotId", vehicle.depotId());
        json.writeStringField("name", vehicle.depotName());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeGeometry(JsonGenerator json, GeoJsonWriter writer, Geometry geometry) throws IOException {
        json.writeFieldName("geometry");
        json.writeRawValue(writer.write(geometry));
    }

    private static Point point(double lon, double lat) {
        return Wgs84.FACTORY.createPoint(new Coordinate(lon, lat));
    }
}
