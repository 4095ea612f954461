package ua.cnap.planner.coverage;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ua.cnap.planner.population.Settlement;

/**
 * Territories left out of a coverage computation (occupied territories and areas of hostilities,
 * Order 376): a settlement is excluded when its own KATOTTG code or its hromada's code is listed, or
 * its id is. Access points standing in an excluded hromada count as closed.
 *
 * @param katottgCodes  hromada or settlement codes, {@code UA} + 17 digits (raion and oblast entries
 *                      are expanded to their hromadas, and a hromada all of whose settlements are
 *                      listed is added whole, by whoever builds this)
 * @param source        where the list came from, for reports ("Order 376 of 07.05.2025", "by hand")
 * @param settlementIds settlements without a KATOTTG code of their own that a list names (the
 *                      documented fallback: matched by name inside a listed settlement's hromada)
 * @param basis         what the exclusions rest on: the choice, the list's edition, categories, date
 * @param hromadasListedBySettlements hromada codes in {@code katottgCodes} only because every
 *                      settlement of the hromada is listed, sorted
 */
public record TerritoryExclusions(Set<String> katottgCodes, String source, Set<String> settlementIds,
        ExclusionBasis basis, List<String> hromadasListedBySettlements) {

    public static final TerritoryExclusions NONE = new TerritoryExclusions(Set.of(), null);

    public TerritoryExclusions {
        katottgCodes = katottgCodes == null ? Set.of() : Set.copyOf(katottgCodes);
        settlementIds = settlementIds == null ? Set.of() : Set.copyOf(settlementIds);
        basis = basis == null ? ExclusionBasis.BY_HAND : basis;
        hromadasListedBySettlements = hromadasListedBySettlements == null ? List.of()
                : List.copyOf(new TreeSet<>(hromadasListedBySettlements));
    }

    public TerritoryExclusions(Set<String> katottgCodes, String source, Set<String> settlementIds) {
        this(katottgCodes, source, settlementIds, ExclusionBasis.BY_HAND, List.of());
    }

    public TerritoryExclusions(Set<String> katottgCodes, String source) {
        this(katottgCodes, source, Set.of());
    }

    /** Nothing left out, for the reason the basis gives (no list, included on request). */
    public static TerritoryExclusions none(ExclusionBasis basis) {
        return new TerritoryExclusions(Set.of(), null, Set.of(), basis, List.of());
    }

    public boolean isEmpty() {
        return katottgCodes.isEmpty() && settlementIds.isEmpty();
    }

    public boolean excludes(String settlementCode, String hromadaCode) {
        return (settlementCode != null && katottgCodes.contains(settlementCode))
                || (hromadaCode != null && katottgCodes.contains(hromadaCode));
    }

    public boolean excludes(Settlement settlement) {
        return settlementIds.contains(settlement.id()) || excludes(settlement.katottgCode(), settlement.hromadaCode());
    }

    /** A whole hromada is listed. */
    public boolean excludesHromada(String hromadaCode) {
        return hromadaCode != null && katottgCodes.contains(hromadaCode);
    }
}
