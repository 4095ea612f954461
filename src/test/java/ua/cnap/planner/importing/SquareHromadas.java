package ua.cnap.planner.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.population.PopulationCell;
import ua.cnap.planner.population.PopulationRule;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;

/**
 * A tiny hand-made dataset: one oblast, one raion, three 0.1° square hromadas side by side at
 * 25°E 48°N, one settlement each, a register with one office. Codes are invented but well-formed.
 */
public final class SquareHromadas {

    public static final String OBLAST = "UA99000000000000001";
    public static final String RAION = "UA99020000000000002";
    public static final String WEST = "UA99020010000000003";
    public static final String MIDDLE = "UA99020020000000004";
    public static final String EAST = "UA99020030000000005";

    private SquareHromadas() {
    }

    public static MultiPolygon square(double minLon, double minLat, double size) {
        Polygon polygon = Wgs84.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(minLon, minLat), new Coordinate(minLon + size, minLat),
            new Coordinate(minLon + size, minLat + size), new Coordinate(minLon, minLat + size),
            new Coordinate(minLon, minLat)});
        return Wgs84.FACTORY.createMultiPolygon(new Polygon[] {polygon});
    }

    public static Point point(double lon, double lat) {
        return Wgs84.FACTORY.createPoint(new Coordinate(lon, lat));
    }

    public static List<Hromada> hromadas() {
        return List.of(
                hromada(WEST, "Західна", 1000, 25.0),
                hromada(MIDDLE, "Середня", 2000, 25.1),
                hromada(EAST, "Східна", 3000, 25.2));
    }

    private static Hromada hromada(String code, String name, long population, double minLon) {
        return new Hromada(code, RAION, OBLAST, name, null, "сільська", population, 0,
                point(minLon + 0.05, 48.05), null, name, square(minLon, 48.0, 0.1));
    }

    public static Dataset dataset() {
        List<Hromada> hromadas = hromadas();
        List<Settlement> settlements = hromadas.stream()
                .map(h -> new Settlement("centre:" + h.code(), null, h.nameUk(), null, h.centre(), h.code(), 0,
                        h.population2022(), PopulationRule.HROMADA_CENTRE_ONLY))
                .toList();
        Register register = new Register("test-2025", "Test register", LocalDate.of(2025, 10, 1), false, OBLAST,
                "hand-made");
        AccessPoint office = new AccessPoint("test-2025:1", register.id(), "ЦНАП Середньої громади",
                AccessPointKind.MAIN_OFFICE, true, Set.of(ServiceKind.PASSPORT, ServiceKind.SOCIAL), 120,
                AccessPointStatus.OPEN, point(25.15, 48.05), MIDDLE, "Середня", "вул. Центральна, 1", true, false,
                Set.of(ServiceKind.PASSPORT, ServiceKind.SOCIAL, ServiceKind.DRIVERS), Boolean.TRUE);
        PopulationCell cell = new PopulationCell("cell-1", "test-grid", square(25.0, 48.0, 0.01).getGeometryN(0), 12.5);
        return new Dataset(List.of(new Oblast(OBLAST, "Тестова", "Test")),
                List.of(new Raion(RAION, OBLAST, "Тестовий")), hromadas, settlements, List.of(register),
                List.of(office), List.of(cell));
    }
}
