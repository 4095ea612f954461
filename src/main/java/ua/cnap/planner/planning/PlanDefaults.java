package ua.cnap.planner.planning;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;

/**
 * The configured planning assumptions a request starts from.
 *
 * @param kinds        cost and capacity per kind
 * @param horizonYears years of running costs counted against a budget
 */
public record PlanDefaults(Map<AccessPointKind, KindAssumptions> kinds, int horizonYears) {

    public PlanDefaults {
        kinds = Map.copyOf(kinds);
    }

    /**
     * The configured kinds limited to those named (e.g. only remote workplaces); null or empty: all.
     *
     * @throws IllegalArgumentException for a name that is no kind or has no cost assumptions
     */
    public Map<AccessPointKind, KindAssumptions> kindsAllowed(List<String> names) {
        if (names == null || names.isEmpty()) {
            return kinds;
        }
        Map<AccessPointKind, KindAssumptions> allowed = new EnumMap<>(AccessPointKind.class);
        for (String name : names) {
            AccessPointKind kind = AccessPointKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
            KindAssumptions assumptions = kinds.get(kind);
            if (assumptions == null) {
                throw new IllegalArgumentException("no cost assumptions for " + kind + "; plans may open "
                        + kinds.keySet());
            }
            allowed.put(kind, assumptions);
        }
        return allowed;
    }
}
