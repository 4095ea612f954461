package ua.cnap.planner.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanProgress;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.PlanningInstance;
import ua.cnap.planner.planning.PlanningService;

/**
 * OptaPlanner against the OR-Tools optimum on real oblasts and budgets ({@code bench plan}): the
 * pure maximal-covering problem ({@code --rules none}), so both solve the same objective.
 */
public final class PlanningBenchmark {

    /**
     * One oblast to plan.
     *
     * @param oblast   name or code
     * @param register null for its current register
     * @param standard the standard (Chernivtsi is fully covered at the national one: a stricter one there)
     */
    public record Case(String oblast, String register, AccessStandard standard) {
    }

    /** One row of the table. */
    public record Row(String oblast, String register, String standard, long budgetUah, int candidates,
            long newlyCoveredOptaPlanner, double secondsToBest, double solveSeconds, Long newlyCoveredOrTools,
            Double bound, String exactStatus, Double exactSeconds, Double gapPercent, long costUah, boolean feasible) {
    }

    /** Chernivtsi (its 2025 register, 10 min / 5 km) and two oblasts on the 2017 map (national standard). */
    public static List<Case> defaultCases() {
        AccessStandard national = AccessStandard.national();
        return List.of(new Case("Чернівецька", null, new AccessStandard(10, 5, AccessStandard.Rule.EITHER)),
                new Case("Тернопільська", "ukraine-2017", national),
                new Case("Закарпатська", "ukraine-2017", national));
    }

    private final PlanningService planning;
    private final PlanDefaults defaults;

    public PlanningBenchmark(PlanningService planning, PlanDefaults defaults) {
        this.planning = planning;
        this.defaults = defaults;
    }

    public List<Row> run(List<Case> cases, List<Long> budgetsUah, Duration timeLimit, Duration exactTimeLimit) {
        List<Row> rows = new ArrayList<>();
        for (Case c : cases) {
            for (long budget : budgetsUah) {
                PlanResult r = planning.solve(new PlanRequest(c.oblast(), c.register(), c.standard(), budget,
                        defaults.horizonYears(), defaults.kinds(), PlanningInstance.Rules.none(), 300, timeLimit,
                        exactTimeLimit));
                double toBest = r.progress().isEmpty() ? 0 : lastImprovement(r.progress(), r.newlyCoveredPopulation()
                        + r.populationCoveredBefore());
                rows.add(new Row(r.oblastName(), c.register() == null ? "current" : c.register(),
                        c.standard().toString(), budget, r.candidates(), r.newlyCoveredPopulation(), toBest,
                        r.solveSeconds(), r.exactNewlyCovered(), r.bound(), r.exactStatus(), r.exactSeconds(),
                        r.gap() == null ? null : r.gap() * 100, r.costUah(), r.feasible()));
            }
        }
        return rows;
    }

    /** When the final covered population was first reached. */
    private static double lastImprovement(List<PlanProgress> progress, long finalCovered) {
        for (PlanProgress step : progress) {
            if (step.populationCoveredAfter() >= finalCovered) {
                return step.seconds();
            }
        }
        return progress.get(progress.size() - 1).seconds();
    }
}
