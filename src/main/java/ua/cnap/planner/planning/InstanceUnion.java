package ua.cnap.planner.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.ExclusionSummary;
import ua.cnap.planner.planning.PlanningService.Prepared;

/**
 * Several oblasts' instances as one, with one budget: the solver then spends the money where it newly
 * covers the most people, whichever oblast that is. Nothing else changes: demand points, candidates
 * and hromadas of disjoint oblasts simply add up (their ids are settlement and KATOTTG codes, unique
 * across the country), so {@link PlanEvaluator}, {@link ExactReference} and {@link ExpansionSolver}
 * treat the union exactly like one oblast.
 *
 * <p>A candidate covers only demand points of its own oblast, as in a single-oblast plan: people
 * just across an oblast border are not counted as newly covered by it (an underestimate at borders).
 */
public final class InstanceUnion {

    private InstanceUnion() {
    }

    /** The union of prepared oblasts under one budget; all must share standard, rules, costs and horizon. */
    public static Prepared of(String name, long budgetUah, List<Prepared> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a union needs at least one oblast");
        }
        PlanningInstance first = parts.get(0).instance();
        CoverageResult firstCoverage = parts.get(0).coverage();
        List<PlanningInstance.Demand> demand = new ArrayList<>();
        Set<String> coveredByExisting = new HashSet<>();
        List<PlanningInstance.Candidate> candidates = new ArrayList<>();
        Set<String> hromadaCodes = new HashSet<>();
        Set<String> withMainOffice = new HashSet<>();
        Set<String> demandIds = new HashSet<>();
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ExclusionSummary exclusions = null;
        for (Prepared part : parts) {
            PlanningInstance instance = part.instance();
            if (instance.horizonYears() != first.horizonYears() || !instance.kinds().equals(first.kinds())
                    || !instance.rules().equals(first.rules())
                    || !part.coverage().accessibility().standard().equals(firstCoverage.accessibility().standard())) {
                throw new IllegalArgumentException("oblasts of one budget pool must share the standard, rules, "
                        + "costs and horizon; " + part.areaName() + " differs from " + parts.get(0).areaName());
            }
            for (PlanningInstance.Demand d : instance.demand()) {
                if (!demandIds.add(d.id())) {
                    throw new IllegalArgumentException("settlement " + d.id() + " is in two oblasts of the pool: "
                            + "is an oblast listed twice?");
                }
                demand.add(d);
            }
            coveredByExisting.addAll(instance.coveredByExisting());
            candidates.addAll(instance.candidates());
            hromadaCodes.addAll(instance.hromadaCodes());
            withMainOffice.addAll(instance.hromadasWithMainOffice());
            codes.add(part.areaCode());
            names.add(part.areaName());
            exclusions = exclusions == null ? part.exclusions() : exclusions.plus(part.exclusions());
        }
        PlanningInstance union = new PlanningInstance(name, budgetUah, first.horizonYears(), demand, coveredByExisting,
                candidates, hromadaCodes, withMainOffice, first.kinds(), first.rules(), first.kindLimits());
        return new Prepared(union, firstCoverage, String.join(",", codes), String.join(" + ", names), exclusions);
    }
}
