package ua.cnap.planner.routing.mobile;

import java.util.List;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.network.AccessPointKind;

/**
 * A periodic routing problem for mobile access points, solver-neutral: depots (the access points the
 * vehicles start from and return to), vehicles, the settlements to visit with their required visits
 * per cycle, and travel between all of them.
 *
 * <p>Nodes are numbered depots first ({@code 0 .. depots-1}), then places. Travel is what the
 * travel-time model gives (road or calibrated fallback), in whole seconds and metres.
 *
 * @param depots           where vehicles are based
 * @param vehicles         the fleet
 * @param places           settlements to visit
 * @param driveSeconds     [from node][to node]
 * @param driveMeters      [from node][to node]
 * @param cycleDays        working days in the planning cycle (the schedule repeats)
 * @param shiftSeconds     working time of a vehicle-day: driving plus service, depot to depot
 * @param minSpacingDays   least working days between two visits of one settlement (counted around
 *                         the cycle, since it repeats): patterns closer than this are not offered
 * @param costs            vehicle and driving costs that price a schedule
 */
public record MobileRoutingProblem(
        List<Depot> depots,
        List<FleetVehicle> vehicles,
        List<Place> places,
        long[][] driveSeconds,
        long[][] driveMeters,
        int cycleDays,
        long shiftSeconds,
        int minSpacingDays,
        FleetCosts costs) {

    /** An access point vehicles are based at. */
    public record Depot(String accessPointId, String name, Point location) {
    }

    /** One vehicle (van or administrator with a car), based at {@code depots().get(depot)}. */
    public record FleetVehicle(String id, AccessPointKind kind, int depot) {
    }

    /**
     * A settlement to visit.
     *
     * @param requiredVisits visits per cycle the rules ask for
     * @param serviceSeconds time spent at each visit
     */
    public record Place(String settlementId, String katottgCode, String name, String hromadaCode, long population,
            Point location, int requiredVisits, long serviceSeconds) {
    }

    /**
     * Costs in UAH. A vehicle used in the cycle costs {@code vehiclePerCycleUah} (staff, leasing or
     * depreciation over the cycle); driving costs {@code drivingPerHourUah}. {@code spacingShortfallPerDayUah}
     * is kept for older requests and no longer used: visit patterns make spacing exact.
     */
    public record FleetCosts(long vehiclePerCycleUah, long drivingPerHourUah, long spacingShortfallPerDayUah,
            int cyclesPerYear) {
    }

    public MobileRoutingProblem {
        depots = List.copyOf(depots);
        vehicles = List.copyOf(vehicles);
        places = List.copyOf(places);
        int nodes = depots.size() + places.size();
        if (driveSeconds.length != nodes || driveMeters.length != nodes) {
            throw new IllegalArgumentException("travel matrices must be " + nodes + " × " + nodes);
        }
        for (FleetVehicle vehicle : vehicles) {
            if (vehicle.depot() < 0 || vehicle.depot() >= depots.size()) {
                throw new IllegalArgumentException("vehicle " + vehicle.id() + " has no depot " + vehicle.depot());
            }
        }
        if (cycleDays < 1 || shiftSeconds <= 0 || minSpacingDays < 0) {
            throw new IllegalArgumentException("cycle days and shift must be positive, spacing not negative");
        }
    }

    /** The visit patterns place {@code placeIndex} may follow ({@link VisitRules#patterns}). */
    public List<ua.cnap.planner.routing.schedule.VisitPattern> patterns(int placeIndex) {
        return VisitRules.patterns(places.get(placeIndex).requiredVisits(), cycleDays, minSpacingDays);
    }

    /** Node number of place {@code placeIndex}. */
    public int placeNode(int placeIndex) {
        return depots.size() + placeIndex;
    }

    /** Shortest possible day for one visit of {@code placeIndex} from {@code depot}: there, serve, back. */
    public long singleVisitDaySeconds(int depot, int placeIndex) {
        int node = placeNode(placeIndex);
        return driveSeconds[depot][node] + places.get(placeIndex).serviceSeconds() + driveSeconds[node][depot];
    }
}
