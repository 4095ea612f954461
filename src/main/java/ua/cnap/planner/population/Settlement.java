package ua.cnap.planner.population;

import org.locationtech.jts.geom.Point;

/**
 * A populated place, the unit of demand.
 *
 * @param id             stable id: {@code katottg:<settlement code>}; {@code centre:<hromada code>} for
 *                       the stand-in of a hromada without any codifier settlement
 * @param katottgCode    KATOTTG code of the settlement where known, else null
 * @param nameUk         official Ukrainian name (KATOTTG codifier)
 * @param nameEn         Latin name (national transliteration of the official name), may be null
 * @param point          location, WGS84 lon/lat
 * @param hromadaCode    KATOTTG code of the hromada it lies in
 * @param sourcePopulation the population figure of the GeoNames place matched to it, 0 when none
 * @param population     estimated population; within a hromada these add up to its official total
 * @param populationRule the rule that gave {@code population}
 * @param pointSource    the rule that gave {@code point} (null where a caller does not say, e.g. fixtures)
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
        PopulationRule populationRule,
        PointSource pointSource) {

    /** A settlement whose point source is not said (null). */
    public Settlement(String id, String katottgCode, String nameUk, String nameEn, Point point, String hromadaCode,
            long sourcePopulation, long population, PopulationRule populationRule) {
        this(id, katottgCode, nameUk, nameEn, point, hromadaCode, sourcePopulation, population, populationRule,
                null);
    }

    public Settlement withPopulation(long newPopulation, PopulationRule rule) {
        return new Settlement(id, katottgCode, nameUk, nameEn, point, hromadaCode, sourcePopulation,
                newPopulation, rule, pointSource);
    }
}
