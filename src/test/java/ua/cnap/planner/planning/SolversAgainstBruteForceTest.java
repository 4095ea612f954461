package ua.cnap.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.Candidate;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.planning.PlanningInstance.Option;
import ua.cnap.planner.planning.PlanningInstance.Rules;
import ua.cnap.planner.planning.domain.ExpansionPlan;

/**
 * Both solvers on small random instances whose optimum a brute-force enumeration finds: CP-SAT must
 * prove it, OptaPlanner must reach it (it stops at that score, never on wall time alone).
 */
class SolversAgainstBruteForceTest {

    static final long BUDGET = 1_000;

    /** 6 candidates × 2 kinds over 15 villages in 3 hromadas; random covers, costs and populations. */
    static PlanningInstance randomInstance(long seed, Rules rules) {
        Random random = new Random(seed);
        List<Demand> demand = new ArrayList<>();
        for (int d = 0; d < 15; d++) {
            demand.add(new Demand("d" + d, 50 + random.nextInt(950), "H" + (d % 3), 3000));
        }
        Set<String> coveredByExisting = Set.of("d0", "d1");
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            List<String> covers = new ArrayList<>();
            Map<String, Double> reaches = new HashMap<>();
            for (Demand d : demand) {
                if (random.nextDouble() < 0.25) {
                    covers.add(d.id());
                    reaches.put(d.id(), 600.0 + random.nextInt(600));
                }
            }
            String settlement = "d" + (c * 2);
            if (!covers.contains(settlement)) {
                covers.add(settlement);
                reaches.put(settlement, 0.0);
            }
            candidates.add(new Candidate("c" + c, settlement, "village " + c, 25, 48, "H" + (c % 3), List.of(
                    new Option(AccessPointKind.REMOTE_WORKPLACE, 150 + random.nextInt(200), covers, reaches),
                    new Option(AccessPointKind.MAIN_OFFICE, 400 + random.nextInt(300), covers, reaches))));
        }
        return new PlanningInstance("random " + seed, BUDGET, 1, demand, coveredByExisting, candidates,
                Set.of("H0", "H1", "H2"), Set.of("H0", "H1"), CostAssumptions.defaults(), rules);
    }

    /**
     * Every feasible set of choices (3^6 = 729 sets: each candidate closed or opened as one of its at
     * most two kinds).
     */
    static List<PlanEvaluation> everyFeasiblePlan(PlanningInstance instance) {
        PlanEvaluator evaluator = new PlanEvaluator();
        int n = instance.candidates().size();
        List<PlanEvaluation> feasible = new ArrayList<>();
        codes:
        for (int code = 0; code < Math.pow(3, n); code++) {
            int rest = code;
            List<Choice> choices = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                int digit = rest % 3;
                rest /= 3;
                if (digit > instance.candidates().get(c).options().size()) {
                    continue codes; // the same plan as digit 0 of a one-option candidate
                }
                if (digit > 0) {
                    Candidate candidate = instance.candidates().get(c);
                    choices.add(new Choice(candidate.id(), candidate.options().get(digit - 1).kind()));
                }
            }
            PlanEvaluation evaluation = evaluator.evaluate(instance, choices);
            if (evaluation.feasible()) {
                feasible.add(evaluation);
            }
        }
        return feasible;
    }

    /** Best newly covered population over every feasible plan; -1 when none is feasible. */
    static long bruteForce(PlanningInstance instance) {
        return everyFeasiblePlan(instance).stream().mapToLong(PlanEvaluation::newlyCoveredPopulation).max().orElse(-1);
    }

    @Test
    void cpSatProvesTheBruteForceOptimum() {
        for (long seed = 1; seed <= 8; seed++) {
            for (Rules rules : List.of(Rules.none(), new Rules(true, true, PlanningInstance.CapacityRule.OFF, 0, 250))) {
                PlanningInstance instance = randomInstance(seed, rules);
                long optimum = bruteForce(instance);
                ExactReference.Result result = new ExactReference(Duration.ofSeconds(20), 2).solve(instance);
                if (optimum < 0) {
                    assertThat(result.status()).as("seed %d", seed).isEqualTo(ExactReference.Status.INFEASIBLE);
                    continue;
                }
                assertThat(result.status()).as("seed %d", seed).isEqualTo(ExactReference.Status.OPTIMAL);
                assertThat(result.newlyCovered()).as("seed %d", seed).isEqualTo(optimum);
                assertThat(result.bound()).isGreaterThanOrEqualTo(optimum);
                PlanEvaluation plan = new PlanEvaluator().evaluate(instance, result.choices());
                assertThat(plan.violations()).isEmpty();
                assertThat(plan.newlyCoveredPopulation()).isEqualTo(optimum);
            }
        }
    }

    /** Least cost over every feasible plan newly covering at least {@code coverage}. */
    static long cheapestBruteForce(PlanningInstance instance, long coverage) {
        return everyFeasiblePlan(instance).stream().filter(e -> e.newlyCoveredPopulation() >= coverage)
                .mapToLong(PlanEvaluation::costUah).min().orElseThrow();
    }

    @Test
    void cpSatFindsTheCheapestPlanOfTheOptimalCoverage() {
        Set<Long> costs = new HashSet<>();
        for (long seed = 1; seed <= 8; seed++) {
            PlanningInstance instance = randomInstance(seed, Rules.none());
            ExactReference reference = new ExactReference(Duration.ofSeconds(20), 2);
            long optimum = reference.solve(instance).newlyCovered();
            long cheapest = cheapestBruteForce(instance, optimum);

            ExactReference.Cheapest result = reference.cheapest(instance, optimum);

            assertThat(result.status()).as("seed %d", seed).isEqualTo(ExactReference.Status.OPTIMAL);
            assertThat(result.costUah()).as("seed %d", seed).isEqualTo(cheapest);
            assertThat(result.costLowerBoundUah()).isEqualTo(cheapest);
            PlanEvaluation plan = new PlanEvaluator().evaluate(instance, result.choices());
            assertThat(plan.violations()).isEmpty();
            assertThat(plan.newlyCoveredPopulation()).isGreaterThanOrEqualTo(optimum);
            assertThat(plan.costUah()).isEqualTo(cheapest);
            // a dearer plan of the same coverage shows its cost gap
            assertThat(ExactReference.costGap(cheapest, result.costLowerBoundUah())).isZero();
            assertThat(ExactReference.costGap(cheapest + cheapest / 10, result.costLowerBoundUah()))
                    .isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.01));
            costs.add(cheapest);
        }
        assertThat(costs).as("the instances differ").hasSizeGreaterThan(1);
    }

    @Test
    void optaPlannerReachesTheOptimumWithinBudget() {
        Set<Long> optima = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            PlanningInstance instance = randomInstance(seed, Rules.none());
            long optimum = bruteForce(instance);
            optima.add(optimum);
            // Stop when a feasible plan covers the optimum; the time limit is only a backstop.
            String limit = "[0]hard/[" + optimum + "/*/*]soft";
            ExpansionPlan plan = ExpansionSolver.solve(instance,
                    ExpansionSolver.solverConfig(Duration.ofSeconds(60), null, limit));

            PlanEvaluation evaluation = new PlanEvaluator().evaluate(instance, ExpansionSolver.toChoices(plan));
            assertThat(evaluation.violations()).as("seed %d", seed).isEmpty();
            assertThat(evaluation.costUah()).isLessThanOrEqualTo(BUDGET);
            assertThat(evaluation.newlyCoveredPopulation()).as("seed %d", seed).isEqualTo(optimum);
            assertThat(plan.getScore().hardScore(0)).isZero();
            assertThat(plan.getScore().softScore(0)).isEqualTo(optimum);
        }
        assertThat(optima).as("the instances differ").hasSizeGreaterThan(1);
    }

    /**
     * The random instance with equipment beside the offices: a passport station and a mobile case at
     * the office of each hromada (in its settlement, where a new office may also open), each covering
     * villages of its own, at most one of each kind.
     */
    static PlanningInstance withEquipment(long seed) {
        PlanningInstance base = randomInstance(seed, Rules.none());
        Random random = new Random(seed * 31);
        List<Candidate> candidates = new ArrayList<>(base.candidates().subList(0, 4));
        for (int h = 0; h < 2; h++) {
            for (AccessPointKind kind : List.of(AccessPointKind.PASSPORT_STATION, AccessPointKind.MOBILE_CASE)) {
                List<String> covers = new ArrayList<>();
                Map<String, Double> reaches = new HashMap<>();
                for (Demand d : base.demand()) {
                    if (random.nextDouble() < 0.3) {
                        covers.add(d.id());
                        reaches.put(d.id(), 300.0 + random.nextInt(900));
                    }
                }
                String prefix = kind == AccessPointKind.PASSPORT_STATION ? "station:" : "case:";
                candidates.add(new Candidate(prefix + h, "d" + (h * 2), "office " + h, 25, 48, "H" + h,
                        List.of(new Option(kind, 100 + random.nextInt(150), covers, reaches))));
            }
        }
        return new PlanningInstance("equipment " + seed, BUDGET, 1, base.demand(), base.coveredByExisting(),
                candidates, base.hromadaCodes(), base.hromadasWithMainOffice(), base.kinds(), base.rules(),
                Map.of(AccessPointKind.PASSPORT_STATION, 1, AccessPointKind.MOBILE_CASE, 1));
    }

    @Test
    void withEquipmentLimitedPerKindBothSolversReachTheBruteForceOptimum() {
        int limitBinds = 0;
        for (long seed = 1; seed <= 6; seed++) {
            PlanningInstance instance = withEquipment(seed);
            long optimum = bruteForce(instance);
            PlanningInstance unlimited = new PlanningInstance(instance.name(), instance.budgetUah(), 1,
                    instance.demand(), instance.coveredByExisting(), instance.candidates(), instance.hromadaCodes(),
                    instance.hromadasWithMainOffice(), instance.kinds(), instance.rules());
            if (bruteForce(unlimited) > optimum) {
                limitBinds++;
            }

            ExactReference.Result exact = new ExactReference(Duration.ofSeconds(20), 2).solve(instance);
            assertThat(exact.status()).as("seed %d", seed).isEqualTo(ExactReference.Status.OPTIMAL);
            assertThat(exact.newlyCovered()).as("seed %d", seed).isEqualTo(optimum);
            assertThat(new PlanEvaluator().evaluate(instance, exact.choices()).violations()).isEmpty();

            String limit = "[0]hard/[" + optimum + "/*/*]soft";
            ExpansionPlan plan = ExpansionSolver.solve(instance, ExpansionSolver.solverConfig(Duration.ofSeconds(60),
                    null, limit));
            PlanEvaluation evaluation = new PlanEvaluator().evaluate(instance, ExpansionSolver.toChoices(plan));
            assertThat(evaluation.violations()).as("seed %d", seed).isEmpty();
            assertThat(evaluation.newlyCoveredPopulation()).as("seed %d", seed).isEqualTo(optimum);
            assertThat(evaluation.proposals().stream().filter(p -> p.kind() == AccessPointKind.PASSPORT_STATION))
                    .hasSizeLessThanOrEqualTo(1);
        }
        assertThat(limitBinds).as("the limits change the optimum of some instances").isPositive();
    }
}
