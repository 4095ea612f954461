package ua.cnap.planner.planning.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.domain.ExpansionPlan;
import ua.cnap.planner.planning.domain.KindLimit;
import ua.cnap.planner.planning.domain.SiteDecision;

/**
 * Moves aimed at the people a plan leaves out, so that local search on 10,000 candidates does not
 * spend its time on random pairs that cannot help. Each step first offers the {@value #RANKED_MOVES}
 * most promising of: every open site's best replacement and, while few sites are open, double swaps
 * (people gained minus lost, as {@link CoverageIndex} counts them). Then it draws: either an open
 * site's best replacement, or a resident left out (weighed by population), a closed site that would
 * cover them, opened, closing (when the budget, its settlement or its kind's limit asks for it) the
 * open site whose closing loses the fewest people. "Nearby" here is in coverage terms: the sites drawn
 * are exactly those that reach the people left out.
 *
 * <p>Each step reads the plan's coverage counts once (proportional to the open sites' reach).
 */
public final class CoverageSwapMoveFactory implements MoveIteratorFactory<ExpansionPlan, CoverageSwapMove> {

    /**
     * The best replacements offered first in each step; the rest of the step's moves are drawn at random
     * (with 30, the search kept to one basin on the national pool: 0.66 % from the optimum instead of
     * 0.44 % with 8).
     */
    static final int RANKED_MOVES = 8;
    /** Double swaps are offered while the plan has at most this many open sites (their pairs are few). */
    static final int DOUBLE_SWAP_MAX_OPEN = 12;

    private CoverageIndex index;
    private long[] cumulativeCoverablePopulation;
    private int[] coverable;

    @Override
    public void phaseStarted(ScoreDirector<ExpansionPlan> scoreDirector) {
        index = CoverageIndex.of(scoreDirector.getWorkingSolution());
        List<Integer> points = new ArrayList<>();
        for (int d = 0; d < index.coveredBy.length; d++) {
            if (index.coveredBy[d].length > 0 && index.population[d] > 0) {
                points.add(d);
            }
        }
        coverable = points.stream().mapToInt(Integer::intValue).toArray();
        cumulativeCoverablePopulation = new long[coverable.length];
        long sum = 0;
        for (int i = 0; i < coverable.length; i++) {
            sum += index.population[coverable[i]];
            cumulativeCoverablePopulation[i] = sum;
        }
    }

    @Override
    public void phaseEnded(ScoreDirector<ExpansionPlan> scoreDirector) {
        index = null;
    }

    @Override
    public long getSize(ScoreDirector<ExpansionPlan> scoreDirector) {
        return index == null ? 0 : index.sites.size();
    }

    @Override
    public Iterator<CoverageSwapMove> createOriginalMoveIterator(ScoreDirector<ExpansionPlan> scoreDirector) {
        throw new UnsupportedOperationException("coverage moves are drawn at random");
    }

    @Override
    public Iterator<CoverageSwapMove> createRandomMoveIterator(ScoreDirector<ExpansionPlan> scoreDirector,
            Random random) {
        if (index == null || coverable.length == 0) {
            return Collections.emptyIterator();
        }
        return new Moves(scoreDirector.getWorkingSolution(), random);
    }

    /** A move with the people it is estimated to gain (by the index, before the score judges it). */
    private record Estimated(CoverageSwapMove move, long people) {
    }

    /** The moves of one step: the plan's state read once, at the first move drawn. */
    private final class Moves implements Iterator<CoverageSwapMove> {

        private final ExpansionPlan plan;
        private final Random random;
        private int[] counts;
        private int[] openSites;
        private Map<Integer, Integer> openBySlot;
        private Map<AccessPointKind, Integer> kindsLeft;
        private long budgetLeftUah;
        /** People each closed site would newly cover on top of the plan, worked out at the first swap drawn. */
        private long[] gains;
        /** Closed sites with a gain, the largest first. */
        private int[] byGain;
        private List<CoverageSwapMove> ranked;
        private int nextRanked;

