package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ua.cnap.planner.coverage.CoverageFixtures.access;
import static ua.cnap.planner.coverage.CoverageFixtures.accessPoint;
import static ua.cnap.planner.coverage.CoverageFixtures.equatorKm;
import static ua.cnap.planner.coverage.CoverageFixtures.hromada;
import static ua.cnap.planner.coverage.CoverageFixtures.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.coverage.AccessStandard.Rule;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;
import ua.cnap.planner.travel.Travel;

class CoverageReportTest {

    private static final List<Hromada> HROMADAS = List.of(hromada("H1", "R1", "O1"), hromada("H2", "R1", "O1"),
            hromada("H3", "R2", "O2"));
    private static final List<Raion> RAIONS = List.of(new Raion("R1", "O1", "Перший"), new Raion("R2", "O2", "Другий"));
    private static final List<Oblast> OBLASTS = List.of(new Oblast("O1", "Перша", "First"), new Oblast("O2", "Друга", "Second"));

    /**
     * H1: 1,000 people covered at 600 s, 500 uncovered at 3,000 s; H2: 200 unreachable; H3 (oblast O2,
     * no register): 800. One open main office, in H1; a closed one in H2 does not count.
     */
    private static CoverageReport handReport() {
        List<SettlementAccess> settlements = List.of(
                access(settlement("s1", equatorKm(0), "H1", 1_000), "m1", new Travel(600, 6_000), true),
                access(settlement("s2", equatorKm(1), "H1", 500), "m1", new Travel(3_000, 30_000), false),
                access(settlement("s3", equatorKm(2), "H2", 200), null, Travel.UNREACHABLE, false),
                access(settlement("s4", equatorKm(3), "H3", 800), null, Travel.UNREACHABLE, false));
        Accessibility accessibility = new Accessibility(AccessStandard.national(), "test", null, 5400, settlements);
        List<AccessPoint> points = List.of(
                accessPoint("m1", AccessPointKind.MAIN_OFFICE, AccessPointStatus.OPEN, equatorKm(0), "H1"),
                accessPoint("m2", AccessPointKind.MAIN_OFFICE, AccessPointStatus.TEMPORARILY_CLOSED, equatorKm(2), "H2"));
        return CoverageReport.aggregate(accessibility, HROMADAS, RAIONS, OBLASTS, points, Set.of("O1"));
    }

