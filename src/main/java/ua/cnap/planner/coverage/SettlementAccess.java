package ua.cnap.planner.coverage;

import java.util.Map;
import java.util.Optional;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.travel.Travel;

/**
 * How one settlement reaches the fixed network.
 *
 * @param settlement           the settlement
 * @param nearestAccessPointId the nearest open fixed access point by travel time (ties: lower id),
 *                             null when none is reachable within the search limit
 * @param nearest              the trip to it, {@link Travel#UNREACHABLE} when none
 * @param byKind               nearest per fixed kind; a kind is absent when none of that kind is reachable
 * @param byService            nearest per service group among points that list it; absent when none
 *                             is reachable (points whose register lists no services count for none)
 * @param covered              some open fixed access point meets the standard. With
 *                             {@link AccessStandard.Rule#EITHER} that need not be the nearest by
 *                             time: a point 13 km away along a slow road covers by distance.
 */
public record SettlementAccess(
        Settlement settlement,
        String nearestAccessPointId,
        Travel nearest,
        Map<AccessPointKind, Nearest> byKind,
        Map<ServiceKind, Nearest> byService,
        boolean covered) {

    public SettlementAccess {
        byKind = Map.copyOf(byKind);
        byService = Map.copyOf(byService);
    }

    public boolean reachable() {
        return nearest.reachable();
    }

    public Optional<Nearest> findNearest(AccessPointKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    public Optional<Nearest> findNearest(ServiceKind service) {
        return Optional.ofNullable(byService.get(service));
    }
}
