package ua.cnap.planner.population;

/**
 * How far a settlement's final population lies from the figure it was weighted by: where the
 * census-based weights (OSM, GeoNames) and the official 2022 hromada totals disagree.
 *
 * @param settlementId     the settlement's id
 * @param katottgCode      its KATOTTG code, or null
 * @param nameUk           its name
 * @param hromadaCode      its hromada
 * @param hromadaNameUk    the hromada's name
 * @param rule             the rule that gave the final figure
 * @param sourcePopulation the figure of the source the rule names (official, OSM or GeoNames)
 * @param population       the final figure (within the hromada, the figures add up to its total)
 * @param factor           population / sourcePopulation, rounded to 3 decimals; null when the source
 *                         figure is 0
 */
public record PopulationCorrection(
        String settlementId,
        String katottgCode,
        String nameUk,
        String hromadaCode,
        String hromadaNameUk,
        PopulationRule rule,
        long sourcePopulation,
        long population,
        Double factor) {

    /** final − source: positive when the official total lifts the settlement above its source figure. */
    public long difference() {
        return population - sourcePopulation;
    }
}
