package ua.cnap.planner.routing.mobile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import ua.cnap.planner.routing.mobile.MobileRoutingProblem.Place;
import ua.cnap.planner.routing.mobile.domain.MobileSchedule;
import ua.cnap.planner.routing.mobile.domain.RouteVehicle;
import ua.cnap.planner.routing.mobile.domain.ScheduleRules;
import ua.cnap.planner.routing.mobile.domain.VehicleDay;
import ua.cnap.planner.routing.mobile.domain.Visit;
import ua.cnap.planner.routing.mobile.solver.MobileRouteConstraintProvider;
import ua.cnap.planner.routing.schedule.Schedule;
import ua.cnap.planner.routing.schedule.ScheduleEngine;
import ua.cnap.planner.routing.schedule.ScheduleEvaluator;
import ua.cnap.planner.routing.schedule.ScheduleProblem;
import ua.cnap.planner.routing.schedule.VisitPattern;

/**
 * Solves a {@link MobileRoutingProblem} on the shared schedule engine ({@code routing.schedule}, the
 * one {@code bench pvrp} and {@code bench cvrp} measure): each settlement gets one visit pattern
 * ({@link VisitRules#patterns}) and its visits go on that pattern's days; then OptaPlanner polishes
 * the routes (late acceptance over list moves, the pattern days kept as a hard rule) for a tenth of
 * the time. The polished schedule is kept only if {@link ScheduleEvaluator} finds it feasible and no
 * dearer.
 *
 * <p>Settlements whose visits cannot be made at all are taken out before solving and reported with the
 * reason: out of reach within a shift, more visits than days, no pattern at the asked spacing.
 */
public final class MobileRouteSolver {

    static final int LATE_ACCEPTANCE_SIZE = 200;
    /** Share of the time limit the OptaPlanner polish gets. */
    static final double POLISH_SHARE = 0.1;
    /**
     * A missed visit costs (residents + 1) × this in the engine's objective: more than any vehicle or
     * driving it could save, so the engine first serves as many residents as it can, then saves money.
     */
    static final double MISSED_UAH_PER_RESIDENT_VISIT = 1_000_000;

    private final EnvironmentMode environmentMode;

    public MobileRouteSolver() {
        this(EnvironmentMode.REPRODUCIBLE);
    }

    /** FULL_ASSERT lets tests check the polish's incremental score against a full recount. */
    MobileRouteSolver(EnvironmentMode environmentMode) {
        this.environmentMode = Objects.requireNonNull(environmentMode);
    }

    /** Lets another thread stop a running solve; the best schedule so far is then returned. */
    public static final class Cancellation {
        private final ScheduleEngine.Cancellation engine = new ScheduleEngine.Cancellation();
        private volatile Solver<MobileSchedule> solver;
        private volatile boolean requested;

        public void cancel() {
            requested = true;
            engine.cancel();
            Solver<MobileSchedule> running = solver;
            if (running != null) {
                running.terminateEarly();
            }
        }

        public boolean isRequested() {
            return requested;
        }

        void attach(Solver<MobileSchedule> running) {
            solver = running;
            if (requested) {
                running.terminateEarly();
            }
        }
    }

    /** A better schedule found while solving. */
    public record Progress(double seconds, String score, int visitsScheduled, long populationReached) {
    }

    public MobileRoutePlan solve(MobileRoutingProblem problem, SolveLimits limits, String travelModel) {
        return solve(problem, limits, travelModel, progress -> { }, new Cancellation());
    }

