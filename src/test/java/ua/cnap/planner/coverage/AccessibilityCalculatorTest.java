package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static ua.cnap.planner.coverage.CoverageFixtures.accessPoint;
import static ua.cnap.planner.coverage.CoverageFixtures.equatorKm;
import static ua.cnap.planner.coverage.CoverageFixtures.open;
import static ua.cnap.planner.coverage.CoverageFixtures.settlement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.coverage.AccessStandard.Rule;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.travel.ModelError;
import ua.cnap.planner.travel.Travel;
import ua.cnap.planner.travel.TravelTimeModel;

class AccessibilityCalculatorTest {

    private static final double TEN_METERS_PER_SECOND = 10;

    /** Settlements and offices on the equator, at 10 m/s: 1 km takes 100 s. */
    @Test
    void nearestOpenFixedPointPerSettlementKindAndService() {
        Settlement a = settlement("a", equatorKm(0), "H1", 100);
        Settlement b = settlement("b", equatorKm(30), "H1", 100);
        Settlement c = settlement("c", equatorKm(200), "H1", 100);
        List<AccessPoint> points = List.of(
                open("m1", AccessPointKind.MAIN_OFFICE, equatorKm(12), ServiceKind.PASSPORT),
                open("r1", AccessPointKind.REMOTE_WORKPLACE, equatorKm(25)),
                // mobile: not fixed coverage, although it stands in settlement a
                open("mob", AccessPointKind.MOBILE_OFFICE, equatorKm(0), ServiceKind.PASSPORT),
                // closed: does not count, although 1 km from a
                accessPoint("closed", AccessPointKind.BRANCH, AccessPointStatus.TEMPORARILY_CLOSED, equatorKm(1),
                        null, ServiceKind.PASSPORT));
        StraightLineTestModel model = new StraightLineTestModel(TEN_METERS_PER_SECOND);

        Accessibility result = new AccessibilityCalculator(90 * 60, 2)
                .compute(List.of(a, b, c), points, model, AccessStandard.national());

        assertThat(model.calls.get()).as("one search per counted access point").isEqualTo(2);
        assertThat(model.lastLimitSeconds).isEqualTo(90 * 60);
        SettlementAccess atA = result.settlements().get(0);
        assertThat(atA.nearestAccessPointId()).isEqualTo("m1");
        assertThat(atA.nearest().meters()).isCloseTo(12_000, within(1e-6));
        assertThat(atA.nearest().seconds()).isCloseTo(1_200, within(1e-6));
        assertThat(atA.covered()).isTrue();
        assertThat(atA.byKind()).containsOnlyKeys(AccessPointKind.MAIN_OFFICE, AccessPointKind.REMOTE_WORKPLACE);
        assertThat(atA.byKind().get(AccessPointKind.REMOTE_WORKPLACE).travel().meters()).isCloseTo(25_000, within(1e-6));
        assertThat(atA.byService()).containsOnlyKeys(ServiceKind.PASSPORT);
        assertThat(atA.byService().get(ServiceKind.PASSPORT).accessPointId()).isEqualTo("m1");

        SettlementAccess atB = result.settlements().get(1);
        assertThat(atB.nearestAccessPointId()).isEqualTo("r1");
        assertThat(atB.nearest().seconds()).isCloseTo(500, within(1e-6));
        assertThat(atB.byService().get(ServiceKind.PASSPORT).travel().meters()).isCloseTo(18_000, within(1e-6));

        // 188 km at 10 m/s is 18,800 s, beyond the 5,400 s search limit even though the model answered
        SettlementAccess atC = result.settlements().get(2);
        assertThat(atC.reachable()).isFalse();
        assertThat(atC.nearest()).isEqualTo(Travel.UNREACHABLE);
        assertThat(atC.nearestAccessPointId()).isNull();
        assertThat(atC.covered()).isFalse();
        assertThat(atC.byKind()).isEmpty();
        assertThat(atC.byService()).isEmpty();
        assertThat(result.populationCovered()).isEqualTo(200);
    }

    @Test
    void searchLimitIsTwiceTheStandardWhenThatIsMoreThanTheFloor() {
        AccessibilityCalculator calculator = new AccessibilityCalculator(90 * 60, 1);

        assertThat(calculator.searchLimitSeconds(AccessStandard.national())).isEqualTo(90 * 60);
        assertThat(calculator.searchLimitSeconds(AccessStandard.national().withMaxMinutes(60))).isEqualTo(120 * 60);
    }

    @Test
    void equalTimesGoToTheLowerId() {
        Settlement centre = settlement("s", equatorKm(0), "H1", 1);
        List<AccessPoint> points = List.of(
                open("z-east", AccessPointKind.BRANCH, equatorKm(5)),
                open("a-west", AccessPointKind.BRANCH, equatorKm(-5)));

        for (int threads = 1; threads <= 2; threads++) {
            SettlementAccess access = new AccessibilityCalculator(5400, threads)
                    .compute(List.of(centre), points, new StraightLineTestModel(10), AccessStandard.national())
                    .settlements().get(0);
            assertThat(access.nearestAccessPointId()).isEqualTo("a-west");
            assertThat(access.byKind().get(AccessPointKind.BRANCH).accessPointId()).isEqualTo("a-west");
        }
    }