        Moves(ExpansionPlan plan, Random random) {
            this.plan = plan;
            this.random = random;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        private void readState() {
            counts = index.coverCounts();
            List<Integer> open = new ArrayList<>();
            openBySlot = new HashMap<>();
            kindsLeft = new HashMap<>();
            for (KindLimit limit : plan.getKindLimits()) {
                kindsLeft.put(limit.kind(), limit.maxCount());
            }
            budgetLeftUah = plan.getBudget().budgetUah();
            for (int s = 0; s < index.sites.size(); s++) {
                SiteDecision site = index.sites.get(s);
                if (site.getKind() != null) {
                    open.add(s);
                    openBySlot.put(index.settlementSlot[s], s);
                    budgetLeftUah -= site.costUah();
                    kindsLeft.computeIfPresent(site.getKind(), (k, n) -> n - 1);
                }
            }
            openSites = open.stream().mapToInt(Integer::intValue).toArray();
        }

        @Override
        public CoverageSwapMove next() {
            if (counts == null) {
                readState();
                ranked = rankedReplacements();
            }
            if (nextRanked < ranked.size()) {
                return ranked.get(nextRanked++);
            }
            Estimated replacement = openSites.length > 0 && random.nextBoolean()
                    ? replacementFor(openSites[random.nextInt(openSites.length)]) : null;
            CoverageSwapMove move = replacement == null ? null : replacement.move();
            if (move == null) {
                move = coverSomebodyLeftOut();
            }
            if (move != null) {
                return move;
            }
            // nothing left out that a closed site could reach: a plain random opening, which search may reject
            int s = random.nextInt(index.sites.size());
            SiteDecision site = index.sites.get(s);
            AccessPointKind kind = index.preferredKind[s] != null ? index.preferredKind[s] : site.listKinds().get(0);
            return new CoverageSwapMove(null, site, kind);
        }

        /**
         * Each open site's best replacement, the most promising first (people gained minus people lost,
         * as the index counts them): the first moves of every step, so that each step sees the best swap
         * of the whole plan, whatever the instance's size; the score then judges them in full.
         */
        private List<CoverageSwapMove> rankedReplacements() {
            List<Estimated> estimated = new ArrayList<>();
            for (int o : openSites) {
                Estimated replacement = replacementFor(o);
                if (replacement != null) {
                    estimated.add(new Estimated(replacement.move(), replacement.people() - index.loss(o, counts)));
                }
            }
            if (openSites.length >= 2 && openSites.length <= DOUBLE_SWAP_MAX_OPEN) {
                for (int i = 0; i < openSites.length; i++) {
                    for (int j = i + 1; j < openSites.length; j++) {
                        Estimated swap = doubleSwap(openSites[i], openSites[j]);
                        if (swap != null) {
                            estimated.add(swap);
                        }
                    }
                }
            }
            estimated.sort(java.util.Comparator.comparingLong(Estimated::people).reversed());
            return estimated.stream().limit(RANKED_MOVES).map(Estimated::move).toList();
        }

        /**
         * Close open sites a and b, then open greedily the two closed sites that newly cover the most
         * people with the money freed: a plan that no single swap improves (a few sites, each covering
         * much of what another does) can still improve by two at once. Only for plans of a few open
         * sites, where this costs little. Its estimate is the people gained minus those lost.
         */
        private Estimated doubleSwap(int a, int b) {
            SiteDecision siteA = index.sites.get(a);
            SiteDecision siteB = index.sites.get(b);
            for (int d : index.newlyCovers[a]) {
                counts[d]--;
            }
            for (int d : index.newlyCovers[b]) {
                counts[d]--;
            }
            long lost = 0;
            for (int d : index.newlyCovers[a]) {
                lost += counts[d] == 0 ? index.population[d] : 0;
            }
            for (int d : index.newlyCovers[b]) {
                // people both covered are counted once: the first loop already counted them
                boolean alsoA = java.util.Arrays.stream(index.newlyCovers[a]).anyMatch(x -> x == d);
                lost += counts[d] == 0 && !alsoA ? index.population[d] : 0;
            }
            long money = budgetLeftUah + siteA.costUah() + siteB.costUah();
            Map<AccessPointKind, Integer> left = new HashMap<>(kindsLeft);
            left.computeIfPresent(siteA.getKind(), (k, n) -> n + 1);
            left.computeIfPresent(siteB.getKind(), (k, n) -> n + 1);
            int first = bestAddition(a, b, -1, money, left);
            int second = -1;
            long gained = 0;
            if (first >= 0) {
                gained += index.gain(first, counts);
                for (int d : index.newlyCovers[first]) {
                    counts[d]++;
                }
                left.computeIfPresent(index.preferredKind[first], (k, n) -> n - 1);
                second = bestAddition(a, b, first, money - index.preferredCostUah[first], left);
                if (second >= 0) {
                    gained += index.gain(second, counts);
                }
                for (int d : index.newlyCovers[first]) {
                    counts[d]--;
                }
            }
            for (int d : index.newlyCovers[a]) {
                counts[d]++;
            }
            for (int d : index.newlyCovers[b]) {
                counts[d]++;
            }
            if (first < 0 || second < 0) {
                return null;
            }
            return new Estimated(new CoverageSwapMove(List.of(siteA, siteB),
                    List.of(index.sites.get(first), index.sites.get(second)),
                    List.of(index.preferredKind[first], index.preferredKind[second])), gained - lost);
        }

        /** The closed site (not {@code taken}) that newly covers the most people and fits, once a and b are closed. */
        private int bestAddition(int a, int b, int taken, long money, Map<AccessPointKind, Integer> left) {
            int best = -1;
            long bestGain = 0;
            for (int c = 0; c < index.sites.size(); c++) {
                AccessPointKind kind = index.preferredKind[c];
                if (c == a || c == b || c == taken || kind == null || index.sites.get(c).getKind() != null
                        || index.preferredCostUah[c] > money || left.getOrDefault(kind, 1) <= 0) {
                    continue;
                }
                Integer sameSlot = openBySlot.get(index.settlementSlot[c]);
                if ((sameSlot != null && sameSlot != a && sameSlot != b)
                        || (taken >= 0 && index.settlementSlot[taken] == index.settlementSlot[c])) {
                    continue;
                }
                long gain = index.gain(c, counts);
                if (gain > bestGain) {
                    best = c;
                    bestGain = gain;
                }
            }
            return best;
        }

        /**
         * Close open site o and open, instead, the closed site that then newly covers the most people
         * within the money freed (a best-improvement swap for o, which search may still reject when it
         * loses people). Only sites covering somebody o alone covers gain more than their gain on top of
         * the plan, so the best is among those or the best of the rest, read off the sites sorted by gain.
         * Its estimate is the people the opened site newly covers.
         */
        private Estimated replacementFor(int o) {
            if (gains == null) {
                gains = new long[index.sites.size()];
                List<Integer> closed = new ArrayList<>();
                for (int c = 0; c < gains.length; c++) {
                    if (index.sites.get(c).getKind() == null) {
                        gains[c] = index.gain(c, counts);
                        if (gains[c] > 0) {
                            closed.add(c);
                        }
                    }
                }
                closed.sort((a, b) -> Long.compare(gains[b], gains[a]));
                byGain = closed.stream().mapToInt(Integer::intValue).toArray();
            }
            SiteDecision closing = index.sites.get(o);
            // people only o covers become gains of every closed site that covers them
            Map<Integer, Long> extra = new HashMap<>();
            for (int d : index.newlyCovers[o]) {
                if (counts[d] == 1) {
                    for (int c : index.coveredBy[d]) {
                        if (c != o) {
                            extra.merge(c, index.population[d], Long::sum);
                        }
                    }
                }
            }
            long money = budgetLeftUah + closing.costUah();
            int best = -1;
            long bestGain = 0;
            for (Map.Entry<Integer, Long> e : extra.entrySet()) {
                int c = e.getKey();
                long gain = gains[c] + e.getValue();
                if (gain > bestGain && fits(c, o, money, closing.getKind())) {
                    best = c;
                    bestGain = gain;
                }
            }
            for (int c : byGain) {
                if (gains[c] <= bestGain) {
                    break;
                }
                if (!extra.containsKey(c) && fits(c, o, money, closing.getKind())) {
                    best = c;
                    bestGain = gains[c];
                    break;
                }
            }
            return best < 0 ? null : new Estimated(
                    new CoverageSwapMove(closing, index.sites.get(best), index.preferredKind[best]), bestGain);
        }

        /** Whether closed site c may open as its preferred kind once o is closed, with that much money. */
        private boolean fits(int c, int o, long money, AccessPointKind closingKind) {
            AccessPointKind kind = index.preferredKind[c];
            if (kind == null || index.sites.get(c).getKind() != null || index.preferredCostUah[c] > money) {
                return false;
            }
            Integer sameSlot = openBySlot.get(index.settlementSlot[c]);
            if (sameSlot != null && sameSlot != o) {
                return false;
            }
            return kindsLeft.getOrDefault(kind, 1) > 0 || kind == closingKind;
        }

        /**
         * Draw a resident left out (weighed by population) and a closed site that would cover them; open
         * it, closing, when the budget, its settlement or its kind's limit asks for it, the open site
         * whose closing then loses the fewest people.
         */
        private CoverageSwapMove coverSomebodyLeftOut() {
            for (int tries = 0; tries < 64; tries++) {
                int d = coverable[drawWeighted()];
                if (counts[d] > 0) {
                    continue;
                }
                int[] sites = index.coveredBy[d];
                int s = sites[random.nextInt(sites.length)];
                SiteDecision site = index.sites.get(s);
                AccessPointKind kind = index.preferredKind[s];
                if (site.getKind() != null || kind == null) {
                    continue;
                }
                long cost = index.preferredCostUah[s];
                Integer sameSlot = openBySlot.get(index.settlementSlot[s]);
                boolean kindFull = kindsLeft.getOrDefault(kind, 1) <= 0;
                if (sameSlot == null && !kindFull && cost <= budgetLeftUah) {
                    return new CoverageSwapMove(null, site, kind);
                }
                int close = sameSlot != null ? sameSlot : leastLoss(s, cost, kindFull ? kind : null);
                if (close >= 0) {
                    return new CoverageSwapMove(index.sites.get(close), site, kind);
                }
            }
            return null;
        }

        private int drawWeighted() {
            long total = cumulativeCoverablePopulation[cumulativeCoverablePopulation.length - 1];
            long target = (long) (random.nextDouble() * total);
            int i = java.util.Arrays.binarySearch(cumulativeCoverablePopulation, target + 1);
            return Math.min(i >= 0 ? i : -i - 1, coverable.length - 1);
        }

        /**
         * The open site whose closing loses the fewest people once {@code opening} is open, and frees
         * enough money for a site costing {@code cost} (of kind {@code sameKind} when that kind is at its
         * limit); -1 when none does.
         */
        private int leastLoss(int opening, long cost, AccessPointKind sameKind) {
            java.util.Set<Integer> alsoCovered = new java.util.HashSet<>();
            for (int d : index.newlyCovers[opening]) {
                alsoCovered.add(d);
            }
            int best = -1;
            long bestLoss = Long.MAX_VALUE;
            for (int o : openSites) {
                SiteDecision site = index.sites.get(o);
                if ((sameKind != null && site.getKind() != sameKind) || budgetLeftUah + site.costUah() < cost) {
                    continue;
                }
                long loss = 0;
                for (int d : index.newlyCovers[o]) {
                    if (counts[d] == 1 && !alsoCovered.contains(d)) {
                        loss += index.population[d];
                    }
                }
                if (loss < bestLoss || (loss == bestLoss && random.nextBoolean())) {
                    best = o;
                    bestLoss = loss;
                }
            }
            return best;
        }
    }
}
