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
 * @param exclusions territories left out given by hand (their settlements are not demand); when
 *                 empty, {@code exclusionChoice} decides
 * @param exclusionChoice whether the Order 376 territories are left out and as of when;
 *                 {@link ExclusionChoice#DEFAULT} (left out as of today) unless a request says otherwise
 */
public record CoverageRequest(String oblast, AccessStandard standard, String register, NetworkChanges changes,
        TerritoryExclusions exclusions, ExclusionChoice exclusionChoice) {

    public static final String ALL = "all";

    public CoverageRequest {
        changes = changes == null ? NetworkChanges.NONE : changes;
        exclusions = exclusions == null ? TerritoryExclusions.NONE : exclusions;
        exclusionChoice = exclusionChoice == null ? ExclusionChoice.DEFAULT : exclusionChoice;
    }

    public CoverageRequest(String oblast, AccessStandard standard, String register, NetworkChanges changes,
            TerritoryExclusions exclusions) {
        this(oblast, standard, register, changes, exclusions, ExclusionChoice.DEFAULT);
    }

    public CoverageRequest(String oblast, AccessStandard standard, String register) {
        this(oblast, standard, register, NetworkChanges.NONE, TerritoryExclusions.NONE, ExclusionChoice.DEFAULT);
    }

    public CoverageRequest withChanges(NetworkChanges newChanges) {
        return new CoverageRequest(oblast, standard, register, newChanges, exclusions, exclusionChoice);
    }

    public CoverageRequest withExclusions(TerritoryExclusions newExclusions) {
        return new CoverageRequest(oblast, standard, register, changes, newExclusions, exclusionChoice);
    }

    public CoverageRequest withExclusionChoice(ExclusionChoice newChoice) {
        return new CoverageRequest(oblast, standard, register, changes, exclusions, newChoice);
    }

    public boolean isCountry() {
        return ALL.equalsIgnoreCase(oblast.strip());
    }
}
