package ua.cnap.planner.coverage;

/**
 * What a planner asks for.
 *
 * @param oblast   KATOTTG code, Ukrainian name ("Чернівецька", "Чернівецька область"), Latin name
 *                 ("Chernivetska"), or {@code all} for the country
 * @param standard the access standard
 * @param register register id or name; null for the current register(s) of the oblast (all current
 *                 registers for the country)
 */
public record CoverageRequest(String oblast, AccessStandard standard, String register) {

    public static final String ALL = "all";

    public boolean isCountry() {
        return ALL.equalsIgnoreCase(oblast.strip());
    }
}
