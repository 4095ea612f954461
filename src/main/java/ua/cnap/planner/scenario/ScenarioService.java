package ua.cnap.planner.scenario;

import ua.cnap.planner.coverage.NetworkChanges;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.routing.mobile.MobileRouteRequest;
import ua.cnap.planner.routing.mobile.MobileRouteResult;
import ua.cnap.planner.routing.mobile.MobileRouteService;
import ua.cnap.planner.routing.mobile.SolveLimits;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.cnap.planner.importing.DatasetStore;
import ua.cnap.planner.importing.ImportRun;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.LocalizedBadInputException;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.planning.InstanceUnion;
import ua.cnap.planner.planning.JobsFullException;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanJob;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.PlanningInstance;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.planning.PlanningService.Prepared;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.TerritoryRepository;

/**
 * Saved scenarios: create, list, open, rename, delete, run, compare. The CLI's {@code scenario}
 * commands and the web API call this.
 *
 * <p>A run goes through {@link PlanningService} (its jobs, progress and cancel): every oblast is
 * prepared (today's coverage, candidates); a POOL budget is then solved as ONE instance over all
 * oblasts ({@link InstanceUnion}), so the solver itself chooses where money newly covers the most
 * people; a SPLIT budget is solved oblast by oblast, each within its own amount. Runs go one at a time
 * on a runner thread; a run waits while the planning service's job slots are full. The result and
 * the data vintage (import run, registers) are saved with the scenario.
 *
 * <p>Crash safety: a scenario is saved QUEUED, then RUNNING, then with its outcome. If the process
 * dies in between, {@link #recoverAfterRestart()} (called once at start-up) marks it INTERRUPTED.
 */
