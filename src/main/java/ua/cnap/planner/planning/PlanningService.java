package ua.cnap.planner.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;
import ua.cnap.planner.planning.PlanResult.RuleScore;
import ua.cnap.planner.planning.domain.ExpansionPlan;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.TerritoryRepository;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * Plans: builds the instance from today's coverage, computes the exact reference first (OR-Tools
 * CP-SAT: the most people any plan can newly cover, then the least a plan covering them can cost),
 * solves with OptaPlanner (progress on every new best plan) until it reaches that proven optimum, is
 * stopped, or hits its time limit, then reports the gaps on coverage and on cost and the explanation.
 * The CLI's {@code plan}, runs ({@code ua.cnap.planner.run}: web API, scenarios) and the benchmark all
 * use this; it solves on the caller's thread, and how many solve at once is the run executor's bound.
 */
public final class PlanningService {

    private final CoverageService coverage;
    private final TerritoryRepository territory;
    private final AccessPointRepository network;
    private final Supplier<TravelTimeModel> travelModel;

    public PlanningService(CoverageService coverage, TerritoryRepository territory, AccessPointRepository network,
            Supplier<TravelTimeModel> travelModel) {
        this.coverage = coverage;
        this.territory = territory;
        this.network = network;
        this.travelModel = travelModel;
    }

    /**
     * The instance and the coverage it was built from.
     *
     * @param instance the instance
     * @param coverage today's coverage it was built from (for a union of oblasts: the first one's,
     *                 which gives the standard and travel model shared by all of them)
     * @param areaCode KATOTTG code of the oblast, or the codes of a union joined by commas
     * @param areaName its name, or the names of a union joined by " + "
     * @param exclusions what the war-time exclusions took out of it (of a union: of all its oblasts)
     */
    public record Prepared(PlanningInstance instance, CoverageResult coverage, String areaCode, String areaName,
            ua.cnap.planner.coverage.ExclusionSummary exclusions) {

        public Prepared(PlanningInstance instance, CoverageResult coverage) {
            this(instance, coverage, coverage.oblast().code(), coverage.oblast().nameUk(), coverage.exclusions());
        }
    }

    /**
     * The instance of a request: one oblast, or several (a list, or {@value CoverageRequest#ALL}: every
     * oblast and Kyiv) under one budget ({@link InstanceUnion}). Every oblast of a union needs a register
     * of today's network; those without one are named in the error, never silently left out.
     */
    public Prepared prepare(PlanRequest request) {
        List<String> areas = areaCodes(request.oblast());
        if (areas.size() == 1) {
            return prepareOblast(request.forOblast(areas.get(0)), true);
        }
        List<Prepared> parts = new ArrayList<>();
        List<String> withoutRegister = new ArrayList<>();
        for (String area : areas) {
            Prepared part = prepareOblast(request.forOblast(area), false);
            if (part == null) {
                withoutRegister.add(area);
            } else {
                parts.add(part);
            }
        }
        if (!withoutRegister.isEmpty()) {
            Map<String, String> names = new java.util.HashMap<>();
            territory.listOblasts().forEach(o -> names.put(o.code(), o.nameUk()));
            withoutRegister.replaceAll(area -> names.getOrDefault(area, area));
            throw new ua.cnap.planner.io.BadInputException("plan", "register", withoutRegister.size() + " of "
                    + areas.size() + " oblasts have no current register of access points, so today's coverage there is unknown: "
                    + String.join(", ", withoutRegister) + "; name a register for all of them (e.g. ukraine-2017) "
                    + "or list only oblasts with one");
        }
        boolean country = CoverageRequest.ALL.equalsIgnoreCase(request.oblast().strip());
        String areaName = country ? "Україна, усі громади (" + parts.size() + " регіонів: області та Київ)"
                : String.join(" + ", parts.stream().map(Prepared::areaName).toList());
        String name = String.format("%s, %s, budget %,d UAH over %d years", areaName, request.standard(),
                request.budgetUah(), request.horizonYears());
        Prepared union = InstanceUnion.of(name, request.budgetUah(), parts);
        return new Prepared(union.instance(), union.coverage(), union.areaCode(), areaName, union.exclusions());
    }

