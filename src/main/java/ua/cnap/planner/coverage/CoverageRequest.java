package ua.cnap.planner.coverage;

/**
 * What a planner asks for.
 *
 * @param oblast   KATOTTG code, Ukrainian name ("Чернівецька", "Чернівецька область"), Latin name
 *                 ("Chernivetska"), or {@code all} for the country
 * @param standard the access standard
 * @param register register id or name; null for the current register(s) of the oblast (all current
 *                 registers for the country)
 * @param changes  what-if changes and closures applied to those registers' access points
 * @param exclusions territories left out (their settlements are not demand)
 */
public record CoverageRequest(String oblast, AccessStandard standard, String register, NetworkChanges changes,
        TerritoryExclusions exclusions) {

    public static final String ALL = "all";

    public CoverageRequest {
        changes = changes == null ? NetworkChanges.NONE : changes;
        exclusions = exclusions == null ? TerritoryExclusions.NONE : exclusions;
    }

    public CoverageRequest(String oblast, AccessStandard standard, String register) {
        this(oblast, standard, register, NetworkChanges.NONE, TerritoryExclusions.NONE);
    }

    public CoverageRequest withChanges(NetworkChanges newChanges) {
        return new CoverageRequest(oblast, standard, register, newChanges, exclusions);
    }

    public CoverageRequest withExclusions(TerritoryExclusions newExclusions) {
        return new CoverageRequest(oblast, standard, register, changes, newExclusions);
    }

    public boolean isCountry() {
        return ALL.equalsIgnoreCase(oblast.strip());
    }
}
