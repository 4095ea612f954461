package ua.cnap.planner.coverage;

import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.population.PopulationRule;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.travel.Travel;

/** Hand-made domain records for coverage tests. */
final class CoverageFixtures {

    /** Metres per degree of longitude on the equator (and of latitude anywhere) for R = 6,371,008.8 m. */
    static final double METERS_PER_DEGREE = Math.PI * 6_371_008.8 / 180;

    private CoverageFixtures() {
    }

    static Point lonLat(double lon, double lat) {
        return Wgs84.FACTORY.createPoint(new Coordinate(lon, lat));
    }

    /** A point on the equator {@code km} kilometres east of lon 0: great-circle distances are exact arithmetic. */
    static Point equatorKm(double km) {
        return lonLat(km * 1000 / METERS_PER_DEGREE, 0);
    }

    static Settlement settlement(String id, Point point, String hromadaCode, long population) {
        return new Settlement(id, null, "село " + id, id, point, hromadaCode, 0, population,
                PopulationRule.GEONAMES_WEIGHTED);
    }

    static AccessPoint accessPoint(String id, AccessPointKind kind, AccessPointStatus status, Point location,
            String hromadaCode, ServiceKind... services) {
        return new AccessPoint(id, "test", "ЦНАП " + id, kind, false, Set.of(services), null, status, location,
                hromadaCode, null, null, false, false);
    }

    static AccessPoint open(String id, AccessPointKind kind, Point location, ServiceKind... services) {
        return accessPoint(id, kind, AccessPointStatus.OPEN, location, null, services);
    }

    static Hromada hromada(String code, String raionCode, String oblastCode) {
        return new Hromada(code, raionCode, oblastCode, "громада " + code, null, "сільська", 0, 0, null, null, null, null);
    }

    static SettlementAccess access(Settlement settlement, String nearestId, Travel travel, boolean covered) {
        return new SettlementAccess(settlement, nearestId, travel, Map.of(), Map.of(), covered);
    }
}
