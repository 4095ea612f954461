package ua.cnap.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.Candidate;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.planning.PlanningInstance.Option;
import ua.cnap.planner.planning.PlanningInstance.Rules;

/**
 * Four villages a..d in two hromadas H1 (has a main office) and H2 (has none). Village a is covered
 * already. Candidate A (at b) covers b and c; candidate B (at c) covers c and d.
 */
class PlanEvaluatorTest {

    static final Demand A = new Demand("a", 100, "H1", 600);
    static final Demand B = new Demand("b", 200, "H1", 3000);
    static final Demand C = new Demand("c", 300, "H2", 4000);
    static final Demand D = new Demand("d", 400, "H2", Double.POSITIVE_INFINITY);

    static PlanningInstance instance(long budget, Rules rules) {
        Option rwA = new Option(AccessPointKind.REMOTE_WORKPLACE, 100, List.of("b", "c"), Map.of("b", 60.0, "c", 900.0));
        Option moA = new Option(AccessPointKind.MAIN_OFFICE, 1000, List.of("b", "c"), Map.of("b", 60.0, "c", 900.0));
        Option rwB = new Option(AccessPointKind.REMOTE_WORKPLACE, 100, List.of("c", "d"), Map.of("c", 60.0, "d", 600.0));
        Option moB = new Option(AccessPointKind.MAIN_OFFICE, 1000, List.of("c", "d"), Map.of("c", 60.0, "d", 600.0));
        return new PlanningInstance("test", budget, 1, List.of(A, B, C, D), Set.of("a"),
                List.of(new Candidate("A", "b", "Бе", 25.0, 48.0, "H1", List.of(rwA, moA)),
                        new Candidate("B", "c", "Це", 25.1, 48.0, "H2", List.of(rwB, moB))),
                Set.of("H1", "H2"), Set.of("H1"), CostAssumptions.defaults(), rules);
    }

    @Test
    void figuresAddUpAndSharedCoverageGoesToTheNearest() {
        PlanEvaluation e = new PlanEvaluator().evaluate(instance(1000, Rules.none()), List.of(
                new Choice("A", AccessPointKind.REMOTE_WORKPLACE), new Choice("B", AccessPointKind.REMOTE_WORKPLACE)));

        assertThat(e.populationCoveredBefore()).isEqualTo(100);
        assertThat(e.populationCoveredAfter()).isEqualTo(1000);
        assertThat(e.costUah()).isEqualTo(200);
        assertThat(e.feasible()).isTrue();
        assertThat(e.proposals()).extracting(Proposal::candidateId, Proposal::newlyCoveredPopulation,
                Proposal::newlyCoveredPopulationAlone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", 700L, 400L),
                        org.assertj.core.groups.Tuple.tuple("A", 200L, 200L));
        assertThat(e.proposals().stream().mapToLong(Proposal::newlyCoveredPopulation).sum())
                .isEqualTo(e.newlyCoveredPopulation());
        assertThat(e.proposals().get(1).costPerNewlyCoveredResidentUah()).isEqualTo(0.5);
    }

    @Test
    void brokenRulesAreNamed() {
        Rules all = new Rules(true, true, PlanningInstance.CapacityRule.OFF, 0.3, 250);
        PlanEvaluation e = new PlanEvaluator().evaluate(instance(500, all), List.of(
                new Choice("A", AccessPointKind.MAIN_OFFICE), new Choice("B", AccessPointKind.REMOTE_WORKPLACE)));

        assertThat(e.feasible()).isFalse();
        assertThat(e.violations()).anyMatch(v -> v.contains("exceeds the budget"))
                .anyMatch(v -> v.contains("hromada H2 has no main office"))
                .anyMatch(v -> v.contains("REMOTE_WORKPLACE at B"));
    }

    @Test
    void aMainOfficeInH2SatisfiesBothHromadaRules() {
        Rules all = new Rules(true, true, PlanningInstance.CapacityRule.OFF, 0.3, 250);
        PlanEvaluation e = new PlanEvaluator().evaluate(instance(2000, all),
                List.of(new Choice("B", AccessPointKind.MAIN_OFFICE), new Choice("A", AccessPointKind.REMOTE_WORKPLACE)));
        assertThat(e.violations()).isEmpty();
    }

    @Test
    void equipmentSharesAnOfficesSettlementButNotTheNumberAsked() {
        Option station = new Option(AccessPointKind.PASSPORT_STATION, 50, List.of("c"), Map.of("c", 300.0));
        Option mobileCase = new Option(AccessPointKind.MOBILE_CASE, 30, List.of("d"), Map.of("d", 900.0));
        Option rw = new Option(AccessPointKind.REMOTE_WORKPLACE, 100, List.of("c", "d"), Map.of("c", 60.0, "d", 600.0));
        Rules all = new Rules(true, true, PlanningInstance.CapacityRule.OFF, 0.3, 250);
        PlanningInstance instance = new PlanningInstance("equipment", 1000, 1, List.of(A, B, C, D), Set.of("a"),
                List.of(new Candidate("station:1", "c", "ЦНАП", 25.1, 48.0, "H2", List.of(station)),
                        new Candidate("case:1", "c", "ЦНАП", 25.1, 48.0, "H2", List.of(mobileCase)),
                        new Candidate("case:2", "b", "ЦНАП 2", 25.0, 48.0, "H1", List.of(mobileCase)),
                        new Candidate("B", "c", "Це", 25.1, 48.0, "H1", List.of(rw))),
                Set.of("H1"), Set.of("H1"), CostAssumptions.defaults(), all,
                Map.of(AccessPointKind.MOBILE_CASE, 1));

        PlanEvaluation withinAsked = new PlanEvaluator().evaluate(instance, List.of(
                new Choice("station:1", AccessPointKind.PASSPORT_STATION), new Choice("case:1", AccessPointKind.MOBILE_CASE),
                new Choice("B", AccessPointKind.REMOTE_WORKPLACE)));
        assertThat(withinAsked.violations()).as("a station and a case go to one office, beside a new point; "
                + "equipment in a hromada without a main office needs none").isEmpty();
        assertThat(withinAsked.newlyCoveredPopulation()).isEqualTo(700);

        PlanEvaluation overAsked = new PlanEvaluator().evaluate(instance, List.of(
                new Choice("case:1", AccessPointKind.MOBILE_CASE), new Choice("case:2", AccessPointKind.MOBILE_CASE)));
        assertThat(overAsked.violations()).containsExactly("2 proposals of MOBILE_CASE, more than the 1 asked");
    }
}