    @Test
    void eitherRuleCoversByDistanceWhenTheQuickestPointIsTooFarInTime() {
        Settlement settlement = settlement("s", equatorKm(0), "H1", 1);
        AccessPoint quickFar = open("quick", AccessPointKind.MAIN_OFFICE, equatorKm(20));
        AccessPoint slowNear = open("slow", AccessPointKind.BRANCH, equatorKm(-13));
        // 20 km at 20 m/s = 1,000 s; 13 km at 5 m/s = 2,600 s
        StraightLineTestModel model = new StraightLineTestModel(10)
                .withSpeedTo(quickFar.location(), 20)
                .withSpeedTo(slowNear.location(), 5);
        AccessStandard tenMinutesOr14Km = new AccessStandard(10, 14, Rule.EITHER);
        AccessibilityCalculator calculator = new AccessibilityCalculator(5400, 1);

        SettlementAccess either = calculator.compute(List.of(settlement), List.of(quickFar, slowNear), model,
                tenMinutesOr14Km).settlements().get(0);
        SettlementAccess both = calculator.compute(List.of(settlement), List.of(quickFar, slowNear), model,
                tenMinutesOr14Km.withRule(Rule.BOTH)).settlements().get(0);

        assertThat(either.nearestAccessPointId()).isEqualTo("quick");
        assertThat(either.covered()).isTrue();
        assertThat(both.covered()).isFalse();
    }

    /** The calculator against a pair-by-pair search written independently here. */
    @Test
    void agreesWithPairByPairSearchOnRandomInstances() {
        Random random = new Random(20240613);
        for (int round = 0; round < 20; round++) {
            RandomInstance instance = RandomInstance.generate(random, 40, 12);
            AccessStandard standard = new AccessStandard(5 + random.nextInt(40), 3 + random.nextInt(20),
                    random.nextBoolean() ? Rule.EITHER : Rule.BOTH);
            AccessibilityCalculator calculator = new AccessibilityCalculator(90 * 60, 1 + random.nextInt(3));

            Accessibility result = calculator.compute(instance.settlements(), instance.accessPoints(),
                    instance.model(), standard);

            double limit = calculator.searchLimitSeconds(standard);
            for (int i = 0; i < instance.settlements().size(); i++) {
                Settlement settlement = instance.settlements().get(i);
                SettlementAccess actual = result.settlements().get(i);
                List<AccessPoint> counted = instance.accessPoints().stream()
                        .filter(p -> p.status() == AccessPointStatus.OPEN && p.kind().isFixed()).toList();
                Optional<AccessPoint> expectedNearest = counted.stream()
                        .filter(p -> instance.model().travel(settlement.point(), p.location()).seconds() <= limit)
                        .min(Comparator.<AccessPoint>comparingDouble(
                                p -> instance.model().travel(settlement.point(), p.location()).seconds())
                                .thenComparing(AccessPoint::id));
                boolean expectedCovered = counted.stream().anyMatch(p -> {
                    Travel t = instance.model().travel(settlement.point(), p.location());
                    return t.seconds() <= limit && standard.covers(t);
                });
                assertThat(actual.nearestAccessPointId()).isEqualTo(expectedNearest.map(AccessPoint::id).orElse(null));
                assertThat(actual.covered()).as("covered %s", settlement.id()).isEqualTo(expectedCovered);
                for (ServiceKind service : ServiceKind.values()) {
                    Optional<String> expected = counted.stream().filter(p -> p.services().contains(service))
                            .filter(p -> instance.model().travel(settlement.point(), p.location()).seconds() <= limit)
                            .min(Comparator.<AccessPoint>comparingDouble(
                                    p -> instance.model().travel(settlement.point(), p.location()).seconds())
                                    .thenComparing(AccessPoint::id))
                            .map(AccessPoint::id);
                    assertThat(actual.findNearest(service).map(Nearest::accessPointId)).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void threadsDoNotChangeTheAnswer() {
        RandomInstance instance = RandomInstance.generate(new Random(7), 200, 40);

        Accessibility one = new AccessibilityCalculator(5400, 1)
                .compute(instance.settlements(), instance.accessPoints(), instance.model(), AccessStandard.national());
        Accessibility four = new AccessibilityCalculator(5400, 4)
                .compute(instance.settlements(), instance.accessPoints(), instance.model(), AccessStandard.national());

        assertThat(four.settlements()).isEqualTo(one.settlements());
    }

    @Test
    void noAccessPointsLeavesEverySettlementUnreachable() {
        Accessibility result = new AccessibilityCalculator().compute(
                List.of(settlement("s", equatorKm(0), "H1", 5)), List.of(), new StraightLineTestModel(10),
                AccessStandard.national());

        assertThat(result.settlements().get(0).reachable()).isFalse();
        assertThat(result.populationCovered()).isZero();
    }

    @Test
    void refusesAModelThatAnswersTheWrongNumberOfTrips() {
        TravelTimeModel broken = new TravelTimeModel() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Optional<ModelError> error() {
                return Optional.empty();
            }

            @Override
            public List<Travel> travelTo(Point destination, List<Point> origins, double limitSeconds) {
                return new ArrayList<>(); // flaw: one answer per origin is required
            }
        };

        assertThatThrownBy(() -> new AccessibilityCalculator(5400, 2).compute(
                List.of(settlement("s", equatorKm(0), "H1", 5)),
                List.of(open("p", AccessPointKind.MAIN_OFFICE, equatorKm(1))), broken, AccessStandard.national()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken");
    }
}
