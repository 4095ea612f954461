package ua.cnap.planner.routing.mobile;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.ServiceKind;

/**
 * What a visit of a mobile access point can and cannot offer (DOMAIN.md): a mobile office (van)
 * cannot issue passports or register vehicles; a mobile case is an administrator's kit (laptop,
 * ID-card reader, printer, the donor-funded passport station where the hromada has one) that also
 * cannot register vehicles or take driving tests.
 *
 * @param kind       mobile office or mobile case
 * @param offered    service groups a visit offers
 * @param notOffered service groups it cannot offer, each with the reason
 */
public record MobileOffer(AccessPointKind kind, Set<ServiceKind> offered, Map<ServiceKind, String> notOffered) {

    public static MobileOffer of(AccessPointKind kind) {
        Map<ServiceKind, String> not = new LinkedHashMap<>();
        switch (kind) {
            case MOBILE_OFFICE -> {
                not.put(ServiceKind.PASSPORT, "a mobile office cannot issue passports (no passport station on board)");
                not.put(ServiceKind.DRIVERS, "vehicle registration and driving licences need a service centre of the MIA");
            }
            case MOBILE_CASE -> {
                not.put(ServiceKind.DRIVERS, "vehicle registration and driving licences need a service centre of the MIA");
                not.put(ServiceKind.BUSINESS, "business registration needs the office's full workstation");
            }
            default -> throw new IllegalArgumentException("not a mobile kind: " + kind);
        }
        Set<ServiceKind> offered = EnumSet.allOf(ServiceKind.class);
        offered.removeAll(not.keySet());
        return new MobileOffer(kind, Set.copyOf(offered), java.util.Collections.unmodifiableMap(not));
    }
}
