package ua.cnap.planner.planning.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.CapacityRule;
import ua.cnap.planner.planning.domain.ExpansionPlan;
import ua.cnap.planner.planning.domain.Reach;
import ua.cnap.planner.planning.domain.SiteDecision;
import ua.cnap.planner.planning.domain.SiteOption;

/**
 * Who newly covers whom, as arrays: for each site (in plan order) the demand points it would newly
 * cover, for each demand point the sites that would cover it, and each site's cheapest kind. Built once
 * per plan from its facts (which never change while solving), it lets the greedy construction and the
 * coverage moves work out "people gained" and "people lost" in time proportional to one site's reach,
 * whatever the size of the instance.
 */
final class CoverageIndex {

    final List<SiteDecision> sites;
    final Map<SiteDecision, Integer> siteIndex;
    /** Residents of each demand point (plan order). */
    final long[] population;
    /** Per site: the demand points it newly covers (not covered by today's network). */
    final int[][] newlyCovers;
    /** Per demand point: the sites that would newly cover it. */
    final int[][] coveredBy;
    /** Per site: the kind a coverage move opens it as (see {@link #preferredKind}). */
    final AccessPointKind[] preferredKind;
    /** Per site: the cost of that kind, with the soft capacity excess priced in. */
    final long[] preferredCostUah;
    /** Per site: one number per settlement (sites of one settlement share it). */
    final int[] settlementSlot;

    private CoverageIndex(ExpansionPlan plan) {
        sites = plan.getSites();
        siteIndex = new IdentityHashMap<>();
        for (int s = 0; s < sites.size(); s++) {
            siteIndex.put(sites.get(s), s);
        }
        population = plan.getDemand().stream().mapToLong(d -> d.population()).toArray();
        Map<String, Integer> byId = new HashMap<>();
        for (int s = 0; s < sites.size(); s++) {
            byId.put(sites.get(s).getId(), s);
        }
        List<List<Integer>> covers = new ArrayList<>(sites.size());
        sites.forEach(s -> covers.add(new ArrayList<>()));
        int[] coveredByCount = new int[population.length];
        for (Reach reach : plan.getReaches()) {
            Integer s = byId.get(reach.siteId());
            if (s != null && reach.coversNewly()) {
                covers.get(s).add(reach.demand().index());
                coveredByCount[reach.demand().index()]++;
            }
        }
        newlyCovers = new int[sites.size()][];
        coveredBy = new int[population.length][];
        for (int d = 0; d < population.length; d++) {
            coveredBy[d] = new int[coveredByCount[d]];
        }
        int[] filled = new int[population.length];
        for (int s = 0; s < sites.size(); s++) {
            newlyCovers[s] = covers.get(s).stream().mapToInt(Integer::intValue).distinct().toArray();
            for (int d : newlyCovers[s]) {
                coveredBy[d][filled[d]++] = s;
            }
        }
        for (int d = 0; d < population.length; d++) {
            if (filled[d] < coveredBy[d].length) {
                coveredBy[d] = java.util.Arrays.copyOf(coveredBy[d], filled[d]);
            }
        }
        preferredKind = new AccessPointKind[sites.size()];
        preferredCostUah = new long[sites.size()];
        Map<String, Integer> slots = new HashMap<>();
        settlementSlot = new int[sites.size()];
        for (int s = 0; s < sites.size(); s++) {
            SiteDecision site = sites.get(s);
            settlementSlot[s] = slots.computeIfAbsent(site.getSettlementId(), k -> slots.size());
            long load = 0;
            for (int d : newlyCovers[s]) {
                load += population[d];
            }
            SiteOption best = null;
            long bestCost = Long.MAX_VALUE;
            for (SiteOption option : site.getOptions()) {
                long cost = effectiveCostUah(site, option, load);
                if (cost < bestCost) {
                    best = option;
                    bestCost = cost;
                }
            }
            preferredKind[s] = best == null ? null : best.kind();
            preferredCostUah[s] = best == null ? Long.MAX_VALUE : best.costUah();
        }
    }

    static CoverageIndex of(ExpansionPlan plan) {
        return new CoverageIndex(plan);
    }

    /**
     * The cost of opening a site as a kind as the score weighs it: its cost, plus soft capacity excess
     * at the soft price, and a hard capacity excess as prohibitive. The same for every state of the
     * plan, because the capacity rule counts everyone a site newly covers (see the constraint).
     */
    private static long effectiveCostUah(SiteDecision site, SiteOption option, long newlyCoveredLoad) {
        if (site.capacityRule() == CapacityRule.OFF) {
            return option.costUah();
        }
        long excess = Math.max(0, (long) Math.ceil(newlyCoveredLoad * site.visitsPerResidentPerDay()
                - option.capacityVisitsPerDay()));
        return site.capacityRule() == CapacityRule.SOFT
                ? option.costUah() + excess * ExpansionConstraintProvider.SOFT_CAPACITY_UAH_PER_VISIT
                : option.costUah() + excess * 1_000_000_000L;
    }

    int indexOf(SiteDecision site) {
        return siteIndex.get(site);
    }

    /** How many open sites newly cover each demand point, in the plan as it is now. */
    int[] coverCounts() {
        int[] counts = new int[population.length];
        for (int s = 0; s < sites.size(); s++) {
            if (sites.get(s).getKind() != null) {
                for (int d : newlyCovers[s]) {
                    counts[d]++;
                }
            }
        }
        return counts;
    }

    /** People a closed site would newly cover on top of the plan. */
    long gain(int site, int[] counts) {
        long gain = 0;
        for (int d : newlyCovers[site]) {
            if (counts[d] == 0) {
                gain += population[d];
            }
        }
        return gain;
    }

    /** People only this open site covers: lost when it closes. */
    long loss(int site, int[] counts) {
        long loss = 0;
        for (int d : newlyCovers[site]) {
            if (counts[d] == 1) {
                loss += population[d];
            }
        }
        return loss;
    }
}
