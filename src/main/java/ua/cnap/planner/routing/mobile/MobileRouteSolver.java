package ua.cnap.planner.routing.mobile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
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

/**
 * Solves a {@link MobileRoutingProblem} with OptaPlanner's list variable (one list per vehicle-day
 * plus the list of unscheduled visits): the default list construction, then late acceptance over
 * list change, swap, sub-list and k-opt moves, as for the CVRP engine ({@code routing.cvrp}).
 *
 * <p>Visits that cannot be made at all are taken out before solving and reported with the reason:
 * a settlement that no depot reaches, serves and returns from within one shift, and visits beyond
 * one a day for the cycle.
 */
public final class MobileRouteSolver {

    static final int LATE_ACCEPTANCE_SIZE = 200;

    private final EnvironmentMode environmentMode;

    public MobileRouteSolver() {
        this(EnvironmentMode.REPRODUCIBLE);
    }

    /** FULL_ASSERT lets tests check the incremental score against a full recount. */
    MobileRouteSolver(EnvironmentMode environmentMode) {
        this.environmentMode = Objects.requireNonNull(environmentMode);
    }

    /** Lets another thread stop a running solve; the best schedule so far is then returned. */
    public static final class Cancellation {
        private volatile Solver<MobileSchedule> solver;
        private volatile boolean requested;

        public void cancel() {
            requested = true;
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
        MobileSchedule unsolved = build(problem, feasibility);
        long started = System.nanoTime();
        MobileSchedule best;
        if (unsolved.getVisits().isEmpty()) {
            best = unsolved;
            best.setScore(HardMediumSoftLongScore.ZERO);
        } else {
            Solver<MobileSchedule> solver = SolverFactory.<MobileSchedule>create(config(limits)).buildSolver();
            solver.addEventListener(event -> onProgress.accept(new Progress(
                    (System.nanoTime() - started) / 1e9, event.getNewBestScore().toString(),
                    scheduledVisits(event.getNewBestSolution()),
                    MobileRoutePlans.populationReached(problem, event.getNewBestSolution()))));
            cancellation.attach(solver);
            best = solver.solve(unsolved);
        }
        double seconds = Math.round((System.nanoTime() - started) / 1e7) / 100.0;
        return MobileRoutePlans.describe(problem, best, feasibility, travelModel, seconds);
    }

    private static int scheduledVisits(MobileSchedule schedule) {
        int visits = 0;
        for (VehicleDay day : schedule.getVehicleDays()) {
            if (day.isScheduled()) {
                visits += day.getVisits().size();
            }
        }
        return visits;
    }

    /** The OptaPlanner solution: one list per vehicle and working day, one for unscheduled visits. */
    static MobileSchedule build(MobileRoutingProblem problem, Feasibility feasibility) {
        MobileRoutingProblem.FleetCosts costs = problem.costs();
        ScheduleRules rules = new ScheduleRules(problem.driveSeconds(), problem.shiftSeconds(), problem.cycleDays(),
                problem.minSpacingDays(), costs.drivingPerHourUah() * 100, costs.spacingShortfallPerDayUah() * 100);
        List<RouteVehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < problem.vehicles().size(); v++) {
            MobileRoutingProblem.FleetVehicle vehicle = problem.vehicles().get(v);
            vehicles.add(new RouteVehicle(v, vehicle.id(), vehicle.kind(), vehicle.depot(),
                    costs.vehiclePerCycleUah() * 100));
        }
        List<VehicleDay> days = new ArrayList<>();
        int id = 0;
        for (RouteVehicle vehicle : vehicles) {
            for (int day = 0; day < problem.cycleDays(); day++) {
                days.add(new VehicleDay(id++, vehicle, day, rules));
            }
        }
        days.add(VehicleDay.unscheduled(id, rules));
        List<Visit> visits = new ArrayList<>();
        // larger settlements first: the construction then fits the visits that weigh most while days are empty
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < problem.places().size(); p++) {
            order.add(p);
        }
        order.sort(Comparator.comparingLong((Integer p) -> -problem.places().get(p).population()));
        for (int p : order) {
            Place place = problem.places().get(p);
            for (int k = 0; k < feasibility.possibleVisits()[p]; k++) {
                visits.add(new Visit(visits.size(), p, problem.placeNode(p), place.serviceSeconds(), place.population()));
            }
        }
        return new MobileSchedule(vehicles, days, visits);
    }

    private SolverConfig config(SolveLimits limits) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(limits.timeLimit());
        if (limits.unimprovedLimit() != null) {
            termination.setUnimprovedSpentLimit(limits.unimprovedLimit());
        }
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
                .withPhases(
                        new ConstructionHeuristicPhaseConfig(),
                        localSearch
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                        new ListChangeMoveSelectorConfig(),
                                        new ListSwapMoveSelectorConfig(),
                                        new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true),
                                        new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true),
                                        new KOptListMoveSelectorConfig()))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }
}
