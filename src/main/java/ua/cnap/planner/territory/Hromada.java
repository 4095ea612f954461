package ua.cnap.planner.territory;

import java.util.Optional;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * A territorial hromada, the municipality that runs ЦНАП.
 *
 * @param code                 KATOTTG code
 * @param raionCode            KATOTTG code of its raion
 * @param oblastCode           KATOTTG code of its oblast
 * @param nameUk               short Ukrainian name, e.g. "Агрономічна"
 * @param nameEn               English name where a source gives one, else null
 * @param type                 міська / селищна / сільська
 * @param population2022       official population on 1 Jan 2022 (State Statistics Service via KSE)
 * @param urbanPopulation2022  urban part of it
 * @param centre               administrative centre (WGS84 lon/lat)
 * @param centreSettlementCode KATOTTG code of the settlement that is the centre, or null
 * @param centreName           name of the centre settlement
 * @param boundary             polygon in WGS84, or null where no source has one
 */
public record Hromada(
        String code,
        String raionCode,
        String oblastCode,
        String nameUk,
        String nameEn,
        String type,
        long population2022,
        long urbanPopulation2022,
        Point centre,
        String centreSettlementCode,
        String centreName,
        MultiPolygon boundary) {

    public Optional<MultiPolygon> findBoundary() {
        return Optional.ofNullable(boundary);
    }

    public Hromada withBoundary(MultiPolygon newBoundary) {
        return new Hromada(code, raionCode, oblastCode, nameUk, nameEn, type, population2022,
                urbanPopulation2022, centre, centreSettlementCode, centreName, newBoundary);
    }
}