    public MobileRoutePlan solve(MobileRoutingProblem problem, SolveLimits limits, String travelModel,
            Consumer<Progress> onProgress, Cancellation cancellation) {
        Feasibility feasibility = Feasibility.check(problem);
        EngineProblem engineProblem = EngineProblem.of(problem, feasibility);
        long started = System.nanoTime();
        Duration polishTime = Duration.ofMillis(Math.round(limits.timeLimit().toMillis() * POLISH_SHARE));
        ScheduleEngine.Limits engineLimits = new ScheduleEngine.Limits(limits.timeLimit().minus(polishTime),
                limits.stepLimit() == null ? Long.MAX_VALUE : limits.stepLimit(), null);
        ScheduleEngine.Result engine = new ScheduleEngine().solve(engineProblem.problem(), engineLimits,
                progress -> onProgress.accept(new Progress((System.nanoTime() - started) / 1e9,
                        String.format(java.util.Locale.ROOT, "%.0f UAH", progress.objective()),
                        engineProblem.visits(progress.schedule()),
                        engineProblem.populationReached(progress.schedule()))),
                cancellation.engine);
        Schedule best = engine.schedule();
        SolverFactory<MobileSchedule> factory = SolverFactory.create(config(limits, polishTime));
        MobileSchedule schedule = build(problem, engineProblem, best);
        if (!cancellation.isRequested() && engine.evaluation().visits() > 0) {
            Solver<MobileSchedule> solver = factory.buildSolver();
            cancellation.attach(solver);
            MobileSchedule polished = solver.solve(schedule);
            Schedule polishedSchedule = engineProblem.scheduleOf(polished);
            ScheduleEvaluator.Evaluation check = ScheduleEvaluator.evaluate(engineProblem.problem(), polishedSchedule);
            if (check.feasible() && check.objective() <= engine.evaluation().objective() + 1e-6) {
                best = polishedSchedule;
                onProgress.accept(new Progress((System.nanoTime() - started) / 1e9,
                        String.valueOf(polished.getScore()), check.visits(),
                        engineProblem.populationReached(polishedSchedule)));
            }
            schedule = build(problem, engineProblem, best);
        }
        if (schedule.getVisits().isEmpty()) {
            schedule.setScore(HardMediumSoftLongScore.ZERO); // OptaPlanner refuses an empty value range
        } else {
            SolutionManager.create(factory).update(schedule);
        }
        ScheduleEvaluator.Evaluation evaluation = ScheduleEvaluator.evaluate(engineProblem.problem(), best);
        double seconds = Math.round((System.nanoTime() - started) / 1e7) / 100.0;
        return MobileRoutePlans.describe(problem, schedule, feasibility, engineProblem.patternsOf(best), evaluation,
                travelModel, seconds);
    }

    /**
     * The engine's view of a mobile problem: nodes as in the mobile problem, one customer per settlement
     * whose visits are possible (its patterns from {@link VisitRules#patterns}), travel in seconds priced
     * per hour, each vehicle's cycle price as its fixed cost, shift as the longest route.
     *
     * @param placeOf place index of each engine customer
     */
    record EngineProblem(ScheduleProblem problem, int[] placeOf, MobileRoutingProblem mobile) {

        static EngineProblem of(MobileRoutingProblem mobile, Feasibility feasibility) {
            int nodes = mobile.driveSeconds().length;
            double[][] travel = new double[nodes][nodes];
            for (int a = 0; a < nodes; a++) {
                for (int b = 0; b < nodes; b++) {
                    travel[a][b] = mobile.driveSeconds()[a][b];
                }
            }
            List<ScheduleProblem.Vehicle> vehicles = new ArrayList<>();
            for (MobileRoutingProblem.FleetVehicle vehicle : mobile.vehicles()) {
                vehicles.add(new ScheduleProblem.Vehicle(vehicle.id(), vehicle.depot(), Long.MAX_VALUE,
                        mobile.shiftSeconds(), mobile.costs().vehiclePerCycleUah()));
            }
            List<ScheduleProblem.Customer> customers = new ArrayList<>();
            List<Integer> placeOf = new ArrayList<>();
            for (int p = 0; p < mobile.places().size(); p++) {
                if (feasibility.possibleVisits()[p] == 0) {
                    continue;
                }
                Place place = mobile.places().get(p);
                customers.add(new ScheduleProblem.Customer(place.settlementId(), mobile.placeNode(p), 0,
                        place.serviceSeconds(), mobile.patterns(p),
                        (place.population() + 1.0) * place.requiredVisits() * MISSED_UAH_PER_RESIDENT_VISIT));
                placeOf.add(p);
            }
            ScheduleProblem problem = new ScheduleProblem("mobile routes", mobile.cycleDays(), vehicles, customers,
                    travel, mobile.costs().drivingPerHourUah() / 3600.0);
            return new EngineProblem(problem, placeOf.stream().mapToInt(Integer::intValue).toArray(), mobile);
        }

        int visits(Schedule schedule) {
            int visits = 0;
            for (int[][] vehicle : schedule.routes()) {
                for (int[] route : vehicle) {
                    visits += route.length;
                }
            }
            return visits;
        }

        long populationReached(Schedule schedule) {
            long population = 0;
            for (int c = 0; c < placeOf.length; c++) {
                population += schedule.isServed(c) ? mobile.places().get(placeOf[c]).population() : 0;
            }
            return population;
        }

        /** Per place, the chosen pattern, or null. */
        VisitPattern[] patternsOf(Schedule schedule) {
            VisitPattern[] patterns = new VisitPattern[mobile.places().size()];
            for (int c = 0; c < placeOf.length; c++) {
                if (schedule.isServed(c)) {
                    patterns[placeOf[c]] = problem.customers().get(c).patterns().get(schedule.pattern()[c]);
                }
            }
            return patterns;
        }