    /**
     * The oblasts a plan's area names: "all" gives every oblast with hromadas and Kyiv (by code), a list
     * joined by commas its entries, anything else the one oblast named. Plans, scenarios and the web API
     * read an area through this one method.
     */
    public List<String> areaCodes(String oblast) {
        if (oblast == null || oblast.isBlank()) {
            throw new ua.cnap.planner.io.BadInputException("plan", "oblast", "name an oblast, several joined by "
                    + "commas, or all");
        }
        if (CoverageRequest.ALL.equalsIgnoreCase(oblast.strip())) {
            // the oblasts with hromadas (Crimea and Sevastopol have none in the data: no demand to plan for)
            return territory.listOblasts().stream().map(ua.cnap.planner.territory.Oblast::code)
                    .filter(code -> !territory.listHromadasInOblast(code).isEmpty()).toList();
        }
        List<String> areas = java.util.Arrays.stream(oblast.split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
        if (areas.stream().anyMatch(a -> CoverageRequest.ALL.equalsIgnoreCase(a))) {
            throw new ua.cnap.planner.io.BadInputException("plan", "oblast", "'all' stands alone, not in a list");
        }
        return areas;
    }

    /**
     * One oblast's instance; without a register of today's network an error ({@code alone}) or null
     * (part of a union, which names every such oblast at once).
     */
    private Prepared prepareOblast(PlanRequest request, boolean alone) {
        // closures and exclusions as for coverage: demand from excluded territories is not planned for
        CoverageResult today = coverage.compute(request.coverageRequest());
        if (today.oblast() == null) {
            throw new IllegalArgumentException("no oblast " + request.oblast());
        }
        if (!today.totals().registerLoaded()) {
            if (!alone) {
                return null;
            }
            throw new IllegalArgumentException("no current register of access points is loaded for "
                    + today.oblast().nameUk() + ": today's coverage is unknown, so a plan would be wrong; "
                    + "name a register (e.g. ukraine-2017) or import the oblast's register");
        }
        // an excluded hromada (listed, or all of its settlements listed) has no demand and gets no office
        Set<String> excludedHromadas = Set.copyOf(today.exclusions().excludedHromadaCodes());
        List<Hromada> hromadas = territory.listHromadasInOblast(today.oblast().code()).stream()
                .filter(h -> !excludedHromadas.contains(h.code()))
                .toList();
        // today's network as coverage used it: closed points are kept with their status
        List<AccessPoint> existing = new ArrayList<>(today.accessPoints());
        String name = String.format("%s, %s, budget %,d UAH over %d years", today.oblast().nameUk(),
                request.standard(), request.budgetUah(), request.horizonYears());
        Map<AccessPointKind, KindAssumptions> offices = new EnumMap<>(AccessPointKind.class);
        Map<AccessPointKind, KindAssumptions> equipment = new EnumMap<>(AccessPointKind.class);
        request.kinds().forEach((kind, assumptions) -> (kind.isEquipment() ? equipment : offices).put(kind, assumptions));
        PlanningInstance instance = new InstanceBuilder().build(name, today, hromadas, existing, travelModel.get(),
                new InstanceBuilder.Settings(request.budgetUah(), request.horizonYears(), offices,
                        applicableRules(request, today), request.minCandidatePopulation(), request.service(),
                        equipment, request.equipment().limits()));
        return new Prepared(instance, today);
    }

    /**
     * The main-office rules need to know which hromada has a main office; where the register cannot
     * tell ({@link ua.cnap.planner.coverage.MainOfficeEvidence}: the 2017 map) they are switched off,
     * and the result says why ({@link #rulesNote}), rather than demand a main office in nearly every
     * hromada.
     */
    static PlanningInstance.Rules mainOfficeRulesWhereKnown(PlanningInstance.Rules rules, CoverageResult today) {
        if (today.report().mainOfficeUnknownReason() == null
                || !(rules.mainOfficeInEveryHromada() || rules.branchNeedsMainOffice())) {
            return rules;
        }
        return new PlanningInstance.Rules(false, false, rules.capacity(), rules.visitsPerResidentPerYear(),
                rules.workingDaysPerYear());
    }

    /**
     * The rules a plan is solved at: as asked, but without the main-office rules where the register
     * cannot tell ({@link #mainOfficeRulesWhereKnown}) or where the plan opens no main office (equipment
     * only: a donor's stations and cases open no office, so the rules could only make it infeasible).
     */
    static PlanningInstance.Rules applicableRules(PlanRequest request, CoverageResult today) {
        PlanningInstance.Rules rules = mainOfficeRulesWhereKnown(request.rules(), today);
        if (request.kinds().containsKey(AccessPointKind.MAIN_OFFICE)
                || !(rules.mainOfficeInEveryHromada() || rules.branchNeedsMainOffice())) {
            return rules;
        }
        return new PlanningInstance.Rules(false, false, rules.capacity(), rules.visitsPerResidentPerYear(),
                rules.workingDaysPerYear());
    }

    /** Why rules asked for were switched off, or null. */
    static String rulesNote(PlanRequest request, CoverageResult today) {
        PlanningInstance.Rules asked = request.rules();
        if (mainOfficeRulesWhereKnown(asked, today) != asked) {
            return "main-office rules switched off: " + today.report().mainOfficeUnknownReason();
        }
        if (applicableRules(request, today) != asked) {
            return "main-office rules switched off: this plan opens no main office (" + request.kinds().keySet() + ")";
        }
        return null;
    }

    /**
     * Where p new offices minimise the population-weighted travel time in an oblast, today's
     * offices kept ({@link PMedianPlanner}); solved at once, not as a job.
     */
    public PMedianPlanner.Result planPMedian(String oblast, String register, AccessStandard
            standard, int p, Duration timeLimit) {
        return planPMedian(oblast, register, standard, p, timeLimit, ExclusionChoice.DEFAULT);
    }

    /** As {@link #planPMedian(String, String, AccessStandard, int, Duration)}, with a
     * choice about the Order 376 territories. */
    public PMedianPlanner.Result planPMedian(String oblast, String register, AccessStandard
            standard, int p, Duration timeLimit, ExclusionChoice exclusionChoice) {
        CoverageResult today = coverage.compute(new CoverageRequest(oblast, standard, register)
                .withExclusionChoice(exclusionChoice));
        if (today.oblast() == null || !today.totals().registerLoaded()) {
            throw new IllegalArgumentException("the p-median plan needs one oblast with a register of today's offices");
        }
        return new PMedianPlanner().plan(today, travelModel.get(), p, timeLimit);
    }

    /**
     * Solves on the calling thread: the exact reference first, then OptaPlanner until it reaches that
     * proven optimum, is stopped through {@code stop}, or hits its time limit. Runs
     * ({@code ua.cnap.planner.run}) call this on their executor's thread.
     *
     * @param localSearchStepLimit local search also stops after this many steps (null: only the time
     *                             limit), for reproducible plans; see {@link ExpansionSolver#solverConfig(Duration, Integer)}
     * @param onProgress           every new best plan
     * @return the plan, or null when stopped before the search started
     */
    public PlanResult solve(PlanRequest request, Prepared prepared, Integer localSearchStepLimit,
            Consumer<PlanProgress> onProgress, StopSignal stop) {
        long startedNanos = System.nanoTime();
        PlanningInstance instance = prepared.instance();
        Targets targets = stop.isRequested() ? Targets.NONE : targets(instance, request);
        if (stop.isRequested()) {
            return null;
        }
        Solver<ExpansionPlan> solver = SolverFactory.<ExpansionPlan>create(
                ExpansionSolver.solverConfig(request.timeLimit(), localSearchStepLimit)).buildSolver();
        PlanEvaluator evaluator = new PlanEvaluator();
        List<PlanProgress> progress = new CopyOnWriteArrayList<>();
        AtomicBoolean stoppedAtOptimum = new AtomicBoolean();
        solver.addEventListener(event -> {
            ExpansionPlan best = event.getNewBestSolution();
            PlanEvaluation e = evaluator.evaluate(instance, ExpansionSolver.toChoices(best));
            PlanProgress step = new PlanProgress(secondsSince(startedNanos), String.valueOf(best.getScore()),
                    e.populationCoveredAfter(), e.costUah());
            progress.add(step);
            onProgress.accept(step);
            // terminateEarly only raises a flag: safe on the solver's own thread
            if (targets.reachedBy(e) && stoppedAtOptimum.compareAndSet(false, true)) {
                solver.terminateEarly();
            } else if (stop.isRequested()) {
                solver.terminateEarly();
            }
        });
        stop.onRequest(solver::terminateEarly);
        ExpansionPlan best = solver.solve(ExpansionSolver.toSolution(instance));
        double solveSeconds = Math.round((secondsSince(startedNanos) - targets.seconds()) * 100) / 100.0;
        return result(prepared, best, request, List.copyOf(progress), stoppedAtOptimum.get(), targets, solveSeconds,
                startedNanos);
    }

    /**
     * What a plan must reach to be proven optimal: the most people any plan can newly cover (CP-SAT,
     * proven) and the least a plan covering them can cost. NONE when the reference is skipped or
     * proves nothing: then only the time limit stops the search.
     */
    record Targets(ExactReference.Result exact, ExactReference.Cheapest cheapest, double seconds) {

        static final Targets NONE = new Targets(null, null, 0);

        boolean reachedBy(PlanEvaluation plan) {
            return exact != null && exact.status() == ExactReference.Status.OPTIMAL
                    && cheapest != null && cheapest.status() == ExactReference.Status.OPTIMAL
                    && plan.feasible() && plan.newlyCoveredPopulation() >= exact.newlyCovered()
                    && plan.costUah() <= cheapest.costUah();
        }
    }

    private static Targets targets(PlanningInstance instance, PlanRequest request) {
        Duration limit = request.exactTimeLimit();
        if (limit == null || limit.isZero()) {
            return Targets.NONE;
        }
        long started = System.nanoTime();
        ExactReference reference = new ExactReference(limit, ExactReference.WORKERS);
        ExactReference.Result exact = reference.solve(instance);
        ExactReference.Cheapest cheapest = exact.status() == ExactReference.Status.OPTIMAL
                ? reference.cheapest(instance, exact.newlyCovered()) : null;
        return new Targets(exact, cheapest, (System.nanoTime() - started) / 1e9);
    }

    /** Prepares and solves on the calling thread (the CLI, tests). */
    public PlanResult solve(PlanRequest request) {
        return solve(request, prepare(request), null, step -> { }, new StopSignal());
    }

    private PlanResult result(Prepared prepared, ExpansionPlan best, PlanRequest request, List<PlanProgress> progress,
            boolean stoppedAtOptimum, Targets targets, double solveSeconds, long startedNanos) {
        PlanningInstance instance = prepared.instance();
        PlanEvaluator evaluator = new PlanEvaluator();
        PlanEvaluation searched = evaluator.evaluate(instance, ExpansionSolver.toChoices(best));
        // the search and the exact reference each found a plan: the better one is proposed, and the
        // result says which (a donor is shown the cheapest plan known, never a dearer one)
        PlanEvaluation evaluation = searched;
        String planSource = PlanResult.SOURCE_SEARCH;
        List<Choice> referencePlan = targets.cheapest() != null ? targets.cheapest().choices()
                : targets.exact() != null ? targets.exact().choices() : List.of();
        if (!referencePlan.isEmpty()) {
            PlanEvaluation reference = evaluator.evaluate(instance, referencePlan);
            if (better(reference, searched)) {
                evaluation = reference;
                planSource = PlanResult.SOURCE_EXACT_REFERENCE;
                best = ExpansionSolver.toSolution(instance, referencePlan);
            }
        }
        ExactReference.Result exact = targets.exact();
        Double bound = exact == null || Double.isNaN(exact.bound()) ? null : exact.bound();
        Double gap = bound == null ? null : ExactReference.gap(evaluation.newlyCoveredPopulation(), bound);
        // the cheapest plan of the coverage this plan reaches: known already when it reached the optimum
        ExactReference.Cheapest cheapest = targets.cheapest();
        if (evaluation.feasible() && exact != null
                && (cheapest == null || evaluation.newlyCoveredPopulation() < exact.newlyCovered())) {
            cheapest = new ExactReference(request.exactTimeLimit(), ExactReference.WORKERS)
                    .cheapest(instance, evaluation.newlyCoveredPopulation());
        }
        Double costGap = cheapest == null || !evaluation.feasible() ? null
                : ExactReference.costGap(evaluation.costUah(), cheapest.costLowerBoundUah());
        CoverageResult today = prepared.coverage();
        Explained explained = explain(best, request);
        return new PlanResult(prepared.areaCode(), prepared.areaName(), today.accessibility().standard(), today.accessibility().modelName(),
                today.accessibility().modelError(), instance.budgetUah(), instance.horizonYears(), instance.kinds(),
                instance.rules(), instance.candidates().size(), instance.demand().size(),
                evaluation.populationCoveredBefore(), evaluation.populationCoveredAfter(),
                evaluation.newlyCoveredPopulation(), evaluation.costUah(), evaluation.feasible(),
                evaluation.violations(), bound, gap, exact == null ? null : exact.status().name(),
                exact == null ? null : exact.newlyCovered(), evaluation.proposals(), explained.rules(),
                explained.score(), progress, Math.max(0, solveSeconds),
                exact == null ? null : Math.round(exact.seconds() * 100) / 100.0,
                costGap, cheapest == null ? null : cheapest.costUah(),
                cheapest == null ? null : cheapest.status().name(), stoppedAtOptimum, secondsSince(startedNanos),
                prepared.exclusions(), rulesNote(request, today), request.service(), instance.kindLimits(),
                instance.kinds().containsKey(AccessPointKind.MOBILE_CASE) ? CostAssumptions.mobileCaseReachNote()
                        : null, planSource, searched.newlyCoveredPopulation(), searched.costUah(), searched.feasible());
    }

    /** Feasible first, then more people newly covered, then cheaper. */
    static boolean better(PlanEvaluation a, PlanEvaluation b) {
        if (a.feasible() != b.feasible()) {
            return a.feasible();
        }
        if (a.newlyCoveredPopulation() != b.newlyCoveredPopulation()) {
            return a.newlyCoveredPopulation() > b.newlyCoveredPopulation();
        }
        return a.costUah() < b.costUah();
    }

    /** The plan's score and its breakdown by rule, from one explanation (which also scores a plan built here). */
    private record Explained(String score, List<RuleScore> rules) {
    }

    private static Explained explain(ExpansionPlan plan, PlanRequest request) {
        SolverFactory<ExpansionPlan> factory =
                SolverFactory.create(ExpansionSolver.solverConfig(request.timeLimit(), null, null));
        var explanation = SolutionManager.create(factory).explain(plan);
        List<RuleScore> rules = new ArrayList<>();
        for (ConstraintMatchTotal<?> total : explanation.getConstraintMatchTotalMap().values()) {
            rules.add(new RuleScore(total.getConstraintName(), String.valueOf(total.getScore()),
                    total.getConstraintMatchCount()));
        }
        rules.sort(java.util.Comparator.comparing(RuleScore::rule));
        return new Explained(String.valueOf(explanation.getScore()), rules);
    }

    private static double secondsSince(long nanos) {
        return Math.round((System.nanoTime() - nanos) / 1e7) / 100.0;
    }

}