    @Test
    void hromadaFiguresByHand() {
        CoverageKpis h1 = handReport().findHromada("H1").orElseThrow();

        assertThat(h1.population()).isEqualTo(1_500);
        assertThat(h1.populationCovered()).isEqualTo(1_000);
        assertThat(h1.coveredShare()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(h1.meanTravelTimeSeconds()).isCloseTo((600.0 * 1_000 + 3_000.0 * 500) / 1_500, within(1e-9));
        // 90 % of 1,500 is 1,350: s1 alone holds 1,000, so the quantile is s2's time
        assertThat(h1.p90TravelTimeSeconds()).isEqualTo(3_000);
        assertThat(h1.uncoveredSettlements()).isEqualTo(1);
        assertThat(h1.populationUnreachable()).isZero();
        assertThat(h1.hromadasWithoutMainOffice()).isZero();
    }

    @Test
    void unreachableSettlementsAreUncoveredAndLeftOutOfTravelTimes() {
        CoverageKpis h2 = handReport().findHromada("H2").orElseThrow();

        assertThat(h2.populationCovered()).isZero();
        assertThat(h2.coveredShare()).isZero();
        assertThat(h2.populationUnreachable()).isEqualTo(200);
        assertThat(h2.meanTravelTimeSeconds()).isNull();
        assertThat(h2.p90TravelTimeSeconds()).isNull();
        assertThat(h2.hromadasWithoutMainOffice()).as("its only main office is closed").isEqualTo(1);
    }

    @Test
    void raionAndOblastAddUpTheirHromadas() {
        CoverageReport report = handReport();
        CoverageKpis r1 = report.findRaion("R1").orElseThrow();
        CoverageKpis o1 = report.findOblast("O1").orElseThrow();

        for (CoverageKpis area : List.of(r1, o1)) {
            assertThat(area.population()).isEqualTo(1_700);
            assertThat(area.populationCovered()).isEqualTo(1_000);
            assertThat(area.populationUnreachable()).isEqualTo(200);
            assertThat(area.uncoveredSettlements()).isEqualTo(2);
            assertThat(area.hromadasWithoutMainOffice()).isEqualTo(1);
            assertThat(area.meanTravelTimeSeconds()).isCloseTo(1_400, within(1e-9));
        }
        assertThat(r1.name()).isEqualTo("Перший");
        assertThat(o1.name()).isEqualTo("Перша");
    }

    @Test
    void anOblastWithoutRegisterReportsNoCoverageRatherThanZero() {
        CoverageReport report = handReport();
        CoverageKpis o2 = report.findOblast("O2").orElseThrow();
        CoverageKpis h3 = report.findHromada("H3").orElseThrow();

        for (CoverageKpis area : List.of(o2, h3, report.findRaion("R2").orElseThrow())) {
            assertThat(area.registerLoaded()).isFalse();
            assertThat(area.population()).isEqualTo(800);
            assertThat(area.populationWithRegister()).isZero();
            assertThat(area.coveredShare()).isNull();
            assertThat(area.populationCovered()).isNull();
            assertThat(area.uncoveredSettlements()).isNull();
            assertThat(area.hromadasWithoutMainOffice()).isNull();
        }
    }

    @Test
    void countrySaysWhichOblastsItCovers() {
        CoverageReport report = handReport();

        assertThat(report.countryOblastCodes()).containsExactly("O1");
        assertThat(report.oblastsWithoutRegister()).containsExactly("O2");
        assertThat(report.country().registerLoaded()).isFalse();
        // the whole country's population; the share only over the oblast with a register (issue 12: it
        // used to report O1's population as the country's)
        assertThat(report.country().population()).isEqualTo(2_500);
        assertThat(report.country().populationWithRegister()).isEqualTo(1_700);
        assertThat(report.country().populationCovered()).isEqualTo(1_000);
        assertThat(report.country().coveredShare()).isCloseTo(1_000.0 / 1_700, within(1e-12));
        assertThat(report.country().uncoveredSettlements()).as("O2's settlement is unknown, not uncovered").isEqualTo(2);
    }

    @Test
    void excludedSettlementsCountInThePopulationButNotInTheShare() {
        CoverageReport plain = handReport();
        List<ua.cnap.planner.population.Settlement> excluded = List.of(
                settlement("x1", equatorKm(5), "H1", 300), settlement("x3", equatorKm(6), "H3", 100));
        List<SettlementAccess> settlements = List.of(
                access(settlement("s1", equatorKm(0), "H1", 1_000), "m1", new Travel(600, 6_000), true),
                access(settlement("s2", equatorKm(1), "H1", 500), "m1", new Travel(3_000, 30_000), false),
                access(settlement("s3", equatorKm(2), "H2", 200), null, Travel.UNREACHABLE, false),
                access(settlement("s4", equatorKm(3), "H3", 800), null, Travel.UNREACHABLE, false));
        CoverageReport report = CoverageReport.aggregate(
                new Accessibility(AccessStandard.national(), "test", null, 5400, settlements), HROMADAS, RAIONS,
                OBLASTS, List.of(), Set.of("O1"), excluded, null);

        CoverageKpis h1 = report.findHromada("H1").orElseThrow();
        assertThat(h1.population()).isEqualTo(1_800);
        assertThat(h1.populationWithRegister()).isEqualTo(1_500);
        assertThat(h1.coveredShare()).isCloseTo(1_000.0 / 1_500, within(1e-12));
        CoverageKpis o2 = report.findOblast("O2").orElseThrow();
        assertThat(o2.population()).isEqualTo(900);
        assertThat(o2.populationWithRegister()).isZero();
        assertThat(o2.coveredShare()).isNull();
        CoverageKpis country = report.country();
        assertThat(country.population()).isEqualTo(plain.country().population() + 400);
        assertThat(country.populationWithRegister()).isEqualTo(1_700);
        // population = with a register + excluded where there is one + all of the oblasts without one
        assertThat(country.population()).isEqualTo(country.populationWithRegister() + 300 + o2.population());
        assertThat(country.coveredShare())
                .isEqualTo((double) country.populationCovered() / country.populationWithRegister());
    }

    @Test
    void whereTheRegisterCannotTellMainOfficesThatFigureIsUnknownEverywhere() {
        List<SettlementAccess> settlements = List.of(
                access(settlement("s1", equatorKm(0), "H1", 1_000), "m1", new Travel(600, 6_000), true));
        CoverageReport report = CoverageReport.aggregate(
                new Accessibility(AccessStandard.national(), "test", null, 5400, settlements), HROMADAS, RAIONS,
                OBLASTS, List.of(), Set.of("O1", "O2"), List.of(), "predates the 2020 hromadas");

        assertThat(report.mainOfficeUnknownReason()).isEqualTo("predates the 2020 hromadas");
        assertThat(report.hromadas()).allSatisfy(h -> assertThat(h.hromadasWithoutMainOffice()).isNull());
        assertThat(report.oblasts()).allSatisfy(o -> assertThat(o.hromadasWithoutMainOffice()).isNull());
        assertThat(report.country().hromadasWithoutMainOffice()).isNull();
        assertThat(report.country().populationCovered()).as("coverage itself stays known").isEqualTo(1_000);
    }

    @Test
    void aSettlementWithoutRegisterIsUnknownNeverUncovered() {
        CoverageReport report = handReport();
        Set<String> known = report.hromadaCodesWithRegister();

        assertThat(known).containsExactlyInAnyOrder("H1", "H2");
        SettlementAccess unknown = access(settlement("s4", equatorKm(3), "H3", 800), null, Travel.UNREACHABLE, false);
        SettlementAccess uncovered = access(settlement("s3", equatorKm(2), "H2", 200), null, Travel.UNREACHABLE, false);
        assertThat(CoverageReport.coveredOrUnknown(unknown, known)).isNull();
        assertThat(CoverageReport.coveredOrUnknown(uncovered, known)).isFalse();
    }

    @Test
    void noRegisterAnywhereGivesNoCountryFigure() {
        CoverageReport report = CoverageReport.aggregate(
                new Accessibility(AccessStandard.national(), "test", null, 5400, List.of()),
                HROMADAS, RAIONS, OBLASTS, List.of(), Set.of());

        assertThat(report.country().coveredShare()).isNull();
        assertThat(report.countryOblastCodes()).isEmpty();
    }

    @Test
    void settlementsOfUnknownHromadasAreListedNotDropped() {
        Accessibility accessibility = new Accessibility(AccessStandard.national(), "test", null, 5400, List.of(
                access(settlement("lost", equatorKm(0), "H-unknown", 10), null, Travel.UNREACHABLE, false)));

        CoverageReport report = CoverageReport.aggregate(accessibility, HROMADAS, RAIONS, OBLASTS, List.of(), Set.of("O1", "O2"));

        assertThat(report.settlementsOutsideHromadas()).containsExactly("lost");
        assertThat(report.country().population()).isZero();
    }

    @Test
    void p90IsTheLowerWeightedQuantile() {
        List<SettlementAccess> tenEqual = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            tenEqual.add(access(settlement("s" + i, equatorKm(i), "H1", 7), "p", new Travel(i * 100, i * 1_000), false));
        }
        // ten equal weights: 9 of them (90 %) are within the 9th time
        assertThat(CoverageReport.weightedQuantileSeconds(tenEqual, 0.9)).isEqualTo(900);
        // one heavy settlement holding over 90 % of the people decides alone
        tenEqual.set(0, access(settlement("big", equatorKm(0), "H1", 1_000), "p", new Travel(100, 1_000), true));
        assertThat(CoverageReport.weightedQuantileSeconds(tenEqual, 0.9)).isEqualTo(100);
    }

