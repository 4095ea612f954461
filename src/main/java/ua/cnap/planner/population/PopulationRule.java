package ua.cnap.planner.population;

/**
 * Which rule gave a settlement its population estimate. Every settlement records one, so that a
 * user can tell an official figure from a modelled one. The rules are applied by
 * {@link PopulationSpreader}; its javadoc gives the order.
 */
public enum PopulationRule {
    /** The official 2022 figure of a city or urban-type settlement (Ukrstat table 5), matched by name. */
    OFFICIAL_URBAN_FIGURE,
    /**
     * An official figure scaled so that the hromada adds up: down when the matched official figures
     * exceed the hromada total, up when no other settlement point is there to hold the rest.
     */
    OFFICIAL_URBAN_FIGURE_SCALED,
    /** A share of the hromada's remaining population, weighted by the settlement's GeoNames figure. */
    GEONAMES_WEIGHTED,
    /**
     * A settlement with no figure anywhere: an equal share, each counted as large as the smallest
     * GeoNames figure among its hromada's other unmatched settlements (or all equal when none has one).
     */
    EQUAL_SHARE_OF_REMAINDER,
    /** A hromada with no settlement point: its administrative centre stands for all of it. */
    HROMADA_CENTRE_ONLY
}
