package ua.cnap.planner.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
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
 * Plans as jobs: builds the instance from today's coverage, computes the exact reference first
 * (OR-Tools CP-SAT: the most people any plan can newly cover, then the least a plan covering them can
 * cost), solves with OptaPlanner through a {@link SolverManager} (progress on every new best plan)
 * until it reaches that proven optimum, is stopped, or hits its time limit, then reports the gaps on
 * coverage and on cost and the explanation. The CLI's {@code plan}, the web API and the benchmark all use
 * this.
 *
 * <p>At most {@code maxRunningJobs} solve at once (these machines have 2 cores); a request beyond
 * that is refused with {@link JobsFullException}. Finished jobs are kept, the oldest dropped past
 * {@code maxKeptJobs}, so the job list cannot grow without bound.
 */
public final class PlanningService implements AutoCloseable {

    private final CoverageService coverage;
    private final TerritoryRepository territory;
    private final AccessPointRepository network;
    private final Supplier<TravelTimeModel> travelModel;
    private final int maxRunningJobs;
    private final int maxKeptJobs;
    private final Map<String, PlanJob> jobs = new LinkedHashMap<>();
    private final Map<String, SolverManager<ExpansionPlan, String>> managers = new LinkedHashMap<>();
    private final Map<String, SolverJob<ExpansionPlan, String>> solverJobs = new LinkedHashMap<>();

    public PlanningService(CoverageService coverage, TerritoryRepository territory, AccessPointRepository network,
            Supplier<TravelTimeModel> travelModel, int maxRunningJobs, int maxKeptJobs) {
        this.coverage = coverage;
        this.territory = territory;
        this.network = network;
        this.travelModel = travelModel;
        this.maxRunningJobs = maxRunningJobs;
        this.maxKeptJobs = maxKeptJobs;
    }

    /**
     * The instance and the coverage it was built from.
     *
     * @param instance the instance
     * @param coverage today's coverage it was built from (for a union of oblasts: the first one's,
     *                 which gives the standard and travel model shared by all of them)
     * @param areaCode KATOTTG code of the oblast, or the codes of a union joined by commas
     * @param areaName its name, or the names of a union joined by " + "
     */
    public record Prepared(PlanningInstance instance, CoverageResult coverage, String areaCode, String areaName) {

        public Prepared(PlanningInstance instance, CoverageResult coverage) {
            this(instance, coverage, coverage.oblast().code(), coverage.oblast().nameUk());
        }
    }

