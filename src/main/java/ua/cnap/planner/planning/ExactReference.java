package ua.cnap.planner.planning;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.Candidate;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.planning.PlanningInstance.Option;

/**
 * The same instance as an integer programme, solved with OR-Tools CP-SAT: the reference that says
 * how good a plan is. Binary x[c,k] opens candidate c as kind k; binary y[d] marks a demand point
 * that is newly covered:
 * <pre>
 *   maximise  Σ population(d) · y[d]                 over demand points not covered today
 *   y[d] ≤ Σ x[c,k] over options covering d
 *   Σ cost(c,k) · x[c,k] ≤ budget
 *   Σ_k x[c,k] ≤ 1 per settlement                    (equipment: per candidate, see Candidate#settlementSlot)
 *   Σ_c x[c,k] ≤ limit(k)                           per kind with a limit (the donor's stations, cases)
 *   Σ x[c, MAIN_OFFICE] ≥ 1 over c in h              per hromada h needing a main office (rule on)
 *   x[c, BRANCH or REMOTE_WORKPLACE] ≤ Σ x[c', MAIN_OFFICE] over c' in h   (rule on, h without one)
 * </pre>
 * Capacity is left out. CP-SAT's best objective bound is an upper bound on the newly covered
 * population of any feasible plan, so {@link #gap} of a heuristic plan against it is a proven gap.
 * Cost, the second thing a plan is judged by, has its own solve ({@link #cheapest}): the same
 * constraints with coverage held at least at a given figure, minimising cost, so that
 * {@link #costGap} says how much dearer a plan is than the cheapest of the same coverage. Travel
 * time, the last tie-breaker, is not part of either.
 */
public final class ExactReference {

    /** Outcome of a CP-SAT solve. */
    public enum Status {
        OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN
    }

    /**
     * @param status             how far CP-SAT got
     * @param newlyCovered       newly covered population of its best plan
     * @param bound              upper bound on the newly covered population of any feasible plan
     * @param choices            its best plan
     * @param seconds            wall time
     */
    public record Result(Status status, long newlyCovered, double bound, List<Choice> choices, double seconds) {
    }

    /**
     * CP-SAT workers. More than the 2 cores here on purpose: CP-SAT runs a portfolio of strategies, and
     * with 2 workers its bound stayed at the trivial "everyone coverable" on random instances of 400
     * candidates × 500 settlements for 60 s, while 8 workers proved the optimum in about a second.
     */
    public static final int WORKERS = 8;

    private final Duration timeLimit;
    private final int workers;

    public ExactReference(Duration timeLimit, int workers) {
        this.timeLimit = timeLimit;
        this.workers = workers;
    }

    /** The plan that newly covers the most people within the budget and the hard rules. */
    public Result solve(PlanningInstance instance) {
        Model m = new Model(instance);
        m.cp.maximize(m.coverage());
        Solved solved = m.solve();
        return switch (solved.status()) {
            case OPTIMAL, FEASIBLE -> new Result(solved.status(), Math.round(solved.objective()), solved.bound(),
                    solved.choices(), solved.seconds());
            default -> new Result(solved.status(), 0, Double.NaN, List.of(), solved.seconds());
        };
    }

    /**
     * The cheapest plan that newly covers at least {@code minNewlyCovered} people within the budget and
     * the hard rules: how much a plan with that coverage must cost at least. Cost is the second thing a
     * plan is judged by, so a plan at the coverage optimum is only optimal if no plan of the same
     * coverage is cheaper.
     */
    public Cheapest cheapest(PlanningInstance instance, long minNewlyCovered) {
        Model m = new Model(instance);
        m.cp.addGreaterOrEqual(m.coverage(), minNewlyCovered);
        m.cp.minimize(m.cost());
        Solved solved = m.solve();
        return switch (solved.status()) {
            case OPTIMAL, FEASIBLE -> new Cheapest(solved.status(), Math.round(solved.objective()),
                    (long) Math.ceil(solved.bound() - 1e-6), solved.choices(), solved.seconds());
            default -> new Cheapest(solved.status(), null, null, List.of(), solved.seconds());
        };
    }

    /**
     * How much dearer a plan is than the cheapest plan of the same coverage, as a share of the
     * cheapest: 0 when it is the cheapest. Against a lower bound on that cost (CP-SAT not proven
     * optimal) this is an upper bound on the true cost gap. Null when there is no bound.
     */
    public static Double costGap(long costUah, Long cheapestCostLowerBoundUah) {
        if (cheapestCostLowerBoundUah == null) {
            return null;
        }
        if (cheapestCostLowerBoundUah <= 0) {
            return costUah <= 0 ? 0.0 : Double.POSITIVE_INFINITY;
        }
        return Math.max(0, (double) (costUah - cheapestCostLowerBoundUah) / cheapestCostLowerBoundUah);
    }

    /**
     * @param status           how far CP-SAT got
     * @param costUah          cost of its cheapest plan found, null when none
     * @param costLowerBoundUah no plan of that coverage costs less (equal to {@code costUah} when OPTIMAL)
     * @param choices          that plan
     * @param seconds          wall time
     */
    public record Cheapest(Status status, Long costUah, Long costLowerBoundUah, List<Choice> choices,
            double seconds) {
    }

    private record Solved(Status status, double objective, double bound, List<Choice> choices, double seconds) {
    }

