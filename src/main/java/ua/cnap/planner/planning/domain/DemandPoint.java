package ua.cnap.planner.planning.domain;

/**
 * A settlement as the solver sees it (problem fact).
 *
 * @param index                 position in the plan's demand list (candidates refer to it)
 * @param id                    settlement id
 * @param population            residents
 * @param coveredByExisting     the existing network already covers it
 * @param baselineTravelSeconds time to the nearest existing access point, capped at the search limit
 */
public record DemandPoint(int index, String id, long population, boolean coveredByExisting,
        double baselineTravelSeconds) {
}
