package ua.cnap.planner.territory;

/**
 * A populated place of the KATOTTG codifier (the fourth level).
 *
 * @param code        KATOTTG code of the settlement
 * @param hromadaCode KATOTTG code of the hromada it belongs to
 * @param category    codifier category letter (Latin): {@link #CITY}, {@link #SELYSHCHE} or {@link #VILLAGE};
 *                    {@link #SPECIAL_STATUS_CITY} for Kyiv where it is taken as a settlement of its own hromada
 * @param name        Ukrainian name, stripped
 */
public record CodifierSettlement(String code, String hromadaCode, String category, String name) {

    /** Місто. */
    public static final String CITY = "M";
    /** Селище (urban-type and rural settlements since 2024). */
    public static final String SELYSHCHE = "X";
    /** Село. */
    public static final String VILLAGE = "C";
    /** Місто зі спеціальним статусом (Kyiv, Sevastopol), at oblast level in the codifier. */
    public static final String SPECIAL_STATUS_CITY = "K";
}