    /** The variables and constraints shared by both objectives. */
    private final class Model {
        final CpModel cp = new CpModel();
        final List<BoolVar> all = new ArrayList<>();
        final List<Long> costs = new ArrayList<>();
        final List<Choice> choiceOf = new ArrayList<>();
        final List<BoolVar> covered = new ArrayList<>();
        final List<Long> population = new ArrayList<>();

        Model(PlanningInstance instance) {
            Loader.loadNativeLibraries();
            Map<String, List<BoolVar>> coveringOptions = new HashMap<>();
            Map<String, List<BoolVar>> bySettlement = new HashMap<>();
            Map<String, List<BoolVar>> mainOfficesByHromada = new HashMap<>();
            Map<AccessPointKind, List<BoolVar>> byKind = new HashMap<>();
            List<BoolVar> nonMainInHromadaWithout = new ArrayList<>();
            List<String> nonMainHromada = new ArrayList<>();

            for (Candidate candidate : instance.candidates()) {
                for (Option option : candidate.options()) {
                    BoolVar x = cp.newBoolVar(candidate.id() + "/" + option.kind());
                    all.add(x);
                    costs.add(option.costUah());
                    choiceOf.add(new Choice(candidate.id(), option.kind()));
                    bySettlement.computeIfAbsent(candidate.settlementSlot(), k -> new ArrayList<>()).add(x);
                    byKind.computeIfAbsent(option.kind(), k -> new ArrayList<>()).add(x);
                    for (String demandId : option.covers()) {
                        if (!instance.coveredByExisting().contains(demandId)) {
                            coveringOptions.computeIfAbsent(demandId, k -> new ArrayList<>()).add(x);
                        }
                    }
                    if (option.kind() == AccessPointKind.MAIN_OFFICE) {
                        mainOfficesByHromada.computeIfAbsent(candidate.hromadaCode(), k -> new ArrayList<>()).add(x);
                    } else if (!candidate.isEquipment()
                            && !instance.hromadasWithMainOffice().contains(candidate.hromadaCode())) {
                        nonMainInHromadaWithout.add(x);
                        nonMainHromada.add(candidate.hromadaCode());
                    }
                }
            }
            for (Demand demand : instance.demand()) {
                List<BoolVar> options = coveringOptions.get(demand.id());
                if (options == null || instance.coveredByExisting().contains(demand.id())) {
                    continue;
                }
                BoolVar y = cp.newBoolVar("covered/" + demand.id());
                cp.addLessOrEqual(y, LinearExpr.sum(options.toArray(BoolVar[]::new)));
                covered.add(y);
                population.add(demand.population());
            }
            cp.addLessOrEqual(cost(), instance.budgetUah());
            for (List<BoolVar> options : bySettlement.values()) {
                cp.addAtMostOne(options.toArray(BoolVar[]::new));
            }
            instance.kindLimits().forEach((kind, limit) -> cp.addLessOrEqual(
                    LinearExpr.sum(byKind.getOrDefault(kind, List.of()).toArray(BoolVar[]::new)), limit));
            if (instance.rules().mainOfficeInEveryHromada()) {
                for (String hromada : instance.hromadaCodes()) {
                    if (!instance.hromadasWithMainOffice().contains(hromada)) {
                        List<BoolVar> options = mainOfficesByHromada.getOrDefault(hromada, List.of());
                        cp.addGreaterOrEqual(LinearExpr.sum(options.toArray(BoolVar[]::new)), 1);
                    }
                }
            }
            if (instance.rules().branchNeedsMainOffice()) {
                for (int i = 0; i < nonMainInHromadaWithout.size(); i++) {
                    List<BoolVar> mains = mainOfficesByHromada.getOrDefault(nonMainHromada.get(i), List.of());
                    cp.addLessOrEqual(nonMainInHromadaWithout.get(i), LinearExpr.sum(mains.toArray(BoolVar[]::new)));
                }
            }
        }

        LinearExpr cost() {
            return LinearExpr.weightedSum(all.toArray(BoolVar[]::new), costs.stream().mapToLong(Long::longValue).toArray());
        }

        LinearExpr coverage() {
            return LinearExpr.weightedSum(covered.toArray(BoolVar[]::new),
                    population.stream().mapToLong(Long::longValue).toArray());
        }

        Solved solve() {
            CpSolver solver = new CpSolver();
            solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0);
            solver.getParameters().setNumWorkers(workers);
            long started = System.nanoTime();
            CpSolverStatus status = solver.solve(cp);
            double seconds = (System.nanoTime() - started) / 1e9;
            return switch (status) {
                case OPTIMAL, FEASIBLE -> {
                    List<Choice> choices = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        if (solver.booleanValue(all.get(i))) {
                            choices.add(choiceOf.get(i));
                        }
                    }
                    yield new Solved(status == CpSolverStatus.OPTIMAL ? Status.OPTIMAL : Status.FEASIBLE,
                            solver.objectiveValue(), solver.bestObjectiveBound(), choices, seconds);
                }
                case INFEASIBLE -> new Solved(Status.INFEASIBLE, 0, Double.NaN, List.of(), seconds);
                default -> new Solved(Status.UNKNOWN, 0, Double.NaN, List.of(), seconds);
            };
        }
    }

    /**
     * (bound − objective) / bound: how much better any plan could possibly be, as a share of the
     * bound. 0 when the bound is 0 (nothing can be newly covered) and NaN when there is no bound.
     */
    public static double gap(long objective, double bound) {
        if (Double.isNaN(bound)) {
            return Double.NaN;
        }
        if (bound <= 0) {
            return 0;
        }
        return Math.max(0, (bound - objective) / bound);
    }
}
