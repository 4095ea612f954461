package ua.cnap.planner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanProgress;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.PlanningInstance;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.planning.StopSignal;

/**
 * OptaPlanner against the OR-Tools optimum ({@code bench plan}): on real oblasts (the pure
 * maximal-covering problem, {@code --rules none}, so both solve the same objective), on several oblasts
 * under one budget and on the whole country, the latter also with the default rules and the default
 * war-time exclusions. Every row gives OptaPlanner's own plan (not the better of the two a plan result
 * proposes), the exact optimum or bound, the gap, when the search came within 1 % of the optimum, and
 * the time and memory of building the instance and of solving it.
 */
public final class PlanningBenchmark {

    /** Which cases to run. */
    public enum Scale {
        OBLASTS, MULTI, NATIONAL
    }

    /**
     * One area to plan.
     *
     * @param oblast     name or code, several joined by commas, or "all"
     * @param register   null for its current register
     * @param standard   the standard (Chernivtsi is fully covered at the national one: a stricter one there)
     * @param rules      "none" or "default"
     * @param exclusions the war-time exclusions
     * @param budgetsUah the budgets tried on the one instance (null: those given to {@link #run})
     */
    public record Case(String oblast, String register, AccessStandard standard, String rules,
            ExclusionChoice exclusions, List<Long> budgetsUah) {

        public Case(String oblast, String register, AccessStandard standard) {
            this(oblast, register, standard, "none", ExclusionChoice.DEFAULT, null);
        }
    }

    /**
     * One row of the table.
     *
     * @param newlyCoveredOptaPlanner OptaPlanner's own plan, whatever the exact reference found
     * @param secondsToWithin1Percent search time until its plan came within 1 % of the optimum (or the
     *                                bound when not proven), null if it never did
     * @param secondsToBest           search time until its final plan
     * @param prepareSeconds          building the instance (today's coverage, candidates, reaches)
     * @param instanceHeapMib         heap the built instance holds (after a GC), for the budget's first row
     * @param peakHeapMib             the most heap in use while solving (sampled every 50 ms)
     */
    public record Row(String oblast, String register, String standard, String rules, String exclusions,
            long budgetUah, int candidates, int demandPoints, long newlyCoveredOptaPlanner,
            Double secondsToWithin1Percent, double secondsToBest, double solveSeconds, Long newlyCoveredOrTools,
            Double bound, String exactStatus, Double exactSeconds, Double gapPercent, long costUah, boolean feasible,
            double prepareSeconds, long instanceHeapMib, long peakHeapMib) {
    }

    /** Chernivtsi (its 2025 register, 10 min / 5 km) and two oblasts on the 2017 map (national standard). */
    public static List<Case> oblastCases() {
        AccessStandard national = AccessStandard.national();
        return List.of(new Case("Чернівецька", null, new AccessStandard(10, 5, AccessStandard.Rule.EITHER)),
                new Case("Тернопільська", "ukraine-2017", national),
                new Case("Закарпатська", "ukraine-2017", national));
    }

    /** Three western oblasts under one budget on the 2017 map. */
    public static List<Case> multiOblastCases() {
        return List.of(new Case("Львівська,Волинська,Рівненська", "ukraine-2017", AccessStandard.national(), "none",
                ExclusionChoice.DEFAULT, List.of(20_000_000L, 50_000_000L)));
    }

    /**
     * The whole country on the 2017 map at 20, 100 and 500 million UAH: rules none with nothing excluded
     * (the donor-scale question of issue 18), then the default rules and exclusions at 100 million.
     */
    public static List<Case> nationalCases() {
        AccessStandard national = AccessStandard.national();
        return List.of(new Case("all", "ukraine-2017", national, "none", ExclusionChoice.INCLUDE,
                        List.of(20_000_000L, 100_000_000L, 500_000_000L)),
                new Case("all", "ukraine-2017", national, "default", ExclusionChoice.DEFAULT,
                        List.of(100_000_000L)));
    }

    public static List<Case> cases(List<Scale> scales) {
        List<Case> cases = new ArrayList<>();
        if (scales.contains(Scale.OBLASTS)) {
            cases.addAll(oblastCases());
        }
        if (scales.contains(Scale.MULTI)) {
            cases.addAll(multiOblastCases());
        }
        if (scales.contains(Scale.NATIONAL)) {
            cases.addAll(nationalCases());
        }
        return cases;
    }

    private final PlanningService planning;
    private final PlanDefaults defaults;

