package ua.cnap.planner.planning;

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
}
