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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.importing.DatasetStore;
import ua.cnap.planner.importing.ImportRun;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.LocalizedBadInputException;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.planning.InstanceUnion;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.PlanningInstance;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.planning.PlanningService.Prepared;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.TerritoryRepository;

/**
 * Saved scenarios: create, list, open, rename, delete, run, compare. The CLI's {@code scenario}
 * commands and the web API call this.
 *
 * <p>A scenario is executed by a run of kind SCENARIO ({@code ua.cnap.planner.run}: one persisted,
 * bounded queue for plans, routes and scenarios) through {@link #execute}: every oblast is prepared
 * (today's coverage, candidates); a POOL budget is then solved as ONE instance over all oblasts
 * ({@link InstanceUnion}), so the solver itself chooses where money newly covers the most people; a
 * SPLIT budget is solved oblast by oblast, each within its own amount. The result and the data vintage
 * (import run, registers) are saved with the scenario.
 *
 * <p>Crash safety: a scenario is saved QUEUED, then RUNNING, then with its outcome. If the process
 * dies in between, its run is taken over (by another instance, or by this one after a restart) and
 * executed again from the start.
 */
public final class ScenarioService {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioService.class);

    private final ScenarioRepository repository;
    private final PlanningService planning;
    private final TerritoryRepository territory;
    private final DatasetStore imports;
    private final PlanDefaults defaults;
    private final MobileRouteService routes;
    private final Clock clock;

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
        if (!Scenario.mayBeChangedBy(scenario.owner(), username, admin)) {
            throw new ScenarioForbiddenException("scenario " + id + " belongs to "
                    + (scenario.owner() == null ? "the command line" : scenario.owner())
                    + "; only its owner or an admin may change or run it");
        }
    }

    public void delete(String id) {
        synchronized (this) {
            Scenario scenario = get(id);
            if (scenario.status().isActive()) {
                throw new ScenarioConflictException("scenario " + id + " is " + scenario.status() + "; stop its run first");
            }
            if (!repository.delete(id)) {
                throw new ScenarioNotFoundException(id);
            }
        }
    }

    /** Refuses to queue a scenario that is queued or running already. */
    public void requireIdle(String id) {
        Scenario scenario = get(id);
        if (scenario.status().isActive()) {
            throw new ScenarioConflictException("scenario " + id + " is already " + scenario.status());
        }
    }

    /**
     * Saves the scenario QUEUED before its run is queued (so that the run's own RUNNING is never
     * overwritten); gives the scenario as it was, for {@link #restore} when the run is refused.
     */
    public Scenario markQueued(String id) {
        synchronized (this) {
            Scenario before = get(id);
            if (before.status().isActive()) {
                throw new ScenarioConflictException("scenario " + id + " is already " + before.status());
            }
            repository.save(before.queued(now()));
            return before;
        }
    }

    /** Puts back a scenario as {@link #markQueued} found it (its run was refused). */
    public void restore(Scenario before) {
        synchronized (this) {
            repository.save(before);
        }
    }

    /** Runs on the calling thread and gives the saved outcome (command line, tests). */
    public Scenario runAndWait(String id) {
        return execute(new ScenarioRun(id));
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

    /**
     * Executes a scenario on the calling thread (a run of kind SCENARIO calls this on its executor's
     * thread): saved RUNNING, then DONE, CANCELLED or FAILED with its result; gives the saved scenario.
     */
    public Scenario execute(ScenarioRun run) {
        Scenario scenario = get(run.scenarioId());
        try {
            if (run.cancelRequested()) {
                scenario = scenario.finished(ScenarioStatus.CANCELLED, null, null, "cancelled before it started",
                        now());
                repository.save(scenario);
                return scenario;
            }
            repository.save(scenario.withStatus(ScenarioStatus.RUNNING, now()));
            return solve(scenario, run).scenario();
        } catch (RuntimeException e) {
            return failed(scenario, e);
        }
    }

    /**
     * Executes a plan run ({@code POST /api/plans}, the map's plan panel) as a saved scenario with the
     * run's id and owner: one oblast, one budget, solved by the same code as any scenario, so that the
     * plan is listed, renamed, compared and donor-reported like any other scenario and survives restarts.
     * The scenario is saved RUNNING at once (named after the oblast, budget, standard and service), then
     * with its outcome; a run executed again (its instance died) keeps the name the scenario has by then.
     *
     * @param id         the run's id, also the scenario's
     * @param owner      the run's owner (null: single-user mode)
     * @param parameters the plan as a scenario ({@link ScenarioParameters#ofPlan})
     * @return the plan of the one solve; null when stopped before the search started
     * @throws RuntimeException when the plan fails (the scenario is saved FAILED first)
     */
    public PlanResult executePlan(String id, String owner, ScenarioParameters parameters, ScenarioRun run) {
        parameters.validate("plan");
        if (parameters.budgetMode() != ScenarioParameters.BudgetMode.POOL) {
            throw new IllegalArgumentException("a plan has one budget");
        }
        Instant now = now();
        Scenario scenario = repository.find(id)
                .map(saved -> new Scenario(id, saved.name(), ScenarioStatus.RUNNING, parameters, null, null, null,
                        null, saved.createdAt(), now, owner))
                .orElseGet(() -> new Scenario(id, planName(parameters), ScenarioStatus.RUNNING, parameters, null,
                        null, null, null, now, now, owner));
        repository.save(scenario);
        Solve solve;
        try {
            solve = solve(scenario, run);
        } catch (RuntimeException e) {
            failed(scenario, e);
            throw e;
        }
        return solve.solved().isEmpty() ? null : solve.solved().get(0).plan();
    }

    /**
     * The scenario's oblasts, with "all" (every oblast with hromadas and Kyiv) and lists joined by commas
     * spelled out, each with the register its entry names: one pool needs every oblast's facts.
     */
    private List<ScenarioParameters.OblastPart> expanded(ScenarioParameters p) {
        List<ScenarioParameters.OblastPart> parts = new ArrayList<>();
        for (ScenarioParameters.OblastPart part : p.oblasts()) {
            List<String> codes = planning.areaCodes(part.oblast());
            if (codes.size() > 1 && p.budgetMode() == ScenarioParameters.BudgetMode.SPLIT) {
                throw new ua.cnap.planner.io.BadInputException("scenario", "oblasts", "'" + part.oblast()
                        + "' names several oblasts: with budgetMode split list each with its budget");
            }
            for (String code : codes) {
                parts.add(codes.size() == 1 ? part
                        : new ScenarioParameters.OblastPart(code, part.register(), part.budgetUah(), part.share()));
            }
        }
        return parts;
    }

    /** "План: Чернівецька, 2 000 000 грн, 10 хв або 5 км, паспортні послуги" (figures with no-break spaces). */
    private String planName(ScenarioParameters p) {
        String area = p.oblasts().get(0).oblast();
        String oblast = ua.cnap.planner.coverage.CoverageRequest.ALL.equalsIgnoreCase(area.strip()) ? "Україна"
                : String.join(" + ", planning.areaCodes(area).stream()
                        .map(a -> CoverageService.resolveOblast(a, territory.listOblasts()).nameUk()).toList());
        StringBuilder name = new StringBuilder("План: ").append(oblast);
        if (p.budgetUah() != null) {
            // groups joined by no-break spaces, so that a list never breaks a figure over two lines
            name.append(", ").append(String.format(Locale.ROOT, "%,d", p.budgetUah()).replace(',', '\u00a0'))
                    .append("\u00a0грн");
        }
        if (p.passportStations() != null && p.passportStations() > 0) {
            name.append(", паспортних станцій: ").append(p.passportStations());
        }
        if (p.mobileCases() != null && p.mobileCases() > 0) {
            name.append(", мобільних кейсів: ").append(p.mobileCases());
        }
        name.append(", ").append(number(p.maxMinutes())).append(" хв ")
                .append(p.standardRule() == AccessStandard.Rule.BOTH ? "і " : "або ").append(number(p.maxKilometres()))
                .append(" км");
        if (!p.requirement().isAny()) {
            name.append(", ").append(p.requirement().describeUk());
        }
        return name.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }

    private Scenario failed(Scenario scenario, RuntimeException e) {
        LOG.warn("scenario {} failed: {}", scenario.id(), e.getMessage());
        String error = e.getMessage() == null ? e.toString() : e.getMessage();
        Scenario failed = scenario.finished(ScenarioStatus.FAILED, null, null, error, now());
        repository.save(failed);
        return failed;
    }

    /** A scenario as saved after its solves, and the solves (one per oblast, or one for a pool). */
    private record Solve(Scenario scenario, List<ScenarioOutcomes.Solved> solved) {
    }

    private Solve solve(Scenario scenario, ScenarioRun run) {
        ScenarioParameters p = scenario.parameters();
        List<ScenarioParameters.OblastPart> parts = expanded(p);
        // one pool: the budget asked or, for the donor's equipment without one, what the equipment costs
        long pool = p.budgetUah() != null ? p.budgetUah() : defaults.budgetForEquipmentUah(p.equipment(),
                p.horizonYears() == null ? defaults.horizonYears() : p.horizonYears());
        List<Long> budgets = p.budgetMode() == ScenarioParameters.BudgetMode.SPLIT ? p.splitBudgetsUah()
                : parts.stream().map(part -> pool).toList();
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
            Prepared union = InstanceUnion.of(scenario.name(), pool, prepared);
            run.step("solving " + union.areaName() + " with one budget of " + pool + " UAH");
            solved.add(new ScenarioOutcomes.Solved(union, solveOne(run, requests.get(0), union, p.stepLimit()),
                    pool));
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
        return new Solve(outcome, solved);
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
        for (ScenarioParameters.OblastPart part : expanded(p)) {
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

    /** Solves one instance on this thread; null when stopped before the search started. */
    private PlanResult solveOne(ScenarioRun run, PlanRequest request, Prepared prepared, Integer stepLimit) {
        if (run.cancelRequested()) {
            return null;
        }
        return planning.solve(request, prepared, stepLimit, run::progress, run.stop());
    }

    private PlanRequest request(ScenarioParameters p, ScenarioParameters.OblastPart part, long budgetUah) {
        PlanningInstance.Rules rules = PlanRequest.rulesNamed(p.rules(), "rules");
        PlanRequest request = new PlanRequest(part.oblast(), part.register(), p.standard(), budgetUah,
                p.horizonYears() == null ? defaults.horizonYears() : p.horizonYears(), defaults.kinds(), rules,
                p.minCandidatePopulation(), Duration.ofSeconds(p.timeLimitSeconds()),
                Duration.ofSeconds(p.exactTimeLimitSeconds())).withExclusionChoice(p.exclusionChoice());
        // the kinds, the service and the equipment as the CLI and the web API turn them into a request
        List<String> kinds = p.kinds().isEmpty() ? null : p.kinds().stream().map(Enum::name).sorted().toList();
        return defaults.forService(request, p.requirement(), p.equipment(), kinds,
                p.budgetUah() == null && p.equipment().isAsked() ? null : budgetUah);
    }

    /** Store times to the millisecond, which both stores keep exactly. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
