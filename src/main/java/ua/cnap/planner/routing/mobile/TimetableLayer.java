package ua.cnap.planner.routing.mobile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.export.Attribute;
import ua.cnap.planner.export.ExportFeature;
import ua.cnap.planner.export.ExportLayer;
import ua.cnap.planner.export.GeometryKind;
import ua.cnap.planner.io.Wgs84;

/**
 * The settlements' timetables as an export layer ({@code timetables}): one point per visited
 * settlement with its pattern, weekday, days, times and the printable line, for the export writers
 * (CSV for printing, GeoJSON, GeoPackage).
 */
public final class TimetableLayer {

    public static final String NAME = "timetables";

    static final List<Attribute> ATTRIBUTES = List.of(
            Attribute.text("settlementId"), Attribute.text("name"), Attribute.text("hromadaCode"),
            Attribute.integer("population"), Attribute.integer("visitsPerCycle"), Attribute.text("pattern"),
            Attribute.text("weekday"), Attribute.integer("everyWeeks"), Attribute.text("visitDays"),
            Attribute.text("times"), Attribute.text("vehicleIds"), Attribute.text("timetable"));

    private TimetableLayer() {
    }

    public static ExportLayer of(MobileRoutePlan plan) {
        Map<String, Point> where = new HashMap<>();
        plan.vehicles().forEach(v -> v.days().forEach(d -> d.stops().forEach(s -> where.putIfAbsent(s.settlementId(),
                Wgs84.FACTORY.createPoint(new Coordinate(s.lon(), s.lat()))))));
        List<ExportFeature> features = new ArrayList<>();
        for (MobileRoutePlan.Timetable t : plan.timetables()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("settlementId", t.settlementId());
            values.put("name", t.name());
            values.put("hromadaCode", t.hromadaCode());
            values.put("population", t.population());
            values.put("visitsPerCycle", t.visitsPerCycle());
            values.put("pattern", t.pattern());
            values.put("weekday", t.weekday());
            values.put("everyWeeks", t.everyWeeks());
            values.put("visitDays", t.visitDays().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            values.put("times", String.join(", ", t.times()));
            values.put("vehicleIds", String.join(", ", t.vehicleIds()));
            values.put("timetable", t.timetable());
            features.add(new ExportFeature(where.get(t.settlementId()), values, null));
        }
        return new ExportLayer(NAME, GeometryKind.POINT, ATTRIBUTES, features);
    }
}
