package ua.cnap.planner.population;

import org.locationtech.jts.geom.Point;

/**
 * A populated place, the unit of demand.
 *
 * @param id             stable id: {@code geonames:<id>} or {@code centre:<hromada code>}
 * @param katottgCode    KATOTTG code of the settlement where known, else null
 * @param nameUk         name as the source gives it (GeoNames names mix Ukrainian and Russian forms)
 * @param nameEn         Latin name (GeoNames ascii name), may be null
 * @param point          location, WGS84 lon/lat
 * @param hromadaCode    KATOTTG code of the hromada it lies in
 * @param sourcePopulation the population figure the source gave (GeoNames), 0 when none
 * @param population     estimated population; within a hromada these add up to its official total
 * @param populationRule the rule that gave {@code population}
 */
public record Settlement(
        String id,
        String katottgCode,
        String nameUk,
        String nameEn,
        Point point,
        String hromadaCode,
        long sourcePopulation,
        long population,
        PopulationRule populationRule) {

    public Settlement withPopulation(long newPopulation, PopulationRule rule) {
        return new Settlement(id, katottgCode, nameUk, nameEn, point, hromadaCode, sourcePopulation,
                newPopulation, rule);
    }
}
