package ua.cnap.planner.routing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluator against arithmetic: depot (0, 0), A (3, 0), B (0, 4); |AB| = 5. */
class ScheduleEvaluatorTest {

    static final double[][] TRAVEL = {
            {0, 3, 4},
            {3, 0, 5},
            {4, 5, 0}};

    /** A on day 1 only, B on day 1 or day 2; one vehicle of capacity 10, routes of at most 20, fixed cost 100. */
    static ScheduleProblem problem(long capacity, double maxDuration) {
        return new ScheduleProblem("abc", 2,
                List.of(new ScheduleProblem.Vehicle("v", 0, capacity, maxDuration, 100)),
                List.of(new ScheduleProblem.Customer("A", 1, 6, 2, List.of(VisitPattern.of(0)), 1_000),
                        new ScheduleProblem.Customer("B", 2, 5, 1, List.of(VisitPattern.of(0), VisitPattern.of(1)),
                                2_000)),
                TRAVEL, 10);
    }

    static Schedule schedule(int[] day1, int[] day2, int... patterns) {
        return new Schedule(new int[][][] {{day1, day2}}, patterns);
    }

    @Test
    void bothOnDayOneCostTheirTourAndTheVehicle() {
        // 0 → A → B → 0 = 3 + 5 + 4 = 12 units at 10 each, plus the vehicle's 100; duration 12 + 2 + 1 = 15
        ScheduleEvaluator.Evaluation e = ScheduleEvaluator.evaluate(problem(20, 20), schedule(new int[] {0, 1},
                new int[0], 0, 0));
        assertThat(e.violations()).isEmpty();
        assertThat(e.travel()).isCloseTo(12, within(1e-9));
        assertThat(e.objective()).isCloseTo(220, within(1e-9));
        assertThat(e.maxDuration()).isCloseTo(15, within(1e-9));
        assertThat(e.vehiclesUsed()).isEqualTo(1);
        assertThat(e.customersServed()).isEqualTo(2);
        assertThat(e.visits()).isEqualTo(2);
    }

    @Test
    void capacityAndDurationAreCheckedPerRoute() {
        ScheduleEvaluator.Evaluation e = ScheduleEvaluator.evaluate(problem(10, 14), schedule(new int[] {0, 1},
                new int[0], 0, 0));
        assertThat(e.feasible()).isFalse();
        assertThat(e.violations()).hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("load 11 over capacity 10"))
                .anySatisfy(v -> assertThat(v).contains("lasts 15.00, longer than 14.00"));
    }

    @Test
    void aVisitOffItsPatternOrTwiceADayIsReported() {
        // B is on pattern 0 (day 1) but visited on day 2; A twice on day 1
        ScheduleEvaluator.Evaluation e = ScheduleEvaluator.evaluate(problem(100, 100), schedule(new int[] {0, 0},
                new int[] {1}, 0, 0));
        assertThat(e.violations())
                .anySatisfy(v -> assertThat(v).contains("A: visited 2 times on day 1"))
                .anySatisfy(v -> assertThat(v).contains("B: not visited on day 1"))
                .anySatisfy(v -> assertThat(v).contains("B: visited on day 2"));
    }

    @Test
    void anUnservedCustomerPaysItsPenaltyAndBreaksNoRule() {
        // only A: 0 → A → 0 = 6 units; B missed: 2,000
        ScheduleEvaluator.Evaluation e = ScheduleEvaluator.evaluate(problem(100, 100), schedule(new int[] {0},
                new int[0], 0, -1));
        assertThat(e.feasible()).isTrue();
        assertThat(e.missedPenalty()).isEqualTo(2_000);
        assertThat(e.cost()).isCloseTo(60 + 100, within(1e-9));
        assertThat(e.customersServed()).isEqualTo(1);
    }
}
