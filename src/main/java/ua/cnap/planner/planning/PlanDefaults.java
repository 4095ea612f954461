package ua.cnap.planner.planning;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;

/**
 * The configured planning assumptions a request starts from.
 *
 * @param kinds        cost and capacity per kind of new access point
 * @param horizonYears years of running costs counted against a budget
 * @param equipment    cost and capacity of the equipment a plan may give to existing offices
 */
public record PlanDefaults(Map<AccessPointKind, KindAssumptions> kinds, int horizonYears,
        Map<AccessPointKind, KindAssumptions> equipment) {

    public PlanDefaults {
        kinds = Map.copyOf(kinds);
        equipment = Map.copyOf(equipment);
    }

    /** With the documented equipment defaults. */
    public PlanDefaults(Map<AccessPointKind, KindAssumptions> kinds, int horizonYears) {
        this(kinds, horizonYears, CostAssumptions.equipmentDefaults());
    }

    /**
     * The kinds a plan may propose: with no equipment asked, the new access points {@code allowed}
     * (see {@link #kindsAllowed}); with equipment asked, the equipment asked for, and new access
     * points only when a budget was given beside it ({@code withOffices}).
     */
    public Map<AccessPointKind, KindAssumptions> kindsFor(Equipment asked, List<String> allowed, boolean withOffices) {
        if (!asked.isAsked()) {
            return kindsAllowed(allowed);
        }
        Map<AccessPointKind, KindAssumptions> kindsFor = new EnumMap<>(AccessPointKind.class);
        if (withOffices) {
            kindsFor.putAll(kindsAllowed(allowed));
        }
        asked.limits().keySet().forEach(kind -> kindsFor.put(kind, equipment.get(kind)));
        return kindsFor;
    }

    /**
     * A request made for a service, with the equipment asked: the kinds it may propose
     * ({@link #kindsFor}) and, without a budget, the cost of the equipment asked as its budget. The one
     * place the CLI, the web API and scenario files turn these options into a request.
     *
     * @param request   the request as built from the other options (its budget is replaced)
     * @param budgetUah the budget asked, or null
     * @param allowed   kinds of new access point allowed (null: all configured)
     */
    public PlanRequest forService(PlanRequest request, ServiceRequirement service, Equipment equipment,
            List<String> allowed, Long budgetUah) {
        if (budgetUah == null && !equipment.isAsked()) {
            throw new BadInputException("plan", "budgetUah", "give a budget, passport stations or mobile cases");
        }
        long budget = budgetUah != null ? budgetUah : budgetForEquipmentUah(equipment, request.horizonYears());
        return request.forService(service, equipment, kindsFor(equipment, allowed, budgetUah != null), budget);
    }

    /**
     * The budget of equipment asked without one: what the counts asked cost over the horizon, so that
     * the counts, not the money, limit the plan.
     */
    public long budgetForEquipmentUah(Equipment asked, int horizonYears) {
        long total = 0;
        for (Map.Entry<AccessPointKind, Integer> e : asked.limits().entrySet()) {
            KindAssumptions a = equipment.get(e.getKey());
            total += (a.oneOffCostUah() + a.yearlyCostUah() * horizonYears) * e.getValue();
        }
        return total;
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
