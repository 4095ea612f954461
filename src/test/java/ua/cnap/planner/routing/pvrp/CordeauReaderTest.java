package ua.cnap.planner.routing.pvrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.routing.schedule.ScheduleProblem;
import ua.cnap.planner.routing.schedule.VisitPattern;

class CordeauReaderTest {

    /** Two vehicles, three customers, five days; customer 2 has the example of the format's description. */
    static final String SMALL = """
            1 2 3 5
            0 50
            0 50
            0 50
            0 50
            0 50
             0 0 0 0 0 0 0
             1 3 4 1 10 1 5 1 2 4 8 16
             2 6 8 2 20 2 2 10 20
             3 -3 -4 0 5 5 1 31
            """;

    @Test
    void readsDaysVehiclesAndPatternsWithDayOneTheMostSignificantBit() {
        ScheduleProblem problem = CordeauReader.parse("small.txt", "small", SMALL.lines().toList());

        assertThat(problem.days()).isEqualTo(5);
        assertThat(problem.vehicles()).hasSize(2).allSatisfy(v -> {
            assertThat(v.capacity()).isEqualTo(50);
            assertThat(v.maxDuration()).isInfinite(); // D = 0: no duration limit
            assertThat(v.depotNode()).isZero();
        });
        assertThat(problem.customers()).hasSize(3);
        // 16 = 10000: day 1; 1 = 00001: day 5
        assertThat(problem.customers().get(0).patterns()).containsExactly(VisitPattern.of(4), VisitPattern.of(3),
                VisitPattern.of(2), VisitPattern.of(1), VisitPattern.of(0));
        // 10 = 01010: days 2 and 4; 20 = 10100: days 1 and 3
        assertThat(problem.customers().get(1).patterns()).containsExactly(VisitPattern.of(1, 3), VisitPattern.of(0, 2));
        assertThat(problem.customers().get(2).patterns()).containsExactly(VisitPattern.of(0, 1, 2, 3, 4));
        assertThat(problem.customers().get(1).demand()).isEqualTo(20);
        assertThat(problem.customers().get(1).serviceDuration()).isEqualTo(2);
        // real-valued Euclidean: depot to customer 1 is 5, customer 1 to 2 is 5, to 3 is 10
        assertThat(problem.travel()[0][1]).isCloseTo(5, within(1e-12));
        assertThat(problem.travel()[1][2]).isCloseTo(5, within(1e-12));
        assertThat(problem.travel()[1][3]).isCloseTo(10, within(1e-12));
    }

    @Test
    void aCombinationWithTheWrongNumberOfVisitsIsRejectedWithItsLine() {
        String wrong = SMALL.replace(" 2 6 8 2 20 2 2 10 20", " 2 6 8 2 20 2 2 10 16");
        assertThatThrownBy(() -> CordeauReader.parse("small.txt", "small", wrong.lines().toList()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("small.txt").hasMessageContaining("line 9")
                .hasMessageContaining("combination 16 has 1 visits, frequency says 2");
    }

    @Test
    void aFileThatIsNotAPeriodicInstanceOrIsCutShortIsRejected() {
        assertThatThrownBy(() -> CordeauReader.parse("vrp.txt", "vrp", List.of("0 2 3 1", "0 50")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a periodic VRP");
        assertThatThrownBy(() -> CordeauReader.parse("cut.txt", "cut", SMALL.lines().limit(8).toList()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("non-empty lines");
        assertThatThrownBy(() -> CordeauReader.parse("nan.txt", "nan", SMALL.replace(" 1 3 4 1", " 1 x 4 1")
                .lines().toList()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("field x is not a number");
    }
}
