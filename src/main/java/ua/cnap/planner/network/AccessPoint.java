package ua.cnap.planner.network;

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
        boolean hasMobileOffice) {

    public AccessPoint {
        services = Set.copyOf(services);
    }

    public AccessPoint withHromadaCode(String newHromadaCode) {
        return new AccessPoint(id, registerId, name, kind, diaCentre, services, serviceCount, status, location,
                newHromadaCode, declaredHromadaName, address, hasMobileCase, hasMobileOffice);
    }
}