    /** "Must show" invariants of issue 3 over random instances with a fixed seed. */
    @Test
    void invariantsHoldOnRandomInstances() {
        Random random = new Random(3);
        for (int round = 0; round < 25; round++) {
            RandomInstance instance = RandomInstance.generate(random, 60, 1 + random.nextInt(15));
            Accessibility accessibility = new AccessibilityCalculator(5400, 1).compute(instance.settlements(),
                    instance.accessPoints(), instance.model(), AccessStandard.national());

            CoverageReport report = CoverageReport.aggregate(accessibility, instance.hromadas(), List.of(), List.of(),
                    instance.accessPoints(), Set.of("O1", "O2"));

            for (CoverageKpis hromada : report.hromadas()) {
                assertThat(hromada.populationCovered()).isLessThanOrEqualTo(hromada.population());
                assertThat(hromada.populationCovered() + hromada.populationUnreachable())
                        .isLessThanOrEqualTo(hromada.population());
            }
            Map<String, Long> hromadaSumByOblast = instance.hromadas().stream().collect(Collectors.groupingBy(
                    Hromada::oblastCode, Collectors.summingLong(h -> report.findHromada(h.code()).orElseThrow().population())));
            Map<String, Long> coveredSumByOblast = instance.hromadas().stream().collect(Collectors.groupingBy(
                    Hromada::oblastCode, Collectors.summingLong(h -> report.findHromada(h.code()).orElseThrow().populationCovered())));
            for (CoverageKpis oblast : report.oblasts()) {
                assertThat(oblast.population()).isEqualTo(hromadaSumByOblast.get(oblast.code()));
                assertThat(oblast.populationCovered()).isEqualTo(coveredSumByOblast.get(oblast.code()));
            }
            assertThat(report.oblasts().stream().mapToLong(CoverageKpis::population).sum())
                    .isEqualTo(report.country().population())
                    .isEqualTo(accessibility.population());
            assertThat(report.raions().stream().mapToLong(CoverageKpis::populationCovered).sum())
                    .isEqualTo(report.country().populationCovered())
                    .isEqualTo(accessibility.populationCovered());
        }
    }

