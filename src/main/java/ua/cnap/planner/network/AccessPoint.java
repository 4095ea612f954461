package ua.cnap.planner.network;

import java.util.EnumSet;
import java.util.Set;
import org.locationtech.jts.geom.Point;

/**
 * A place where residents get administrative services.
 *
 * @param id                  stable id, unique across registers: {@code <registerId>:<id in register>}
 * @param registerId          the register it comes from
 * @param name                official name
 * @param kind                kind of access point
 * @param diaCentre           true for a main office branded Дія.Центр
 * @param services            service groups offered (empty when the register does not say)
 * @param serviceCount        number of services it offers where the register says, else null
 * @param status              open or temporarily closed
 * @param location            WGS84 lon/lat
 * @param hromadaCode         hromada the location falls in (null if outside every polygon)
 * @param declaredHromadaName hromada name as the register wrote it, null if none
 * @param address             postal address as one line, may be null
 * @param hasMobileCase       the office holds a мобільна валіза
 * @param hasMobileOffice     the office runs a мобільний ЦНАП
 * @param servicesTold        the service groups the register says yes or no about for this point: a group
 *                            in {@code services} is offered, one told but not in {@code services} is not,
 *                            one not told is unknown (see {@link ServiceKind} for each register's columns)
 * @param barrierFree         step-free entrance or ramp (the register's accessibility flag), null when the
 *                            register does not say
 */
public record AccessPoint(
        String id,
        String registerId,
        String name,
        AccessPointKind kind,
        boolean diaCentre,
        Set<ServiceKind> services,
        Integer serviceCount,
        AccessPointStatus status,
        Point location,
        String hromadaCode,
        String declaredHromadaName,
        String address,
        boolean hasMobileCase,
        boolean hasMobileOffice,
        Set<ServiceKind> servicesTold,
        Boolean barrierFree) {

    public AccessPoint {
        services = Set.copyOf(services);
        servicesTold = servicesTold == null ? Set.of() : Set.copyOf(servicesTold);
        if (!servicesTold.containsAll(services)) {
            // a group the point offers is one the register told about
            Set<ServiceKind> told = EnumSet.noneOf(ServiceKind.class);
            told.addAll(servicesTold);
            told.addAll(services);
            servicesTold = Set.copyOf(told);
        }
    }

    /** A point whose register says nothing about services beyond those listed, nor about step-free access. */
    public AccessPoint(String id, String registerId, String name, AccessPointKind kind, boolean diaCentre,
            Set<ServiceKind> services, Integer serviceCount, AccessPointStatus status, Point location,
            String hromadaCode, String declaredHromadaName, String address, boolean hasMobileCase,
            boolean hasMobileOffice) {
        this(id, registerId, name, kind, diaCentre, services, serviceCount, status, location, hromadaCode,
                declaredHromadaName, address, hasMobileCase, hasMobileOffice, services, null);
    }

    public AccessPoint withHromadaCode(String newHromadaCode) {
        return new AccessPoint(id, registerId, name, kind, diaCentre, services, serviceCount, status, location,
                newHromadaCode, declaredHromadaName, address, hasMobileCase, hasMobileOffice, servicesTold,
                barrierFree);
    }

    /** Whether the register says that this point offers the group (false also when it does not say). */
    public boolean offers(ServiceKind service) {
        return services.contains(service);
    }

    /** Whether the register says yes or no about the group here. */
    public boolean tells(ServiceKind service) {
        return servicesTold.contains(service);
    }

    /** The same point offering one more group (a passport station given to an office, say). */
    public AccessPoint offering(ServiceKind service) {
        Set<ServiceKind> more = EnumSet.of(service);
        more.addAll(services);
        return new AccessPoint(id, registerId, name, kind, diaCentre, more, serviceCount, status, location,
                hromadaCode, declaredHromadaName, address, hasMobileCase, hasMobileOffice, servicesTold, barrierFree);
    }
}
