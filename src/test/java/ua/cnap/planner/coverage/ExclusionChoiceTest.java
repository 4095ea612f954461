package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.io.BadInputException;

/** One parse of the switch for the command line, the web API and scenario files. */
class ExclusionChoiceTest {

    @Test
    void nothingGivenIsTheDefaultLeftOutAsOfToday() {
        ExclusionChoice choice = ExclusionChoice.parse(null, null, "request", "excludeOccupied", "asOf");
        assertThat(choice).isEqualTo(ExclusionChoice.DEFAULT);
        assertThat(choice.exclude()).isTrue();
        assertThat(choice.asked()).isFalse();
        assertThat(choice.dateOr(LocalDate.of(2026, 1, 2))).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(new CoverageRequest("all", AccessStandard.national(), null).exclusionChoice())
                .isEqualTo(ExclusionChoice.DEFAULT);
    }

    @Test
    void trueIsAskedWithItsDateAndFalseIncludes() {
        ExclusionChoice asked = ExclusionChoice.parse(true, "2025-05-07", "request", "excludeOccupied", "asOf");
        assertThat(asked).isEqualTo(new ExclusionChoice(true, LocalDate.of(2025, 5, 7), true));
        assertThat(ExclusionChoice.parse(false, " ", "request", "excludeOccupied", "asOf"))
                .isEqualTo(ExclusionChoice.INCLUDE);
    }

    @Test
    void aBadDateOrADateWithTheSwitchOffNamesTheKey() {
        assertThatThrownBy(() -> ExclusionChoice.parse(null, "07.05.2025", "scenario.yaml", "excludeOccupied", "asOf"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("scenario.yaml")
                .hasMessageContaining("asOf").hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> ExclusionChoice.parse(false, "2025-05-07", "command line", "--include-occupied",
                "--as-of")).isInstanceOf(BadInputException.class).hasMessageContaining("--as-of");
    }
}
