package ua.cnap.planner.territory;

/**
 * A populated place of the KATOTTG codifier (the fourth level).
 *
 * @param code        KATOTTG code of the settlement
 * @param hromadaCode KATOTTG code of the hromada it belongs to
 * @param category    codifier category letter (Latin): {@link #CITY}, {@link #SELYSHCHE} or {@link #VILLAGE}
 * @param name        Ukrainian name, stripped
 */
public record CodifierSettlement(String code, String hromadaCode, String category, String name) {

    /** Місто. */
    public static final String CITY = "M";
    /** Селище (urban-type and rural settlements since 2024). */
    public static final String SELYSHCHE = "X";
    /** Село. */
    public static final String VILLAGE = "C";
}
