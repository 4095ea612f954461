package ua.cnap.planner.coverage;

import java.util.Set;

/**
 * Territories left out of a coverage computation (occupied territories and areas of hostilities,
 * Order 376): a settlement is excluded when its own KATOTTG code or its hromada's code is listed.
 *
 * @param katottgCodes hromada or settlement codes, {@code UA} + 17 digits
 * @param source       where the list came from, for reports ("Order 376 of 07.05.2025", "by hand")
 */
public record TerritoryExclusions(Set<String> katottgCodes, String source) {

    public static final TerritoryExclusions NONE = new TerritoryExclusions(Set.of(), null);

    public TerritoryExclusions {
        katottgCodes = katottgCodes == null ? Set.of() : Set.copyOf(katottgCodes);
    }

    public boolean isEmpty() {
        return katottgCodes.isEmpty();
    }

    public boolean excludes(String settlementCode, String hromadaCode) {
        return (settlementCode != null && katottgCodes.contains(settlementCode))
                || (hromadaCode != null && katottgCodes.contains(hromadaCode));
    }
}
