package ua.cnap.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the search's and the exact reference's plans is proposed. */
class BetterPlanTest {

    static PlanEvaluation plan(long newlyCovered, long costUah, boolean feasible) {
        return new PlanEvaluation(1_000, 1_000 + newlyCovered, costUah, 10_000, List.of(),
                feasible ? List.of() : List.of("cost exceeds the budget"));
    }

    @Test
    void feasibleBeatsInfeasibleThenCoverageThenCost() {
        assertThat(PlanningService.better(plan(10, 500, true), plan(900, 100, false))).isTrue();
        assertThat(PlanningService.better(plan(900, 100, false), plan(10, 500, true))).isFalse();
        assertThat(PlanningService.better(plan(20, 900, true), plan(10, 100, true))).isTrue();
        assertThat(PlanningService.better(plan(20, 800, true), plan(20, 900, true))).isTrue();
        assertThat(PlanningService.better(plan(20, 900, true), plan(20, 900, true)))
                .as("a tie keeps the search's plan").isFalse();
    }
}
