package ua.cnap.planner.routing.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.routing.schedule.VisitPattern;

class VisitRulesTest {

    private final VisitRules rules = new VisitRules(
            List.of(new VisitRules.VisitBand(2_000, 4), new VisitRules.VisitBand(0, 2), new VisitRules.VisitBand(500, 3)),
            600, 12);

    @Test
    void theLargestBandNotAboveThePopulationApplies() {
        assertThat(rules.requiredVisits(0)).isEqualTo(2);
        assertThat(rules.requiredVisits(499)).isEqualTo(2);
        assertThat(rules.requiredVisits(500)).isEqualTo(3);
        assertThat(rules.requiredVisits(1_999)).isEqualTo(3);
        assertThat(rules.requiredVisits(2_000)).isEqualTo(4);
    }

    @Test
    void aVisitTakesTheBasePlusTheCyclesWorkSharedAmongTheVisits() {
        assertThat(rules.serviceSeconds(300)).isEqualTo(600 + 300 * 12 / 2);
        assertThat(rules.serviceSeconds(3_000)).isEqualTo(600 + 3_000 * 12 / 4);
    }

    @Test
    void bandsMustStartAtZero() {
        assertThatThrownBy(() -> new VisitRules(List.of(new VisitRules.VisitBand(100, 2)), 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("population 0");
    }

    @Test
    void aMobileOfficeCannotIssuePassportsOrRegisterVehicles() {
        MobileOffer van = MobileOffer.of(AccessPointKind.MOBILE_OFFICE);
        assertThat(van.notOffered()).containsOnlyKeys(ServiceKind.PASSPORT, ServiceKind.DRIVERS);
        assertThat(van.offered()).doesNotContain(ServiceKind.PASSPORT, ServiceKind.DRIVERS)
                .contains(ServiceKind.SOCIAL, ServiceKind.CIVIL_REGISTRY);
        assertThat(MobileOffer.of(AccessPointKind.MOBILE_CASE).offered()).contains(ServiceKind.PASSPORT);
        assertThatThrownBy(() -> MobileOffer.of(AccessPointKind.BRANCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoVisitsInFourWeeksFallOnOneWeekdayTwoWeeksApart() {
        List<VisitPattern> patterns = VisitRules.patterns(2, 20, 5);
        // first visit on any of the first two weeks' ten days, the second ten working days later
        assertThat(patterns).hasSize(10).allSatisfy(p -> {
            assertThat(p.days()[1] - p.days()[0]).isEqualTo(10);
            assertThat(p.days()[0] % 5).isEqualTo(p.days()[1] % 5);
        });
        assertThat(patterns.get(0)).isEqualTo(VisitPattern.of(0, 10));
    }

    @Test
    void fourVisitsInFourWeeksAreWeeklyOnOneWeekday() {
        List<VisitPattern> patterns = VisitRules.patterns(4, 20, 5);
        assertThat(patterns).containsExactly(VisitPattern.of(0, 5, 10, 15), VisitPattern.of(1, 6, 11, 16),
                VisitPattern.of(2, 7, 12, 17), VisitPattern.of(3, 8, 13, 18), VisitPattern.of(4, 9, 14, 19));
    }

    @Test
    void noPatternWhenTheVisitsCannotKeepTheAskedSpacingOrOutnumberTheDays() {
        assertThat(VisitRules.patterns(4, 20, 6)).isEmpty();
        assertThat(VisitRules.patterns(6, 5, 0)).isEmpty();
        assertThat(VisitRules.patterns(1, 3, 3)).containsExactly(VisitPattern.of(0), VisitPattern.of(1),
                VisitPattern.of(2));
    }
}
