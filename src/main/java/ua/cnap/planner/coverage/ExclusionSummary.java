package ua.cnap.planner.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * What the territory exclusions and closures of a request took out of a coverage result, and what
 * they rest on (every coverage, plan, route and scenario result carries one).
 *
 * @param source                where the exclusions came from ("Order 376 …, as of 2025-11-23"), null
 *                              when nothing was excluded
 * @param excludedPopulation    population of the area's settlements left out of demand, plus the
 *                              official population of excluded whole hromadas that have no settlement
 *                              in the store
 * @param excludedSettlements   how many settlements that is
 * @param excludedHromadas      hromadas of the area that are excluded as a whole
 * @param excludedHromadaCodes  their codes, sorted
 * @param closedAccessPoints    access points counted as closed: named in the request's closures or
 *                              standing in an excluded hromada
 * @param closedAccessPointIds  their ids, sorted
 * @param excludeOccupied       true: the Order 376 territories were to be left out (the default);
 *                              false: included on request; null: exclusions given by hand
 * @param listAvailable         an Order 376 list was imported
 * @param edition               the list's edition ("Наказ Мінрегіону № 376, редакція 07.05.2025")
 * @param categories            the list's sections used (OCCUPIED, ACTIVE_HOSTILITIES)
 * @param asOf                  the date the list was read on
 * @param note                  why nothing was left out, when that is so (no list, included on request)
 * @param settlementsMatchedByName excluded settlements without a KATOTTG code of their own, matched by
 *                              name in a listed settlement's hromada (the fallback)
 * @param hromadasListedBySettlements hromada codes of the area counted whole because every settlement
 *                              of the hromada is listed, sorted
 */
public record ExclusionSummary(
        String source,
        long excludedPopulation,
        int excludedSettlements,
        int excludedHromadas,
        List<String> excludedHromadaCodes,
        int closedAccessPoints,
        List<String> closedAccessPointIds,
        Boolean excludeOccupied,
        boolean listAvailable,
        String edition,
        List<String> categories,
        LocalDate asOf,
        String note,
        int settlementsMatchedByName,
        List<String> hromadasListedBySettlements) {

    public static final ExclusionSummary NONE = new ExclusionSummary(null, 0, 0, 0, List.of(), 0, List.of());

    public ExclusionSummary {
        excludedHromadaCodes = List.copyOf(excludedHromadaCodes);
        closedAccessPointIds = List.copyOf(closedAccessPointIds);
        categories = categories == null ? List.of() : List.copyOf(categories);
        hromadasListedBySettlements = hromadasListedBySettlements == null ? List.of()
                : List.copyOf(hromadasListedBySettlements);
    }

    public ExclusionSummary(String source, long excludedPopulation, int excludedSettlements, int excludedHromadas,
            List<String> excludedHromadaCodes, int closedAccessPoints, List<String> closedAccessPointIds) {
        this(source, excludedPopulation, excludedSettlements, excludedHromadas, excludedHromadaCodes,
                closedAccessPoints, closedAccessPointIds, null, false, null, List.of(), null, null, 0, List.of());
    }

    /** The figures with what they rest on. */
    static ExclusionSummary of(String source, long excludedPopulation, int excludedSettlements,
            List<String> excludedHromadaCodes, List<String> closedAccessPointIds, ExclusionBasis basis,
            int settlementsMatchedByName, List<String> hromadasListedBySettlements) {
        return new ExclusionSummary(source, excludedPopulation, excludedSettlements, excludedHromadaCodes.size(),
                excludedHromadaCodes, closedAccessPointIds.size(), closedAccessPointIds, basis.excludeOccupied(),
                basis.listAvailable(), basis.edition(), basis.categories(), basis.asOf(), basis.note(),
                settlementsMatchedByName, hromadasListedBySettlements);
    }

    /**
     * What two areas' exclusions took out together (a plan over several oblasts): figures summed, codes
     * and ids joined; what they rest on (list, edition, date) is this one's, the same for every area of
     * one request.
     */
    public ExclusionSummary plus(ExclusionSummary other) {
        java.util.TreeSet<String> hromadaCodes = new java.util.TreeSet<>(excludedHromadaCodes);
        hromadaCodes.addAll(other.excludedHromadaCodes);
        java.util.TreeSet<String> closedIds = new java.util.TreeSet<>(closedAccessPointIds);
        closedIds.addAll(other.closedAccessPointIds);
        java.util.TreeSet<String> listedBySettlements = new java.util.TreeSet<>(hromadasListedBySettlements);
        listedBySettlements.addAll(other.hromadasListedBySettlements);
        return new ExclusionSummary(source != null ? source : other.source,
                excludedPopulation + other.excludedPopulation, excludedSettlements + other.excludedSettlements,
                hromadaCodes.size(), List.copyOf(hromadaCodes), closedIds.size(), List.copyOf(closedIds),
                excludeOccupied, listAvailable, edition, categories, asOf, note,
                settlementsMatchedByName + other.settlementsMatchedByName, List.copyOf(listedBySettlements));
    }
}
