package ua.cnap.planner.planning.solver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.domain.ExpansionPlan;
import ua.cnap.planner.planning.domain.HromadaFact;
import ua.cnap.planner.planning.domain.KindLimit;
import ua.cnap.planner.planning.domain.SiteDecision;

/**
 * The first plan: greedy by people newly covered per hryvnia, the classic construction for budgeted
 * maximal covering (with the best single site as a fall-back it is within a constant factor of the
 * optimum: Khuller, Moss and Naor, 1999). It replaces OptaPlanner's default construction heuristic,
 * which opens sites in list order until the budget runs out and, at 10,000 candidates, spends its time
 * trying every kind of every site.
 *
 * <p>Rules first: where a hromada must get a main office, its candidate that newly covers the most
 * people opens as one. Then, lazily (a site's ratio only falls as the plan grows, so a stale ratio is
 * an upper bound: Minoux's accelerated greedy), the site with the best ratio that fits the budget, its
 * settlement's slot and its kind's limit opens as its preferred kind ({@link CoverageIndex}); where the
 * branch rule applies and the hromada has no main office yet, only as a main office. Sites that cover
 * nobody new are left for local search, which weighs travel time and cost.
 */
public final class GreedyConstruction implements CustomPhaseCommand<ExpansionPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<ExpansionPlan> scoreDirector) {
        ExpansionPlan plan = scoreDirector.getWorkingSolution();
        CoverageIndex index = CoverageIndex.of(plan);
        Map<Integer, AccessPointKind> chosen = choose(plan, index);
        for (Map.Entry<Integer, AccessPointKind> e : chosen.entrySet()) {
            SiteDecision site = index.sites.get(e.getKey());
            scoreDirector.beforeVariableChanged(site, ReplaceSiteMove.KIND);
            site.setKind(e.getValue());
            scoreDirector.afterVariableChanged(site, ReplaceSiteMove.KIND);
        }
        scoreDirector.triggerVariableListeners();
    }

    /** The greedy plan: site index → kind. Sites already open are kept and counted. */
    static Map<Integer, AccessPointKind> choose(ExpansionPlan plan, CoverageIndex index) {
        State state = new State(plan, index);
        openMainOfficesWhereNeeded(plan, index, state);
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
        for (int s = 0; s < index.sites.size(); s++) {
            if (index.sites.get(s).getKind() == null && index.preferredKind[s] != null) {
                long gain = index.gain(s, state.counts);
                if (gain > 0) {
                    queue.add(new double[] {ratio(gain, index.preferredCostUah[s]), s});
                }
            }
        }
        Map<Integer, AccessPointKind> greedy = new HashMap<>(state.opened);
        long greedyGain = 0;
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int s = (int) top[1];
            AccessPointKind kind = state.kindFor(s);
            if (kind == null) {
                continue; // its slot, its kind's limit or the budget no longer allow it
            }
            long gain = index.gain(s, state.counts);
            if (gain <= 0) {
                continue;
            }
            double ratio = ratio(gain, state.cost(s, kind));
            if (!queue.isEmpty() && ratio < queue.peek()[0]) {
                queue.add(new double[] {ratio, s}); // stale: back in line at its true ratio
                continue;
            }
            state.open(s, kind);
            greedy.put(s, kind);
            greedyGain += gain;
        }
        // the best single site, when it alone newly covers more than the greedy plan (the guarantee's fall-back)
        State single = new State(plan, index);
        openMainOfficesWhereNeeded(plan, index, single);
        long bestSingleGain = greedyGain;
        Map<Integer, AccessPointKind> bestSingle = null;
        for (int s = 0; s < index.sites.size(); s++) {
            AccessPointKind kind = index.sites.get(s).getKind() == null ? single.kindFor(s) : null;
            long gain = kind == null ? 0 : index.gain(s, single.counts);
            if (gain > bestSingleGain) {
                bestSingleGain = gain;
                bestSingle = new HashMap<>(single.opened);
                bestSingle.put(s, kind);
            }
        }
        return bestSingle != null ? bestSingle : greedy;
    }

    private static double ratio(long gain, long costUah) {
        return costUah <= 0 ? Double.MAX_VALUE : (double) gain / costUah;
    }

    /** Per hromada that must get a main office: its candidate that newly covers the most people. */
    private static void openMainOfficesWhereNeeded(ExpansionPlan plan, CoverageIndex index, State state) {
        for (HromadaFact hromada : plan.getHromadas()) {
            if (!hromada.needsMainOffice() || state.hromadasWithNewMainOffice.contains(hromada.code())) {
                continue;
            }
            int best = -1;
            long bestGain = -1;
            for (int s = 0; s < index.sites.size(); s++) {
                SiteDecision site = index.sites.get(s);
                if (hromada.code().equals(site.getHromadaCode()) && site.getKind() == null
                        && site.listKinds().contains(AccessPointKind.MAIN_OFFICE) && state.slotFree(s)) {
                    long gain = index.gain(s, state.counts);
                    if (gain > bestGain) {
                        best = s;
                        bestGain = gain;
                    }
                }
            }
            if (best >= 0) {
                state.open(best, AccessPointKind.MAIN_OFFICE);
            }
        }
    }

    /** The plan as the greedy grows it: coverage counts, budget left, slots and kinds used. */
    private static final class State {

        final CoverageIndex index;
        final int[] counts;
        final Map<Integer, AccessPointKind> opened = new HashMap<>();
        final Set<Integer> usedSlots = new HashSet<>();
        final Set<String> hromadasWithNewMainOffice = new HashSet<>();
        final Map<AccessPointKind, Integer> left = new HashMap<>();
        long budgetLeftUah;

        State(ExpansionPlan plan, CoverageIndex index) {
            this.index = index;
            this.counts = index.coverCounts();
            budgetLeftUah = plan.getBudget().budgetUah();
            for (KindLimit limit : plan.getKindLimits()) {
                left.put(limit.kind(), limit.maxCount());
            }
            for (int s = 0; s < index.sites.size(); s++) {
                SiteDecision site = index.sites.get(s);
                if (site.getKind() != null) {
                    usedSlots.add(index.settlementSlot[s]);
                    budgetLeftUah -= site.costUah();
                    left.computeIfPresent(site.getKind(), (k, n) -> n - 1);
                    if (site.isMainOffice()) {
                        hromadasWithNewMainOffice.add(site.getHromadaCode());
                    }
                }
            }
        }

        boolean slotFree(int s) {
            return !usedSlots.contains(index.settlementSlot[s]);
        }

        /** The kind site s may open as now, or null: its preferred one, or a main office where the branch rule needs one. */
        AccessPointKind kindFor(int s) {
            SiteDecision site = index.sites.get(s);
            if (!slotFree(s)) {
                return null;
            }
            AccessPointKind kind = index.preferredKind[s];
            if (kind != AccessPointKind.MAIN_OFFICE && site.branchNeedsMainOffice()
                    && !hromadasWithNewMainOffice.contains(site.getHromadaCode())) {
                kind = site.listKinds().contains(AccessPointKind.MAIN_OFFICE) ? AccessPointKind.MAIN_OFFICE : null;
            }
            if (kind == null || left.getOrDefault(kind, 1) <= 0 || cost(s, kind) > budgetLeftUah) {
                return null;
            }
            return kind;
        }

        long cost(int s, AccessPointKind kind) {
            return kind == index.preferredKind[s] ? index.preferredCostUah[s]
                    : index.sites.get(s).getOptions().stream().filter(o -> o.kind() == kind)
                            .mapToLong(o -> o.costUah()).findFirst().orElseThrow();
        }

        void open(int s, AccessPointKind kind) {
            opened.put(s, kind);
            usedSlots.add(index.settlementSlot[s]);
            budgetLeftUah -= cost(s, kind);
            left.computeIfPresent(kind, (k, n) -> n - 1);
            if (kind == AccessPointKind.MAIN_OFFICE) {
                hromadasWithNewMainOffice.add(index.sites.get(s).getHromadaCode());
            }
            for (int d : index.newlyCovers[s]) {
                counts[d]++;
            }
        }
    }
}
