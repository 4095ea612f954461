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
 * @param requirement what an access point must offer to count ({@link ServiceRequirement#ANY}: any point)
 */
public record CoverageRequest(String oblast, AccessStandard standard, String register, NetworkChanges changes,
        TerritoryExclusions exclusions, ExclusionChoice exclusionChoice, ServiceRequirement requirement) {

    public static final String ALL = "all";

    public CoverageRequest {
        changes = changes == null ? NetworkChanges.NONE : changes;
        exclusions = exclusions == null ? TerritoryExclusions.NONE : exclusions;
        exclusionChoice = exclusionChoice == null ? ExclusionChoice.DEFAULT : exclusionChoice;
        requirement = requirement == null ? ServiceRequirement.ANY : requirement;
    }

    public CoverageRequest(String oblast, AccessStandard standard, String register, NetworkChanges changes,
            TerritoryExclusions exclusions, ExclusionChoice exclusionChoice) {
        this(oblast, standard, register, changes, exclusions, exclusionChoice, ServiceRequirement.ANY);
    }

    public CoverageRequest(String oblast, AccessStandard standard, String register, NetworkChanges changes,
            TerritoryExclusions exclusions) {
        this(oblast, standard, register, changes, exclusions, ExclusionChoice.DEFAULT);
    }

    public CoverageRequest(String oblast, AccessStandard standard, String register) {
        this(oblast, standard, register, NetworkChanges.NONE, TerritoryExclusions.NONE, ExclusionChoice.DEFAULT);
    }

    public CoverageRequest withChanges(NetworkChanges newChanges) {
        return new CoverageRequest(oblast, standard, register, newChanges, exclusions, exclusionChoice, requirement);
    }

    public CoverageRequest withExclusions(TerritoryExclusions newExclusions) {
        return new CoverageRequest(oblast, standard, register, changes, newExclusions, exclusionChoice, requirement);
    }

    public CoverageRequest withExclusionChoice(ExclusionChoice newChoice) {
        return new CoverageRequest(oblast, standard, register, changes, exclusions, newChoice, requirement);
    }

    public CoverageRequest withRequirement(ServiceRequirement newRequirement) {
        return new CoverageRequest(oblast, standard, register, changes, exclusions, exclusionChoice, newRequirement);
    }

    public boolean isCountry() {
        return ALL.equalsIgnoreCase(oblast.strip());
    }
}
