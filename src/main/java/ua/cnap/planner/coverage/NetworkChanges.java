package ua.cnap.planner.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointStatus;

/**
 * Changes to the access points of the chosen registers for one coverage computation, without
 * touching the store: the map's what-if (add, remove, mark closed) and war-time closures.
 *
 * @param added     access points that do not exist in any register (ids must not clash with real ones)
 * @param removedIds ids of access points to leave out entirely
 * @param closedIds  ids of access points to treat as temporarily closed (they stay on the map, count
 *                   for nothing)
 */
public record NetworkChanges(List<AccessPoint> added, Set<String> removedIds, Set<String> closedIds) {

    public static final NetworkChanges NONE = new NetworkChanges(List.of(), Set.of(), Set.of());

    public NetworkChanges {
        added = added == null ? List.of() : List.copyOf(added);
        removedIds = removedIds == null ? Set.of() : Set.copyOf(removedIds);
        closedIds = closedIds == null ? Set.of() : Set.copyOf(closedIds);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removedIds.isEmpty() && closedIds.isEmpty();
    }

    /** The registers' access points with these changes applied, in a new list. */
    public List<AccessPoint> applyTo(List<AccessPoint> accessPoints) {
        List<AccessPoint> changed = new ArrayList<>(accessPoints.size() + added.size());
        for (AccessPoint point : accessPoints) {
            if (removedIds.contains(point.id())) {
                continue;
            }
            changed.add(closedIds.contains(point.id()) ? closed(point) : point);
        }
        changed.addAll(added);
        return changed;
    }

    private static AccessPoint closed(AccessPoint p) {
        return new AccessPoint(p.id(), p.registerId(), p.name(), p.kind(), p.diaCentre(), p.services(),
                p.serviceCount(), AccessPointStatus.TEMPORARILY_CLOSED, p.location(), p.hromadaCode(),
                p.declaredHromadaName(), p.address(), p.hasMobileCase(), p.hasMobileOffice(), p.servicesTold(),
                p.barrierFree());
    }
}