    public PlanningBenchmark(PlanningService planning, PlanDefaults defaults) {
        this.planning = planning;
        this.defaults = defaults;
    }

    /**
     * Each case's instance is built once and solved at each budget.
     *
     * @param budgetsUah budgets for cases that name none
     * @param onRow      each row as soon as it is measured (a national case takes minutes)
     */
    public List<Row> run(List<Case> cases, List<Long> budgetsUah, Duration timeLimit, Duration exactTimeLimit,
            java.util.function.Consumer<Row> onRow) {
        List<Row> rows = new ArrayList<>();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (Case c : cases) {
            List<Long> budgets = c.budgetsUah() != null ? c.budgetsUah() : budgetsUah;
            PlanRequest first = request(c, budgets.get(0), timeLimit, exactTimeLimit);
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            long started = System.nanoTime();
            PlanningService.Prepared prepared = planning.prepare(first);
            double prepareSeconds = (System.nanoTime() - started) / 1e9;
            System.gc();
            long instanceHeap = Math.max(0, memory.getHeapMemoryUsage().getUsed() - heapBefore);
            for (long budget : budgets) {
                PlanRequest request = request(c, budget, timeLimit, exactTimeLimit);
                PlanningService.Prepared forBudget = new PlanningService.Prepared(
                        prepared.instance().withBudgetUah(budget), prepared.coverage(), prepared.areaCode(),
                        prepared.areaName(), prepared.exclusions());
                HeapSampler sampler = new HeapSampler(memory);
                PlanResult r;
                try {
                    r = planning.solve(request, forBudget, null, step -> { }, new StopSignal());
                } finally {
                    sampler.stop();
                }
                Row row = row(c, budget, r, prepareSeconds, instanceHeap, sampler.peak());
                rows.add(row);
                onRow.accept(row);
            }
        }
        return rows;
    }

    private PlanRequest request(Case c, long budget, Duration timeLimit, Duration exactTimeLimit) {
        return new PlanRequest(c.oblast(), c.register(), c.standard(), budget, defaults.horizonYears(),
                defaults.kinds(), PlanRequest.rulesNamed(c.rules(), "rules"),
                PlanRequest.DEFAULT_MIN_CANDIDATE_POPULATION, timeLimit, exactTimeLimit)
                .withExclusionChoice(c.exclusions());
    }

    private static Row row(Case c, long budget, PlanResult r, double prepareSeconds, long instanceHeapBytes,
            long peakHeapBytes) {
        double searchStart = r.exactSeconds() == null ? 0 : r.exactSeconds();
        long searched = r.searchNewlyCovered() == null ? r.newlyCoveredPopulation() : r.searchNewlyCovered();
        long before = r.populationCoveredBefore();
        Long optimum = r.exactNewlyCovered();
        double target = "OPTIMAL".equals(r.exactStatus()) && optimum != null ? optimum
                : r.bound() != null ? r.bound() : Double.NaN;
        Double toWithin1 = null;
        double toBest = 0;
        for (PlanProgress step : r.progress()) {
            long newly = step.populationCoveredAfter() - before;
            if (toWithin1 == null && !Double.isNaN(target) && newly >= 0.99 * target) {
                toWithin1 = Math.max(0, step.seconds() - searchStart);
            }
            if (newly >= searched && toBest == 0) {
                toBest = Math.max(0, step.seconds() - searchStart);
            }
        }
        Double gap = r.bound() == null ? null
                : 100 * ua.cnap.planner.planning.ExactReference.gap(searched, r.bound());
        String exclusions = c.exclusions().exclude() ? "default" : "none";
        return new Row(r.oblastName(), c.register() == null ? "current" : c.register(), c.standard().toString(),
                c.rules(), exclusions, budget, r.candidates(), r.demandPoints(), searched, toWithin1,
                toBest, r.solveSeconds(), optimum, r.bound(), r.exactStatus(), r.exactSeconds(), gap,
                r.searchCostUah() == null ? r.costUah() : r.searchCostUah(),
                r.searchFeasible() == null ? r.feasible() : r.searchFeasible(), Math.round(prepareSeconds * 10) / 10.0,
                instanceHeapBytes >> 20, peakHeapBytes >> 20);
    }

    /** The most heap in use, sampled every 50 ms on a daemon thread. */
    private static final class HeapSampler {

        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler(MemoryMXBean memory) {
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        long peak() {
            return peak.get();
        }
    }
}
