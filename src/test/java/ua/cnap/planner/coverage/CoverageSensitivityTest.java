package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static ua.cnap.planner.coverage.CoverageFixtures.access;
import static ua.cnap.planner.coverage.CoverageFixtures.equatorKm;
import static ua.cnap.planner.coverage.CoverageFixtures.hromada;
import static ua.cnap.planner.coverage.CoverageFixtures.settlement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;
import ua.cnap.planner.travel.ModelError;
import ua.cnap.planner.travel.Travel;

/**
 * The sensitivity band on a small fixture: the national standard (30 min or 14 km), a model error of
 * 10 % out of sample.
 */
class CoverageSensitivityTest {

    private static final List<Hromada> HROMADAS = List.of(hromada("H1", "R1", "O1"), hromada("H2", "R1", "O1"),
            hromada("H3", "R2", "O2"));
    private static final List<Raion> RAIONS = List.of(new Raion("R1", "O1", "Перший"), new Raion("R2", "O2", "Другий"));
    private static final List<Oblast> OBLASTS = List.of(new Oblast("O1", "Перша", "First"),
            new Oblast("O2", "Друга", "Second"));
    private static final ModelError ERROR = new ModelError(100, 8, 20, "test trips").withOutOfSample(10, 25);

    /**
     * O1 has a register, O2 none.
     * <ul>
     * <li>inside: 28 min, 20 km: covered by time only; 10 % slower is 30.8 min, so it drops out;</li>
     * <li>outside: 32 min, 20 km: uncovered; 10 % faster is 28.8 min, so it comes in;</li>
     * <li>byDistance: 40 min, 12 km: covered by distance whatever the time;</li>
     * <li>far: 50 min, 40 km: out either way (45 min faster);</li>
     * <li>unreachable: no point within the search limit, out either way;</li>
     * <li>noRegister (O2): left out of the band, as of the covered share.</li>
     * </ul>
     */
    private static CoverageResult result(ModelError error) {
        List<SettlementAccess> settlements = List.of(
                access(settlement("inside", equatorKm(0), "H1", 1_000), "p", new Travel(28 * 60, 20_000), true),
                access(settlement("outside", equatorKm(1), "H1", 300), "p", new Travel(32 * 60, 20_000), false),
                access(settlement("byDistance", equatorKm(2), "H2", 50), "p", new Travel(40 * 60, 12_000), true),
                access(settlement("far", equatorKm(3), "H2", 7), "p", new Travel(50 * 60, 40_000), false),
                access(settlement("unreachable", equatorKm(4), "H2", 2), null, Travel.UNREACHABLE, false),
                access(settlement("noRegister", equatorKm(5), "H3", 5_000), null, Travel.UNREACHABLE, false));
        Accessibility accessibility = new Accessibility(AccessStandard.national(), "test", error, 5400, settlements);
        CoverageReport report = CoverageReport.aggregate(accessibility, HROMADAS, RAIONS, OBLASTS, List.of(),
                Set.of("O1"));
        return new CoverageResult(null, List.of(), accessibility, report, List.of(), 0);
    }

    @Test
    void justInsideDropsOutWhenSlowerAndJustOutsideComesInWhenFaster() {
        CoverageSensitivity band = CoverageSensitivity.of(result(ERROR));

        assertThat(band.percent()).isEqualTo(10.0);
        assertThat(band.reason()).isNull();
        // population over the oblast with a register only, as coveredShare
        assertThat(band.population()).isEqualTo(1_000 + 300 + 50 + 7 + 2);
        assertThat(band.populationCovered()).isEqualTo(1_000 + 50);
        assertThat(band.populationCoveredIfSlower()).as("inside drops out, byDistance stays").isEqualTo(50);
        assertThat(band.populationCoveredIfFaster()).as("outside comes in, far stays out").isEqualTo(1_000 + 50 + 300);
        assertThat(band.coveredShareIfSlower()).isCloseTo(50.0 / 1_359, within(1e-12));
        assertThat(band.coveredShareIfFaster()).isCloseTo(1_350.0 / 1_359, within(1e-12));
        CoverageKpis totals = result(ERROR).totals();
        assertThat(band.populationCovered()).isEqualTo(totals.populationCovered());
        assertThat(band.coveredShare()).isEqualTo(totals.coveredShare());
    }

    @Test
    void aSettlementAtExactlyTheLimitWhenScaledStaysCovered() {
        SettlementAccess edge = access(settlement("edge", equatorKm(0), "H1", 1), "p",
                new Travel(27.5 * 60, 20_000), true);
        // 27.5 min × 1.2 = 33 min: out; × (30 / 27.5) = 30 min: still in (the limit is inclusive)
        assertThat(CoverageSensitivity.coveredIfScaled(edge, AccessStandard.national(), 1.2)).isFalse();
        assertThat(CoverageSensitivity.coveredIfScaled(edge, AccessStandard.national(), 30 / 27.5)).isTrue();
    }

    @Test
    void withTheBothRuleDistanceAloneDoesNotKeepASettlement() {
        AccessStandard both = AccessStandard.national().withRule(AccessStandard.Rule.BOTH);
        SettlementAccess near = access(settlement("near", equatorKm(0), "H1", 1), "p", new Travel(28 * 60, 12_000), true);
        assertThat(CoverageSensitivity.coveredIfScaled(near, both, 1.1)).isFalse();
        assertThat(CoverageSensitivity.coveredIfScaled(near, both, 0.9)).isTrue();
    }

    @Test
    void withoutAnOutOfSampleErrorThereIsNoBandAndTheReasonIsGiven() {
        CoverageSensitivity road = CoverageSensitivity.of(result(null));
        assertThat(road.percent()).isNull();
        assertThat(road.populationCoveredIfSlower()).isNull();
        assertThat(road.coveredShareIfFaster()).isNull();
        assertThat(road.reason()).contains("no out-of-sample error");

        CoverageSensitivity inSampleOnly = CoverageSensitivity.of(result(new ModelError(100, 8, 20, "old fit")));
        assertThat(inSampleOnly.percent()).isNull();
        assertThat(inSampleOnly.reason()).isNotNull();
    }

    @Test
    void perHromadaBandsForTheExportAndNoneWithoutARegister() {
        Map<String, CoverageSensitivity> bands = CoverageSensitivity.byHromada(result(ERROR));

        assertThat(bands.get("H1").coveredShareIfSlower()).isZero();
        assertThat(bands.get("H1").coveredShareIfFaster()).isEqualTo(1.0);
        assertThat(bands.get("H2").coveredShareIfSlower()).isCloseTo(50.0 / 59, within(1e-12));
        assertThat(bands.get("H3").coveredShareIfSlower()).isNull();
        assertThat(bands.get("H3").reason()).contains("no register");
    }

    @Test
    void aPercentBeyondTheSearchLimitIsRefused() {
        assertThatThrownBy(() -> CoverageSensitivity.of(result(ERROR), 60)).isInstanceOf(IllegalArgumentException.class);
    }
}
