package ua.cnap.planner.population;

/**
 * Which rule gave a settlement its population. Every settlement records one, so that a user can
 * tell an official figure from a modelled share. The rules are applied by
 * {@link CensusWeightedSpreader}, whose javadoc gives the order; inside every hromada the figures
 * add up to its official 2022 total. Stored as text (the names of the constants).
 */
public enum PopulationRule {
    /**
     * The official 1 Jan 2022 figure of a city or urban-type settlement (Ukrstat table 5), kept as
     * it is. The table has no codes: the figure was tied to a KATOTTG settlement by name within its
     * 2022 raion.
     */
    OFFICIAL_URBAN_FIGURE,
    /**
     * An official figure scaled so that its hromada adds up: down when the hromada's official city
     * and town figures exceed its total, up when every settlement of the hromada has one and some
     * of the total is left.
     */
    OFFICIAL_URBAN_FIGURE_SCALED,
    /**
     * A share of what the official figures leave of the hromada total, in proportion to the
     * settlement's OpenStreetMap population figure (found by KATOTTG code; mostly census-based).
     */
    OSM_FIGURE_WEIGHTED,
    /**
     * As {@link #OSM_FIGURE_WEIGHTED}, weighted by the GeoNames population figure: for a settlement
     * the OSM table gives no figure for, or that has no KATOTTG code to look it up by.
     */
    GEONAMES_WEIGHTED,
    /**
     * A settlement without any figure, weighted like the median settlement of its hromada (the lower
     * median of the known positive figures of the hromada's settlements without an official figure).
     */
    NO_FIGURE_MEDIAN_WEIGHT,
    /**
     * The hromada's administrative centre without any figure, weighted like the largest known
     * figure among its hromada's settlements without an official figure: a centre is nearly always
     * its hromada's largest place, never its smallest hamlet.
     */
    NO_FIGURE_CENTRE_LARGEST_WEIGHT,
    /**
     * No settlement sharing the hromada's remainder has a known positive figure: the remainder is
     * split equally among those without a figure (or among all of them when all are known to be 0).
     */
    EQUAL_SHARE_OF_REMAINDER,
    /** A hromada with no settlement in the data: its administrative centre stands for all of it. */
    HROMADA_CENTRE_ONLY
}