        /** The engine's schedule of an OptaPlanner solution; a settlement's pattern read off its days. */
        Schedule scheduleOf(MobileSchedule solution) {
            int vehicles = problem.vehicles().size();
            int days = problem.days();
            int[] customerOf = new int[mobile.places().size()];
            java.util.Arrays.fill(customerOf, -1);
            for (int c = 0; c < placeOf.length; c++) {
                customerOf[placeOf[c]] = c;
            }
            int[][][] routes = new int[vehicles][days][0];
            List<List<Integer>> daysOf = new ArrayList<>();
            for (int c = 0; c < placeOf.length; c++) {
                daysOf.add(new ArrayList<>());
            }
            for (VehicleDay day : solution.getVehicleDays()) {
                if (!day.isScheduled()) {
                    continue;
                }
                int[] route = day.getVisits().stream().mapToInt(v -> customerOf[v.getPlaceIndex()]).toArray();
                routes[day.getVehicle().index()][day.getDay()] = route;
                for (int c : route) {
                    daysOf.get(c).add(day.getDay());
                }
            }
            int[] pattern = new int[placeOf.length];
            for (int c = 0; c < placeOf.length; c++) {
                int[] visited = daysOf.get(c).stream().mapToInt(Integer::intValue).sorted().toArray();
                pattern[c] = visited.length == 0 ? -1
                        : problem.customers().get(c).patterns().indexOf(new VisitPattern(visited));
                if (visited.length > 0 && pattern[c] < 0) {
                    pattern[c] = -2; // off every pattern: the evaluator reports it
                }
            }
            return new Schedule(routes, pattern);
        }
    }

    /** The OptaPlanner solution of an engine schedule: one list per vehicle and working day, one unscheduled. */
    static MobileSchedule build(MobileRoutingProblem problem, EngineProblem engine, Schedule schedule) {
        MobileRoutingProblem.FleetCosts costs = problem.costs();
        ScheduleRules rules = new ScheduleRules(problem.driveSeconds(), problem.shiftSeconds(), problem.cycleDays(),
                costs.drivingPerHourUah() * 100);
        List<RouteVehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < problem.vehicles().size(); v++) {
            MobileRoutingProblem.FleetVehicle vehicle = problem.vehicles().get(v);
            vehicles.add(new RouteVehicle(v, vehicle.id(), vehicle.kind(), vehicle.depot(),
                    costs.vehiclePerCycleUah() * 100));
        }
        List<Visit> visits = new ArrayList<>();
        List<VehicleDay> days = new ArrayList<>();
        int id = 0;
        for (RouteVehicle vehicle : vehicles) {
            for (int day = 0; day < problem.cycleDays(); day++) {
                VehicleDay vehicleDay = new VehicleDay(id++, vehicle, day, rules);
                List<Visit> route = new ArrayList<>();
                for (int c : schedule.route(vehicle.index(), day)) {
                    Visit visit = visit(problem, visits.size(), engine.placeOf()[c], day);
                    visits.add(visit);
                    route.add(visit);
                }
                vehicleDay.setVisits(route);
                days.add(vehicleDay);
            }
        }
        VehicleDay unscheduled = VehicleDay.unscheduled(id, rules);
        List<Visit> missed = new ArrayList<>();
        for (int c = 0; c < engine.placeOf().length; c++) {
            if (!schedule.isServed(c)) {
                int p = engine.placeOf()[c];
                for (int k = 0; k < problem.places().get(p).requiredVisits(); k++) {
                    Visit visit = visit(problem, visits.size(), p, -1);
                    visits.add(visit);
                    missed.add(visit);
                }
            }
        }
        missed.sort(Comparator.comparingInt(Visit::getId));
        unscheduled.setVisits(missed);
        days.add(unscheduled);
        return new MobileSchedule(vehicles, days, visits);
    }

    private static Visit visit(MobileRoutingProblem problem, int id, int place, int day) {
        Place p = problem.places().get(place);
        return new Visit(id, place, problem.placeNode(place), p.serviceSeconds(), p.population(), day);
    }

    private SolverConfig config(SolveLimits limits, Duration polishTime) {
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(polishTime.isZero() ? Duration.ofMillis(1) : polishTime);
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
        if (limits.stepLimit() != null) {
            localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(limits.stepLimit()));
        }
        return new SolverConfig()
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(0L)
                .withSolutionClass(MobileSchedule.class)
                .withEntityClasses(VehicleDay.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(MobileRouteConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withTerminationConfig(termination)
                .withPhases(localSearch
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ListChangeMoveSelectorConfig(),
                                new ListSwapMoveSelectorConfig(),
                                new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true),
                                new KOptListMoveSelectorConfig()))
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }
}
