package ua.cnap.planner.coverage;

import java.util.List;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * An area of uncovered settlements ("біла пляма").
 *
 * @param id              {@code white-spot:<n>}, numbered from 1 by falling population (ties: first settlement id)
 * @param area            union of a disc around each settlement, WGS84
 * @param population      population of its settlements
 * @param settlementCount number of settlements
 * @param settlementIds   their ids, sorted
 * @param oblastCode      the oblast holding most of its population (ties: lower code), null if unknown
 */
public record WhiteSpot(
        String id,
        MultiPolygon area,
        long population,
        int settlementCount,
        List<String> settlementIds,
        String oblastCode) {

    public WhiteSpot {
        settlementIds = List.copyOf(settlementIds);
    }
}
