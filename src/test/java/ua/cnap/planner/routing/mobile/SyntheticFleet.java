package ua.cnap.planner.routing.mobile;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import ua.cnap.planner.network.AccessPointKind;

/**
 * Generated problems with known travel: nodes on a plane in kilometres, driven at 60 km/h (one minute
 * per kilometre, straight), so every expected figure is arithmetic.
 */
final class SyntheticFleet {

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private SyntheticFleet() {
    }

    record Site(String id, double xKm, double yKm, long population) {
    }

    /** A vehicle costs 40,000 UAH a cycle, driving 700 UAH an hour, a spacing day short 500 UAH. */
    static final MobileRoutingProblem.FleetCosts COSTS = new MobileRoutingProblem.FleetCosts(40_000, 700, 500, 12);

    static MobileRoutingProblem problem(List<Site> depots, List<Site> places, int vehicles, int cycleDays,
            long shiftSeconds, int minSpacingDays, VisitRules rules) {
        return problem(depots, places, vehicles, cycleDays, shiftSeconds, minSpacingDays, rules, COSTS);
    }

    static MobileRoutingProblem problem(List<Site> depots, List<Site> places, int vehicles, int cycleDays,
            long shiftSeconds, int minSpacingDays, VisitRules rules, MobileRoutingProblem.FleetCosts costs) {
        List<MobileRoutingProblem.Depot> depotList = new ArrayList<>();
        for (Site depot : depots) {
            depotList.add(new MobileRoutingProblem.Depot(depot.id(), "depot " + depot.id(), point(depot)));
        }
        List<MobileRoutingProblem.FleetVehicle> fleet = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            fleet.add(new MobileRoutingProblem.FleetVehicle("van-" + (v + 1), AccessPointKind.MOBILE_OFFICE,
                    v % depots.size()));
        }
        List<MobileRoutingProblem.Place> placeList = new ArrayList<>();
        for (Site place : places) {
            placeList.add(new MobileRoutingProblem.Place(place.id(), "UA" + place.id(), "village " + place.id(),
                    "UAH", place.population(), point(place), rules.requiredVisits(place.population()),
                    rules.serviceSeconds(place.population())));
        }
        List<Site> nodes = new ArrayList<>(depots);
        nodes.addAll(places);
        int n = nodes.size();
        long[][] seconds = new long[n][n];
        long[][] meters = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double km = Math.hypot(nodes.get(i).xKm() - nodes.get(j).xKm(), nodes.get(i).yKm() - nodes.get(j).yKm());
                seconds[i][j] = Math.round(km * 60);
                meters[i][j] = Math.round(km * 1000);
            }
        }
        return new MobileRoutingProblem(depotList, fleet, placeList, seconds, meters, cycleDays, shiftSeconds,
                minSpacingDays, costs);
    }

    /** {@code count} villages on a ring of {@code radiusKm} around (0, 0). */
    static List<Site> ring(int count, double radiusKm, long population) {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double angle = 2 * Math.PI * i / count;
            sites.add(new Site("p" + i, radiusKm * Math.cos(angle), radiusKm * Math.sin(angle), population));
        }
        return sites;
    }

    private static Point point(Site site) {
        // 1 km ≈ 0.009° near 48° N is close enough for the geometry; travel comes from the matrices
        return GEOMETRY.createPoint(new Coordinate(30 + site.xKm() * 0.0135, 48 + site.yKm() * 0.009));
    }
}
