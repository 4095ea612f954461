package ua.cnap.planner.population;

/**
 * Where a settlement's position comes from. Settlements are those of the KATOTTG codifier, which has
 * no coordinates; {@link KatottgSettlementBuilder} finds each one a point in this order, and every
 * settlement records which rule gave its point, so that a position that is only a stand-in can be
 * told from a measured one.
 */
public enum PointSource {
    /**
     * The hromada's administrative centre, found by its KATOTTG code in the hromada table
     * ({@code hromada_center_code}), at the table's {@code lat_center}/{@code lon_center}.
     */
    HROMADA_CENTRE,
    /** A GeoNames place in the settlement's hromada whose name or one of its alternate names is the official name. */
    GEONAMES_NAME,
    /**
     * A GeoNames place in the hromada named by one of the settlement's former names (OpenStreetMap
     * {@code old_name}, e.g. "Дніпродзержинськ" for Кам’янське, "Новомосковськ" for Самар).
     */
    GEONAMES_FORMER_NAME,
    /**
     * A GeoNames place in the hromada whose name, spelt in Latin letters, is the official or a former
     * name spelt the same way: catches Russian forms ("Бердянск", "Марганец") and other
     * transliterations ("Kamyanske" for Кам’янське).
     */
    GEONAMES_TRANSLITERATED_NAME,
    /**
     * A GeoNames place in the hromada with the same consonants in that Latin spelling
     * ("Tsykov" for Циків, "Khvatuv" for Хватів: Russian and Polish forms of western villages), where
     * this pairs exactly one unmatched settlement with exactly one unmatched place of the hromada.
     */
    GEONAMES_SIMILAR_NAME,
    /**
     * A GeoNames place of the settlement's official, other or transliterated name that lies outside its
     * hromada, within {@link KatottgSettlementBuilder#NEARBY_METERS} of its polygon, and that no
     * settlement of the hromada it lies in took (points of boundary villages on the wrong side).
     */
    GEONAMES_NAME_NEARBY,
    /**
     * No point found: an interior point of the hromada's polygon (JTS {@code getInteriorPoint}, a
     * point surely inside it), shared by every such settlement of the hromada.
     */
    FALLBACK_HROMADA_INTERIOR,
    /** No point found and the hromada has no polygon: the hromada centre. */
    FALLBACK_HROMADA_CENTRE;

    /** True when the position is a stand-in, not the settlement's own point. */
    public boolean isFallback() {
        return this == FALLBACK_HROMADA_INTERIOR || this == FALLBACK_HROMADA_CENTRE;
    }
}
