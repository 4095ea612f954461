package ua.cnap.planner.layers;

import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.coverage.ServiceRequirement;

/**
 * What the map shows: an oblast or the country, under an access standard, with a register, for a service.
 *
 * @param oblast   KATOTTG code or name of an oblast, or {@code all} for the country
 * @param standard the access standard
 * @param register register id or name; null for the current register(s)
 * @param exclusionChoice whether the Order 376 territories are left out (default: yes, as of today)
 * @param requirement the service (and step-free access) a point must offer to count; default any point
 */
public record MapArea(String oblast, AccessStandard standard, String register, ExclusionChoice exclusionChoice,
        ServiceRequirement requirement) {

    public MapArea {
        if (oblast == null || oblast.isBlank()) {
            throw new IllegalArgumentException("oblast is required (a KATOTTG code, a name, or all)");
        }
        if (standard == null) {
            throw new IllegalArgumentException("standard is required");
        }
        exclusionChoice = exclusionChoice == null ? ExclusionChoice.DEFAULT : exclusionChoice;
        requirement = requirement == null ? ServiceRequirement.ANY : requirement;
    }

    public MapArea(String oblast, AccessStandard standard, String register, ExclusionChoice exclusionChoice) {
        this(oblast, standard, register, exclusionChoice, ServiceRequirement.ANY);
    }

    public MapArea(String oblast, AccessStandard standard, String register) {
        this(oblast, standard, register, ExclusionChoice.DEFAULT);
    }

    public CoverageRequest request() {
        return new CoverageRequest(oblast, standard, register).withExclusionChoice(exclusionChoice)
                .withRequirement(requirement);
    }
}
