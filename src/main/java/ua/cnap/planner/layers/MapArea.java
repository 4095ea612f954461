package ua.cnap.planner.layers;

import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageRequest;

/**
 * What the map shows: an oblast or the country, under an access standard, with a register.
 *
 * @param oblast   KATOTTG code or name of an oblast, or {@code all} for the country
 * @param standard the access standard
 * @param register register id or name; null for the current register(s)
 */
public record MapArea(String oblast, AccessStandard standard, String register) {

    public MapArea {
        if (oblast == null || oblast.isBlank()) {
            throw new IllegalArgumentException("oblast is required (a KATOTTG code, a name, or all)");
        }
        if (standard == null) {
            throw new IllegalArgumentException("standard is required");
        }
    }

    public CoverageRequest request() {
        return new CoverageRequest(oblast, standard, register);
    }
}
