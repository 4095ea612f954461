package ua.cnap.planner.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.NetworkChanges;
import ua.cnap.planner.io.BadInputException;

/** Query parameters shared by the coverage and export endpoints. */
final class WebParameters {

    private WebParameters() {
    }

    static AccessStandard.Rule rule(String rule) {
        return AccessStandard.Rule.parse(rule, "rule");
    }

    static NetworkChanges closures(List<String> closed) {
        if (closed == null || closed.isEmpty()) {
            return NetworkChanges.NONE;
        }
        Set<String> ids = new LinkedHashSet<>();
        closed.forEach(c -> {
            for (String id : c.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        });
        return new NetworkChanges(List.of(), Set.of(), ids);
    }

    /**
     * {@code excludeOccupied} (default true: the Order 376 territories are left out) and {@code asOf}
     * (default today), parsed as everywhere by {@link ua.cnap.planner.coverage.ExclusionChoice#parse}.
     */
    static ua.cnap.planner.coverage.ExclusionChoice exclusionChoice(Boolean excludeOccupied, String asOf) {
        return ua.cnap.planner.coverage.ExclusionChoice.parse(excludeOccupied, asOf, "request", "excludeOccupied",
                "asOf");
    }
}
