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
 *   Σ_k x[c,k] ≤ 1 per settlement
 *   Σ x[c, MAIN_OFFICE] ≥ 1 over c in h              per hromada h needing a main office (rule on)
 *   x[c, BRANCH or REMOTE_WORKPLACE] ≤ Σ x[c', MAIN_OFFICE] over c' in h   (rule on, h without one)
 * </pre>
 * Capacity is left out: the reference bounds the coverage objective, the first thing a plan is
 * judged by; cost and travel time, the tie-breakers, are not part of it either. CP-SAT's best
 * objective bound is an upper bound on the newly covered population of any feasible plan, so
 * {@link #gap} of a heuristic plan against it is a proven gap.
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

    public Result solve(PlanningInstance instance) {
        Loader.loadNativeLibraries();
        CpModel model = new CpModel();
        Map<String, List<BoolVar>> coveringOptions = new HashMap<>();
        Map<String, List<BoolVar>> bySettlement = new HashMap<>();
        Map<String, List<BoolVar>> mainOfficesByHromada = new HashMap<>();
        List<BoolVar> all = new ArrayList<>();
        List<Long> costs = new ArrayList<>();
        List<Choice> choiceOf = new ArrayList<>();
        List<BoolVar> nonMainInHromadaWithout = new ArrayList<>();
        List<String> nonMainHromada = new ArrayList<>();

        for (Candidate candidate : instance.candidates()) {
            for (Option option : candidate.options()) {
                BoolVar x = model.newBoolVar(candidate.id() + "/" + option.kind());
                all.add(x);
                costs.add(option.costUah());
                choiceOf.add(new Choice(candidate.id(), option.kind()));
                bySettlement.computeIfAbsent(candidate.settlementId(), k -> new ArrayList<>()).add(x);
                for (String demandId : option.covers()) {
                    if (!instance.coveredByExisting().contains(demandId)) {
                        coveringOptions.computeIfAbsent(demandId, k -> new ArrayList<>()).add(x);
                    }
                }
                if (option.kind() == AccessPointKind.MAIN_OFFICE) {
                    mainOfficesByHromada.computeIfAbsent(candidate.hromadaCode(), k -> new ArrayList<>()).add(x);
                } else if (!instance.hromadasWithMainOffice().contains(candidate.hromadaCode())) {
                    nonMainInHromadaWithout.add(x);
                    nonMainHromada.add(candidate.hromadaCode());
                }
            }
        }

        List<BoolVar> covered = new ArrayList<>();
        List<Long> population = new ArrayList<>();
        for (Demand demand : instance.demand()) {
            List<BoolVar> options = coveringOptions.get(demand.id());
            if (options == null || instance.coveredByExisting().contains(demand.id())) {
                continue;
            }
            BoolVar y = model.newBoolVar("covered/" + demand.id());
            model.addLessOrEqual(y, LinearExpr.sum(options.toArray(BoolVar[]::new)));
            covered.add(y);
            population.add(demand.population());
        }
        model.addLessOrEqual(LinearExpr.weightedSum(all.toArray(BoolVar[]::new),
                costs.stream().mapToLong(Long::longValue).toArray()), instance.budgetUah());
        for (List<BoolVar> options : bySettlement.values()) {
            model.addAtMostOne(options.toArray(BoolVar[]::new));
        }
        if (instance.rules().mainOfficeInEveryHromada()) {
            for (String hromada : instance.hromadaCodes()) {
                if (!instance.hromadasWithMainOffice().contains(hromada)) {
                    List<BoolVar> options = mainOfficesByHromada.getOrDefault(hromada, List.of());
                    model.addGreaterOrEqual(LinearExpr.sum(options.toArray(BoolVar[]::new)), 1);
                }
            }
        }
        if (instance.rules().branchNeedsMainOffice()) {
            for (int i = 0; i < nonMainInHromadaWithout.size(); i++) {
                List<BoolVar> mains = mainOfficesByHromada.getOrDefault(nonMainHromada.get(i), List.of());
                model.addLessOrEqual(nonMainInHromadaWithout.get(i), LinearExpr.sum(mains.toArray(BoolVar[]::new)));
            }
        }
        model.maximize(LinearExpr.weightedSum(covered.toArray(BoolVar[]::new),
                population.stream().mapToLong(Long::longValue).toArray()));

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0);
        solver.getParameters().setNumWorkers(workers);
        long started = System.nanoTime();
        CpSolverStatus status = solver.solve(model);
        double seconds = (System.nanoTime() - started) / 1e9;

        return switch (status) {
            case OPTIMAL, FEASIBLE -> {
                List<Choice> choices = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    if (solver.booleanValue(all.get(i))) {
                        choices.add(choiceOf.get(i));
                    }
                }
                yield new Result(status == CpSolverStatus.OPTIMAL ? Status.OPTIMAL : Status.FEASIBLE,
                        Math.round(solver.objectiveValue()), solver.bestObjectiveBound(), choices, seconds);
            }
            case INFEASIBLE -> new Result(Status.INFEASIBLE, 0, Double.NaN, List.of(), seconds);
            default -> new Result(Status.UNKNOWN, 0, Double.NaN, List.of(), seconds);
        };
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
