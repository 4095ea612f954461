package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.cnap.planner.importing.RealServices;
import ua.cnap.planner.io.BadInputException;

/**
 * Coverage of the real data through the service, with the calibrated fallback model as the planner
 * uses it: the invariants on Chernivtsi oblast and its 2025 register, and the country.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageServiceRealDataTest {

    static final String CHERNIVTSI = "UA73000000000044923";

    CoverageService service;

    @BeforeAll
    void setUp() {
        service = new RealServices().coverage;
    }

    CoverageResult chernivtsi(double minutes, double km) {
        return service.compute(new CoverageRequest("Чернівецька", new AccessStandard(minutes, km,
                AccessStandard.Rule.EITHER), null));
    }

    @Test
    void chernivtsiOnItsCurrentRegisterHasKpisPerHromadaThatAddUp() {
        CoverageResult result = chernivtsi(30, 14);

        assertThat(result.registers()).extracting(r -> r.id()).containsExactly("chernivetska-2025");
        CoverageKpis oblast = result.totals();
        assertThat(oblast.registerLoaded()).isTrue();
        assertThat(oblast.population()).isEqualTo(890_457L); // Ukrstat table 6, 1 Jan 2022
        assertThat(result.report().hromadas()).hasSize(52);
        assertThat(result.report().hromadas().stream().mapToLong(CoverageKpis::population).sum())
                .isEqualTo(oblast.population());
        assertThat(result.report().hromadas().stream().mapToLong(CoverageKpis::populationCovered).sum())
                .isEqualTo(oblast.populationCovered());
        for (CoverageKpis hromada : result.report().hromadas()) {
            assertThat(hromada.populationCovered()).as(hromada.name()).isBetween(0L, hromada.population());
            assertThat(hromada.meanTravelTimeSeconds()).as(hromada.name()).isPositive();
        }
        assertThat(result.accessibility().modelError()).isNotNull();
        assertThat(result.accessibility().modelName()).startsWith("fallback");
    }

    @Test
    void coveredPopulationNeverFallsAsTheStandardGrows() {
        long previous = -1;
        for (double[] standard : new double[][] {{5, 2}, {10, 4}, {15, 7}, {20, 10}, {30, 14}, {45, 20}}) {
            long covered = chernivtsi(standard[0], standard[1]).totals().populationCovered();
            assertThat(covered).as("covered at %s min / %s km", standard[0], standard[1])
                    .isGreaterThanOrEqualTo(previous);
            previous = covered;
        }
        // The sweep must actually move, or the check above proves nothing.
        assertThat(chernivtsi(5, 2).totals().populationCovered())
                .isLessThan(chernivtsi(45, 20).totals().populationCovered());
    }

    @Test
    void aStricterStandardLeavesWhiteSpotsWithTheUncoveredPeople() {
        CoverageResult result = chernivtsi(10, 5);
        long uncovered = result.totals().population() - result.totals().populationCovered();
        assertThat(uncovered).isPositive();
        assertThat(result.whiteSpots()).isNotEmpty();
        assertThat(result.whiteSpots().stream().mapToLong(WhiteSpot::population).sum()).isEqualTo(uncovered);
    }

    @Test
    void anOblastWithoutACurrentRegisterIsReportedAsUnknownNotZero() {
        CoverageResult result = service.compute(new CoverageRequest("Київська", AccessStandard.national(), null));
        assertThat(result.totals().registerLoaded()).isFalse();
        assertThat(result.totals().coveredShare()).isNull();
        assertThat(result.totals().population()).isPositive();
    }

    @Test
    void theCountryOnThe2017MapCoversEveryOblastWithHromadas() {
        CoverageResult result = service.compute(new CoverageRequest("all", AccessStandard.national(), "ukraine-2017"));
        assertThat(result.totals().registerLoaded()).isTrue();
        // 1469 hromadas and Kyiv city: the official total without Crimea and Sevastopol
        assertThat(result.totals().population()).isEqualTo(41_167_335L);
        assertThat(result.totals().coveredShare()).isBetween(0.0, 1.0);
        assertThat(result.report().oblasts().stream().mapToLong(CoverageKpis::population).sum())
                .isEqualTo(41_167_335L);
    }

    @Test
    void unknownOblastsAndRegistersAreBadInputNamingThem() {
        assertThatThrownBy(() -> service.compute(new CoverageRequest("Атлантида", AccessStandard.national(), null)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Атлантида")
                .hasMessageContaining("Чернівецька");
        assertThatThrownBy(() -> service.compute(new CoverageRequest(CHERNIVTSI, AccessStandard.national(), "nope")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("chernivetska-2025");
    }
}