    public Prepared prepare(PlanRequest request) {
        // closures and exclusions as for coverage: demand from excluded territories is not planned for
        CoverageResult today = coverage.compute(request.coverageRequest());
        if (today.oblast() == null) {
            throw new IllegalArgumentException("plan one oblast at a time, not the whole country");
        }
        if (!today.totals().registerLoaded()) {
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

    /** Starts a job; returns at once. */
    public PlanJob start(PlanRequest request) {
        return start(request, prepare(request));
    }

    /** Starts a job on an instance already prepared for this request (e.g. to export it first). */
    public PlanJob start(PlanRequest request, Prepared prepared) {
        return start(request, prepared, null);
    }

    /**
     * Starts a job whose local search also stops after {@code localSearchStepLimit} steps (null: only
     * the request's time limit), for reproducible plans; see {@link ExpansionSolver#solverConfig(Duration,
     * Integer)}.
     */
    public PlanJob start(PlanRequest request, Prepared prepared, Integer localSearchStepLimit) {
        PlanJob job;
        SolverManager<ExpansionPlan, String> manager;
        synchronized (this) {
            long running = jobs.values().stream().filter(j -> !j.isFinished()).count();
            if (running >= maxRunningJobs) {
                throw new JobsFullException("already " + running + " plan(s) solving, the most this server runs at "
                        + "once; try again when one has finished");
            }
            job = new PlanJob(UUID.randomUUID().toString(), request);
            SolverConfig config = ExpansionSolver.solverConfig(request.timeLimit(), localSearchStepLimit);
            manager = SolverManager.create(config, new SolverManagerConfig().withParallelSolverCount("1"));
            jobs.put(job.id(), job);
            managers.put(job.id(), manager);
            dropOldJobs();
        }
        PlanJob started = job;
        long startedNanos = System.nanoTime();
        PlanEvaluator evaluator = new PlanEvaluator();
        PlanningInstance instance = prepared.instance();
        AtomicReference<Targets> targets = new AtomicReference<>(Targets.NONE);
        SolverManager<ExpansionPlan, String> solvingManager = manager;
        SolverJob<ExpansionPlan, String> solverJob = manager.solveAndListen(job.id(),
                id -> {
                    // on the solver's thread: the exact reference first, so that the search can stop
                    // as soon as it reaches the proven optimum
                    targets.set(targets(instance, started.request()));
                    started.solving();
                    return ExpansionSolver.toSolution(instance);
                },
                best -> {
                    PlanEvaluation e = evaluator.evaluate(instance, ExpansionSolver.toChoices(best));
                    started.addProgress(new PlanProgress(secondsSince(startedNanos), String.valueOf(best.getScore()),
                            e.populationCoveredAfter(), e.costUah()));
                    if (targets.get().reachedBy(e) && started.reachedOptimum()) {
                        terminateEarly(solvingManager, started.id());
                    } else if (started.cancelRequested()) { // asked while the reference was computed
                        terminateEarly(solvingManager, started.id());
                    }
                },
                finalBest -> {
                    try {
                        double solveSeconds = Math.round((secondsSince(startedNanos) - targets.get().seconds()) * 100) / 100.0;
                        started.bounding();
                        started.finish(result(prepared, finalBest, started, targets.get(), solveSeconds,
                                startedNanos));
                    } catch (RuntimeException e) {
                        started.fail(e);
                    } finally {
                        closeManager(started.id());
                    }
                },
                (id, failure) -> {
                    started.fail(failure);
                    closeManager(id);
                });
        synchronized (this) {
            solverJobs.put(job.id(), solverJob);
        }
        return job;
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

    /** Starts a job and waits for its result. */
    public PlanResult solve(PlanRequest request) {
        return start(request).awaitResult();
    }

    public synchronized Optional<PlanJob> findJob(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public synchronized List<PlanJob> listJobs() {
        return List.copyOf(jobs.values());
    }

    /**
     * Stops a job early; it still finishes with the best plan found so far. A job stopped before
     * its solver started ends CANCELLED without a plan (OptaPlanner then never calls back).
     */
    public void cancel(String id) {
        PlanJob job;
        SolverJob<ExpansionPlan, String> solverJob;
        synchronized (this) {
            job = jobs.get(id);
            if (job == null) {
                throw new IllegalArgumentException("no plan job " + id);
            }
            job.requestCancel();
            solverJob = solverJobs.get(id);
        }
        if (solverJob == null) {
            return;
        }
        solverJob.terminateEarly();
        PlanJob cancelled = job;
        Thread watcher = new Thread(() -> {
            try {
                solverJob.getFinalBestSolution();
            } catch (CancellationException e) {
                cancelled.cancelBeforeStart();
                closeManager(id);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the exception handler given to solveAndListen reports it
            }
        }, "plan-cancel-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private PlanResult result(Prepared prepared, ExpansionPlan best, PlanJob job, Targets targets,
            double solveSeconds, long startedNanos) {
        PlanningInstance instance = prepared.instance();
        PlanEvaluation evaluation = new PlanEvaluator().evaluate(instance, ExpansionSolver.toChoices(best));
        ExactReference.Result exact = targets.exact();
        Double bound = exact == null || Double.isNaN(exact.bound()) ? null : exact.bound();
        Double gap = bound == null ? null : ExactReference.gap(evaluation.newlyCoveredPopulation(), bound);
        // the cheapest plan of the coverage this plan reaches: known already when it reached the optimum
        ExactReference.Cheapest cheapest = targets.cheapest();
        if (evaluation.feasible() && exact != null
                && (cheapest == null || evaluation.newlyCoveredPopulation() < exact.newlyCovered())) {
            cheapest = new ExactReference(job.request().exactTimeLimit(), ExactReference.WORKERS)
                    .cheapest(instance, evaluation.newlyCoveredPopulation());
        }
        Double costGap = cheapest == null || !evaluation.feasible() ? null
                : ExactReference.costGap(evaluation.costUah(), cheapest.costLowerBoundUah());
        CoverageResult today = prepared.coverage();
        return new PlanResult(prepared.areaCode(), prepared.areaName(), today.accessibility().standard(), today.accessibility().modelName(),
                today.accessibility().modelError(), instance.budgetUah(), instance.horizonYears(), instance.kinds(),
                instance.rules(), instance.candidates().size(), instance.demand().size(),
                evaluation.populationCoveredBefore(), evaluation.populationCoveredAfter(),
                evaluation.newlyCoveredPopulation(), evaluation.costUah(), evaluation.feasible(),
                evaluation.violations(), bound, gap, exact == null ? null : exact.status().name(),
                exact == null ? null : exact.newlyCovered(), evaluation.proposals(), explain(best, job.request()),
                String.valueOf(best.getScore()), job.progress(), Math.max(0, solveSeconds),
                exact == null ? null : Math.round(exact.seconds() * 100) / 100.0,
                costGap, cheapest == null ? null : cheapest.costUah(),
                cheapest == null ? null : cheapest.status().name(), job.stoppedAtOptimum(), secondsSince(startedNanos),
                today.exclusions(), rulesNote(job.request(), today), job.request().service(), instance.kindLimits(),
                instance.kinds().containsKey(AccessPointKind.MOBILE_CASE) ? CostAssumptions.mobileCaseReachNote()
                        : null);
    }

    private static List<RuleScore> explain(ExpansionPlan plan, PlanRequest request) {
        SolverFactory<ExpansionPlan> factory =
                SolverFactory.create(ExpansionSolver.solverConfig(request.timeLimit(), null, null));
        var explanation = SolutionManager.create(factory).explain(plan);
        List<RuleScore> rules = new ArrayList<>();
        for (ConstraintMatchTotal<?> total : explanation.getConstraintMatchTotalMap().values()) {
            rules.add(new RuleScore(total.getConstraintName(), String.valueOf(total.getScore()),
                    total.getConstraintMatchCount()));
        }
        rules.sort(java.util.Comparator.comparing(RuleScore::rule));
        return rules;
    }

    /**
     * Stops a search from its best-solution consumer. Not on the consumer's own thread: terminating
     * waits for the solver to end, and the solver waits for this consumer before it ends.
     */
    private static void terminateEarly(SolverManager<ExpansionPlan, String> manager, String id) {
        Thread stopper = new Thread(() -> manager.terminateEarly(id), "plan-stop-at-optimum");
        stopper.setDaemon(true);
        stopper.start();
    }

    private synchronized void closeManager(String id) {
        solverJobs.remove(id);
        SolverManager<ExpansionPlan, String> manager = managers.remove(id);
        if (manager != null) {
            // close from another thread: this may run on the manager's own solver thread
            Thread closer = new Thread(manager::close, "solver-manager-close");
            closer.setDaemon(true);
            closer.start();
        }
    }

    private void dropOldJobs() {
        var iterator = jobs.entrySet().iterator();
        while (jobs.size() > maxKeptJobs && iterator.hasNext()) {
            if (iterator.next().getValue().isFinished()) {
                iterator.remove();
            }
        }
    }

    private static double secondsSince(long nanos) {
        return Math.round((System.nanoTime() - nanos) / 1e7) / 100.0;
    }

    @Override
    public synchronized void close() {
        managers.values().forEach(SolverManager::close);
        managers.clear();
    }
}
