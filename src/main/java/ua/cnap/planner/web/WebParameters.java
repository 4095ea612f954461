package ua.cnap.planner.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.NetworkChanges;
import ua.cnap.planner.io.BadInputException;

/** Query parameters shared by the coverage and export endpoints. */
final class WebParameters {

    private WebParameters() {
    }

    static AccessStandard.Rule rule(String rule) {
        if (rule == null || rule.isBlank()) {
            return null;
        }
        try {
            return AccessStandard.Rule.valueOf(rule.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("rule", rule, "use either or both");
        }
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

    static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return java.time.LocalDate.now();
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInputException("asOf", text, "not a date: use YYYY-MM-DD");
        }
    }
}
