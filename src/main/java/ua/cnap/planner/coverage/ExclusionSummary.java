package ua.cnap.planner.coverage;

import java.util.List;

/**
 * What the territory exclusions and closures of a request took out of a coverage result.
 *
 * @param source                where the exclusions came from ("Order 376 …, as of 2025-11-23"), null
 *                              when nothing was excluded
 * @param excludedPopulation    population of the area's settlements left out of demand
 * @param excludedSettlements   how many settlements that is
 * @param excludedHromadas      hromadas of the area that are excluded as a whole
 * @param excludedHromadaCodes  their codes, sorted
 * @param closedAccessPoints    access points counted as closed: named in the request's closures or
 *                              standing in an excluded hromada
 * @param closedAccessPointIds  their ids, sorted
 */
public record ExclusionSummary(
        String source,
        long excludedPopulation,
        int excludedSettlements,
        int excludedHromadas,
        List<String> excludedHromadaCodes,
        int closedAccessPoints,
        List<String> closedAccessPointIds) {

    public static final ExclusionSummary NONE = new ExclusionSummary(null, 0, 0, 0, List.of(), 0, List.of());

    public ExclusionSummary {
        excludedHromadaCodes = List.copyOf(excludedHromadaCodes);
        closedAccessPointIds = List.copyOf(closedAccessPointIds);
    }
}