public final class ScenarioService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioService.class);
    private static final Duration SLOT_WAIT = Duration.ofSeconds(2);

    private final ScenarioRepository repository;
    private final PlanningService planning;
    private final TerritoryRepository territory;
    private final DatasetStore imports;
    private final PlanDefaults defaults;
    private final MobileRouteService routes;
    private final Clock clock;
    private final Map<String, ScenarioRun> runs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "scenario-runner");
        thread.setDaemon(true);
        return thread;
    });

    public ScenarioService(ScenarioRepository repository, PlanningService planning, TerritoryRepository territory,
            DatasetStore imports, PlanDefaults defaults, Clock clock) {
        this(repository, planning, territory, imports, defaults, clock, null);
    }

    /** @param routes mobile routes after a plan (scenarios with {@code mobileRoutes}); null: none offered */
    public ScenarioService(ScenarioRepository repository, PlanningService planning, TerritoryRepository territory,
            DatasetStore imports, PlanDefaults defaults, Clock clock, MobileRouteService routes) {
        this.routes = routes;
        this.repository = repository;
        this.planning = planning;
        this.territory = territory;
        this.imports = imports;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** Marks scenarios left QUEUED or RUNNING by a stopped process INTERRUPTED; call once at start-up. */
    public int recoverAfterRestart() {
        int marked = repository.markActiveAsInterrupted(now(),
                "the planner stopped while this scenario was queued or running; run it again");
        if (marked > 0) {
            LOG.warn("{} scenario(s) were queued or running when the planner last stopped: marked INTERRUPTED",
                    marked);
        }
        return marked;
    }

    /** Saves a new scenario (status NEW); the parameters are checked first, naming the bad key. */
    public Scenario create(String name, ScenarioParameters parameters, String source) {
        return create(name, parameters, source, null);
    }

    /** Saves a new scenario owned by {@code owner} (an account name; null for the command line). */
    public Scenario create(String name, ScenarioParameters parameters, String source, String owner) {
        parameters.validate(source);
        if (name == null || name.isBlank()) {
            throw new BadInputException(source, "name", "give the scenario a name");
        }
        checkNameLength(source, name.strip());
        Instant now = now();
        Scenario scenario = new Scenario(UUID.randomUUID().toString(), name.strip(), ScenarioStatus.NEW, parameters,
                null, null, null, null, now, now, owner);
        repository.save(scenario);
        return scenario;
    }

    /** The longest scenario name, in UTF-16 units (the store's column holds 300 characters). */
    public static final int MAX_NAME_LENGTH = 300;

    private static void checkNameLength(String source, String name) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw new LocalizedBadInputException(source, "name", "at most " + MAX_NAME_LENGTH + " characters ("
                    + name.length() + " given)", "error.scenario.nameTooLong", name.length(), MAX_NAME_LENGTH);
        }
    }

    public List<ScenarioSummary> list() {
        return repository.list();
    }

    public Optional<Scenario> find(String id) {
        return repository.find(id);
    }

    public Scenario get(String id) {
        return repository.find(id).orElseThrow(() -> new ScenarioNotFoundException(id));
    }

    public Scenario rename(String id, String name) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("rename", "name", "the new name is empty");
        }
        checkNameLength("rename", name.strip());
        synchronized (this) {
            Scenario renamed = get(id).withName(name.strip(), now());
            repository.save(renamed);
            return renamed;
        }
    }

    /**
     * Refuses a change by someone who may not make it: planners change only the scenarios they own,
     * admins every one; scenarios without an owner (command line) only admins.
     */
    public void requireEditableBy(String id, String username, boolean admin) {
        Scenario scenario = get(id);
        if (!admin && (scenario.owner() == null || !scenario.owner().equals(username))) {
            throw new ScenarioForbiddenException("scenario " + id + " belongs to "
                    + (scenario.owner() == null ? "the command line" : scenario.owner())
                    + "; only its owner or an admin may change or run it");
        }
    }

    public void delete(String id) {
        synchronized (this) {
            if (runs.containsKey(id)) {
                throw new ScenarioConflictException("scenario " + id + " is running; cancel it first");
            }
            if (!repository.delete(id)) {
                throw new ScenarioNotFoundException(id);
            }
        }
    }

    /** The run in progress, if the scenario is queued or running in this process. */
    public Optional<ScenarioRun> findRun(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** Queues a run; returns at once. */
    public ScenarioRun run(String id) {
        ScenarioRun run;
        synchronized (this) {
            Scenario scenario = get(id);
            if (runs.containsKey(id)) {
                throw new ScenarioConflictException("scenario " + id + " is already " + scenario.status());
            }
            repository.save(scenario.queued(now()));
            run = new ScenarioRun(id, now());
            runs.put(id, run);
        }
        runner.submit(() -> execute(run));
        return run;
    }

    /** Runs and waits for the saved outcome. */
    public Scenario runAndWait(String id) {
        return run(id).await();
    }

    /** Stops a run: the plan solving now ends with its best so far, later oblasts are not solved. */
    public void cancel(String id) {
        ScenarioRun run = runs.get(id);
        if (run == null) {
            throw new ScenarioConflictException("scenario " + id + " is not running");
        }
        run.requestCancel();
        PlanJob job = run.currentJob();
        if (job != null && !job.isFinished()) {
            planning.cancel(job.id());
        }
    }

    public ScenarioComparison compare(String a, String b) {
        Scenario first = get(a);
        Scenario second = get(b);
        return ScenarioComparison.of(first, second);
    }

    /** The donor report of a finished scenario as CSV ({@link DonorReportCsv}). */
    public void writeDonorReport(String id, Writer out) throws IOException {
        DonorReportCsv.write(withResult(get(id)), out);
    }

    /** Hromadas with the difference of covered share between two scenarios, as GeoJSON. */
    public void writeDifferenceLayer(ScenarioComparison comparison, OutputStream out) throws IOException {
        Map<String, Hromada> hromadas = new HashMap<>();
        for (ScenarioComparison.HromadaDifference d : comparison.hromadas()) {
            territory.findHromada(d.code()).ifPresent(h -> hromadas.put(h.code(), h));
        }
        ScenarioDifferenceGeoJson.write(out, comparison, hromadas);
    }

    static Scenario withResult(Scenario scenario) {
        if (scenario.result() == null) {
            throw new ScenarioConflictException("scenario " + scenario.id() + " has no result yet (status "
                    + scenario.status() + ")");
        }
        return scenario;
    }

    private void execute(ScenarioRun run) {
        Scenario scenario = repository.find(run.scenarioId()).orElse(null);
        try {
            if (scenario == null) {
                return;
            }
            if (run.cancelRequested()) {
                scenario = scenario.finished(ScenarioStatus.CANCELLED, null, null, "cancelled before it started",
                        now());
                repository.save(scenario);
                return;
            }
            repository.save(scenario.withStatus(ScenarioStatus.RUNNING, now()));
            scenario = solve(scenario, run);
        } catch (RuntimeException e) {
            LOG.warn("scenario {} failed: {}", run.scenarioId(), e.getMessage());
            String error = e.getMessage() == null ? e.toString() : e.getMessage();
            scenario = scenario == null ? null : scenario.finished(ScenarioStatus.FAILED, null, null, error, now());
            if (scenario != null) {
                repository.save(scenario);
            }
        } finally {
            runs.remove(run.scenarioId());
            run.finish(scenario);
        }
    }

    private Scenario solve(Scenario scenario, ScenarioRun run) {
        ScenarioParameters p = scenario.parameters();
        List<ScenarioParameters.OblastPart> parts = p.oblasts();
        List<Long> budgets = p.budgetMode() == ScenarioParameters.BudgetMode.SPLIT ? p.splitBudgetsUah()
                : parts.stream().map(part -> p.budgetUah()).toList();
        List<PlanRequest> requests = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>();
        List<DataVintage.RegisterUsed> registers = new ArrayList<>();
        Map<String, String> oblastNames = new HashMap<>();
        Map<String, ua.cnap.planner.coverage.ExclusionSummary> exclusions = new HashMap<>();
        Map<String, Hromada> hromadas = new HashMap<>();
        for (int i = 0; i < parts.size() && !run.cancelRequested(); i++) {
            ScenarioParameters.OblastPart part = parts.get(i);
            run.step("preparing " + part.oblast() + " (" + (i + 1) + " of " + parts.size() + ")");
            PlanRequest request = request(p, part, budgets.get(i));
            Prepared one = planning.prepare(request);
            requests.add(request);
            prepared.add(one);
            String oblastCode = one.coverage().oblast().code();
            oblastNames.put(oblastCode, one.coverage().oblast().nameUk());
            exclusions.put(oblastCode, one.coverage().exclusions());
            territory.listHromadasInOblast(oblastCode).forEach(h -> hromadas.put(h.code(), h));
            for (Register r : one.coverage().registers()) {
                registers.add(new DataVintage.RegisterUsed(oblastCode, r.id(), r.name(), r.date(), r.historical()));
            }
        }
        ImportRun importRun = imports.findLastRun().orElse(null);
        DataVintage vintage = new DataVintage(importRun == null ? null : importRun.id(),
                importRun == null ? null : importRun.finishedAt(), importRun == null ? null : importRun.dataDir(),
                registers);

        List<ScenarioOutcomes.Solved> solved = new ArrayList<>();
        if (p.budgetMode() == ScenarioParameters.BudgetMode.POOL && !prepared.isEmpty()) {
            Prepared union = InstanceUnion.of(scenario.name(), p.budgetUah(), prepared);
            run.step("solving " + union.areaName() + " with one budget of " + p.budgetUah() + " UAH");
            solved.add(new ScenarioOutcomes.Solved(union, solveOne(run, requests.get(0), union, p.stepLimit()),
                    p.budgetUah()));
        } else {
            for (int i = 0; i < prepared.size() && !run.cancelRequested(); i++) {
                run.step("solving " + prepared.get(i).areaName() + " (" + (i + 1) + " of " + prepared.size() + ")");
                solved.add(new ScenarioOutcomes.Solved(prepared.get(i),
                        solveOne(run, requests.get(i), prepared.get(i), p.stepLimit()), budgets.get(i)));
            }
        }
        boolean complete = !run.cancelRequested() && solved.size() == (p.budgetMode()
                == ScenarioParameters.BudgetMode.POOL ? 1 : parts.size());
        ScenarioStatus status = run.cancelRequested() ? ScenarioStatus.CANCELLED : ScenarioStatus.DONE;
        ScenarioResult result = solved.isEmpty() ? null
                : new ScenarioOutcomes(hromadas, oblastNames, exclusions).build(p, solved, complete);
        Scenario outcome = scenario.finished(status, vintage, result, null, now());
        if (status == ScenarioStatus.DONE && p.mobileRoutes() != null) {
            outcome = outcome.withRoutes(ScenarioJson.write(route(p, result, run)), now());
        }
        repository.save(outcome);
        return outcome;
    }

    /**
     * Mobile routes per oblast for what the plan leaves beyond the standard: the plan's proposals are
     * added to today's network, then the oblast's remaining settlements are routed.
     */
    private List<MobileRouteResult> route(ScenarioParameters p, ScenarioResult result, ScenarioRun run) {
        if (routes == null) {
            throw new IllegalStateException("mobile routes are not available in this planner");
        }
        List<MobileRouteResult> routed = new ArrayList<>();
        for (ScenarioParameters.OblastPart part : p.oblasts()) {
            if (run.cancelRequested()) {
                break;
            }
            run.step("routing " + p.mobileRoutes().vehicles() + " " + p.mobileRoutes().kind() + " in " + part.oblast());
            List<AccessPoint> opened = new ArrayList<>();
            for (RankedProposal proposal : result.proposals()) {
                opened.add(new AccessPoint("proposal:" + proposal.candidateId() + ":" + proposal.kind(), "proposal",
                        proposal.site(), proposal.kind(), false, java.util.Set.of(), null, AccessPointStatus.OPEN,
                        ua.cnap.planner.io.Wgs84.FACTORY.createPoint(
                                new org.locationtech.jts.geom.Coordinate(proposal.lon(), proposal.lat())),
                        proposal.hromadaCode(), null, null, false, false));
            }
            MobileRouteRequest request = MobileRouteRequest.of(part.oblast(), p.standard(), p.mobileRoutes().kind(),
                            p.mobileRoutes().vehicles())
                    .withRegister(part.register())
                    .withChanges(new NetworkChanges(opened, null, null))
                    .withLimits(new SolveLimits(Duration.ofSeconds(p.timeLimitSeconds()), p.stepLimit(), null))
                    .withExclusionChoice(p.exclusionChoice());
            routed.add(routes.solve(request));
        }
        return routed;
    }

    /** Starts the job when a slot is free (waiting while others solve) and waits for its plan. */
    private PlanResult solveOne(ScenarioRun run, PlanRequest request, Prepared prepared, Integer stepLimit) {
        while (!run.cancelRequested()) {
            PlanJob job;
            try {
                job = planning.start(request, prepared, stepLimit);
            } catch (JobsFullException full) {
                try {
                    Thread.sleep(SLOT_WAIT.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for a free planning slot", e);
                }
                continue;
            }
            run.solving(job);
            if (run.cancelRequested()) {
                planning.cancel(job.id());
            }
            PlanResult result = job.awaitResult();
            run.solving(null);
            return result;
        }
        return null;
    }

    private PlanRequest request(ScenarioParameters p, ScenarioParameters.OblastPart part, long budgetUah) {
        Map<AccessPointKind, KindAssumptions> kinds = new java.util.EnumMap<>(AccessPointKind.class);
        defaults.kinds().forEach((kind, assumptions) -> {
            if (p.kinds().isEmpty() || p.kinds().contains(kind)) {
                kinds.put(kind, assumptions);
            }
        });
        PlanningInstance.Rules rules = PlanRequest.rulesNamed(p.rules(), "rules");
        return new PlanRequest(part.oblast(), part.register(), p.standard(), budgetUah,
                p.horizonYears() == null ? defaults.horizonYears() : p.horizonYears(), kinds, rules,
                p.minCandidatePopulation(), Duration.ofSeconds(p.timeLimitSeconds()),
                Duration.ofSeconds(p.exactTimeLimitSeconds())).withExclusionChoice(p.exclusionChoice());
    }

    /** Store times to the millisecond, which both stores keep exactly. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Stops the runner; scenarios it held are marked INTERRUPTED (as after a crash, but at once). */
    @Override
    public void close() {
        for (ScenarioRun run : runs.values()) {
            run.requestCancel();
            PlanJob job = run.currentJob();
            if (job != null && !job.isFinished()) {
                planning.cancel(job.id());
            }
        }
        runner.shutdownNow();
        if (!runs.isEmpty()) {
            repository.markActiveAsInterrupted(now(), "the planner was stopped while this scenario ran; run it again");
        }
    }
}
