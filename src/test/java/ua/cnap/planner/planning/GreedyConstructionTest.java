package ua.cnap.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.Candidate;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.planning.PlanningInstance.Option;
import ua.cnap.planner.planning.PlanningInstance.Rules;
import ua.cnap.planner.planning.domain.ExpansionPlan;

/** The greedy first plan alone (no local search step): the rules and the ratio it is built on. */
class GreedyConstructionTest {

    private static List<Choice> greedy(PlanningInstance instance) {
        ExpansionPlan plan = ExpansionSolver.solve(instance, ExpansionSolver.solverConfig(Duration.ofMinutes(1), 0));
        return ExpansionSolver.toChoices(plan);
    }

    private static Candidate candidate(String id, String settlement, String hromada, long cost, List<String> covers) {
        Map<String, Double> reaches = new java.util.HashMap<>();
        covers.forEach(d -> reaches.put(d, 600.0));
        return new Candidate(id, settlement, id, 25, 48, hromada, List.of(
                new Option(AccessPointKind.REMOTE_WORKPLACE, cost, covers, reaches),
                new Option(AccessPointKind.MAIN_OFFICE, cost * 3, covers, reaches)));
    }

    private static List<Demand> villages(long... populations) {
        List<Demand> demand = new java.util.ArrayList<>();
        for (int i = 0; i < populations.length; i++) {
            demand.add(new Demand("d" + i, populations[i], "H", 3_600));
        }
        return demand;
    }

    @Test
    void opensByPeoplePerHryvniaWithinTheBudgetAndTheFallBackSingleSite() {
        // a: 1,000 people for 100 (10/UAH); b: 1,500 for 300 (5/UAH); c: 2,000 for 380 (5.3/UAH)
        List<Demand> demand = villages(1_000, 1_500, 2_000);
        List<Candidate> candidates = List.of(candidate("a", "d0", "H", 100, List.of("d0")),
                candidate("b", "d1", "H", 300, List.of("d1")), candidate("c", "d2", "H", 380, List.of("d2")));
        PlanningInstance instance = new PlanningInstance("ratio", 400, 1, demand, Set.of(), candidates, Set.of("H"),
                Set.of("H"), CostAssumptions.defaults(), Rules.none());
        // greedy by ratio: a, then c does not fit, b does: 2,500 people; better than c alone (2,000)
        assertThat(greedy(instance)).extracting(Choice::candidateId).containsExactlyInAnyOrder("a", "b");

        PlanningInstance tight = new PlanningInstance("single", 380, 1, demand, Set.of(), candidates, Set.of("H"),
                Set.of("H"), CostAssumptions.defaults(), Rules.none());
        // greedy alone would open a (1,000) and nothing else fits; the best single site c covers 2,000
        assertThat(greedy(tight)).extracting(Choice::candidateId).containsExactly("c");
    }

    @Test
    void keepsTheRulesOneSettlementTheKindLimitAndTheMainOffice() {
        List<Demand> demand = villages(1_000, 900, 800, 700);
        List<Candidate> candidates = List.of(candidate("a", "d0", "H1", 100, List.of("d0")),
                candidate("a2", "d0", "H1", 100, List.of("d0", "d1")),
                candidate("b", "d2", "H2", 100, List.of("d2")), candidate("c", "d3", "H2", 100, List.of("d3")));
        Rules rules = new Rules(true, true, PlanningInstance.CapacityRule.OFF, 0, 250);
        PlanningInstance instance = new PlanningInstance("rules", 10_000, 1, demand, Set.of(), candidates,
                Set.of("H1", "H2"), Set.of("H1"), CostAssumptions.defaults(), rules,
                Map.of(AccessPointKind.REMOTE_WORKPLACE, 1));
        List<Choice> choices = greedy(instance);
        assertThat(new PlanEvaluator().evaluate(instance, choices).violations()).isEmpty();
        // H2 has no main office: one of its candidates opens as one
        assertThat(choices).anyMatch(c -> c.kind() == AccessPointKind.MAIN_OFFICE
                && (c.candidateId().equals("b") || c.candidateId().equals("c")));
        // a and a2 share a settlement: one of them at most
        assertThat(choices.stream().filter(c -> c.candidateId().startsWith("a"))).hasSizeLessThanOrEqualTo(1);
        assertThat(choices.stream().filter(c -> c.kind() == AccessPointKind.REMOTE_WORKPLACE)).hasSizeLessThanOrEqualTo(1);
    }
}