    @Test
    void coveredPopulationNeverFallsWhenTheStandardLoosens() {
        Random random = new Random(11);
        AccessibilityCalculator calculator = new AccessibilityCalculator(5400, 1);
        int rises = 0;
        for (int round = 0; round < 10; round++) {
            RandomInstance instance = RandomInstance.generate(random, 50, 1 + random.nextInt(10));
            for (Rule rule : Rule.values()) {
                double km = 2 + random.nextInt(20);
                Set<String> previous = Set.of();
                for (double minutes : new double[] {0, 5, 10, 20, 30, 45, 60, 90}) {
                    Set<String> covered = coveredIds(calculator.compute(instance.settlements(), instance.accessPoints(),
                            instance.model(), new AccessStandard(minutes, km, rule)));
                    assertThat(covered).as("%s, %s km, %s min", rule, km, minutes).containsAll(previous);
                    rises += covered.size() > previous.size() ? 1 : 0;
                    previous = covered;
                }
                double minutes = 5 + random.nextInt(40);
                previous = Set.of();
                for (double kilometres : new double[] {0, 2, 5, 10, 14, 20, 40}) {
                    Set<String> covered = coveredIds(calculator.compute(instance.settlements(), instance.accessPoints(),
                            instance.model(), new AccessStandard(minutes, kilometres, rule)));
                    assertThat(covered).as("%s, %s min, %s km", rule, minutes, kilometres).containsAll(previous);
                    previous = covered;
                }
            }
        }
        assertThat(rises).as("the sweeps are not trivial: loosening does cover more").isPositive();
    }

    @Test
    void coveredPopulationNeverFallsWhenAnAccessPointIsAdded() {
        Random random = new Random(17);
        AccessibilityCalculator calculator = new AccessibilityCalculator(5400, 1);
        int rises = 0;
        for (int round = 0; round < 10; round++) {
            RandomInstance instance = RandomInstance.generate(random, 50, 0);
            AccessStandard standard = new AccessStandard(5 + random.nextInt(30), 2 + random.nextInt(14),
                    random.nextBoolean() ? Rule.EITHER : Rule.BOTH);
            Accessibility before = calculator.compute(instance.settlements(), instance.accessPoints(), instance.model(), standard);
            for (int added = 0; added < 12; added++) {
                instance = instance.withRandomAccessPoint(random);
                Accessibility after = calculator.compute(instance.settlements(), instance.accessPoints(), instance.model(), standard);
                assertThat(coveredIds(after)).containsAll(coveredIds(before));
                assertThat(after.populationCovered()).isGreaterThanOrEqualTo(before.populationCovered());
                rises += after.populationCovered() > before.populationCovered() ? 1 : 0;
                before = after;
            }
        }
        assertThat(rises).as("the instances are not trivial: adding points does cover people").isPositive();
    }

    private static Set<String> coveredIds(Accessibility accessibility) {
        return accessibility.settlements().stream().filter(SettlementAccess::covered)
                .map(s -> s.settlement().id()).collect(Collectors.toSet());
    }
}
