package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import ua.cnap.planner.coverage.AccessStandard.Rule;
import ua.cnap.planner.travel.Travel;

class AccessStandardTest {

    @Test
    void nationalIsThirtyMinutesOrFourteenKilometres() {
        AccessStandard national = AccessStandard.national();

        assertThat(national.maxMinutes()).isEqualTo(30);
        assertThat(national.maxKilometres()).isEqualTo(14);
        assertThat(national.rule()).isEqualTo(Rule.EITHER);
    }

    @Test
    void eitherNeedsOneLimitBothNeedsTwo() {
        AccessStandard either = AccessStandard.national();
        AccessStandard both = either.withRule(Rule.BOTH);
        Travel quickButFar = new Travel(25 * 60, 20_000);
        Travel slowButNear = new Travel(40 * 60, 10_000);
        Travel slowAndFar = new Travel(40 * 60, 20_000);
        Travel onTheLimits = new Travel(30 * 60, 14_000);

        assertThat(either.covers(quickButFar)).isTrue();
        assertThat(either.covers(slowButNear)).isTrue();
        assertThat(either.covers(slowAndFar)).isFalse();
        assertThat(both.covers(quickButFar)).isFalse();
        assertThat(both.covers(slowButNear)).isFalse();
        assertThat(both.covers(onTheLimits)).isTrue();
    }

    @Test
    void unreachableIsNeverCovered() {
        assertThat(new AccessStandard(1e6, 1e6, Rule.EITHER).covers(Travel.UNREACHABLE)).isFalse();
    }

    @Test
    void refusesImpossibleLimits() {
        assertThatThrownBy(() -> new AccessStandard(-1, 14, Rule.EITHER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessStandard(30, Double.NaN, Rule.EITHER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessStandard(30, 14, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
