package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cnap.planner.wartime.WartimeFixture.H1;
import static ua.cnap.planner.wartime.WartimeFixture.H2;
import static ua.cnap.planner.wartime.WartimeFixture.H7;
import static ua.cnap.planner.wartime.WartimeFixture.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.wartime.WartimeExclusions;
import ua.cnap.planner.wartime.WartimeFixture;
import ua.cnap.planner.wartime.WartimeList;

/**
 * Coverage of {@link WartimeFixture}'s oblast with the Order 376 list wired as the application wires
 * it: left out by default, kept in with the switch, and the result says what was left out.
 */
class CoverageExclusionsTest {

    static final AccessPoint IN_H1 = CoverageFixtures.accessPoint("in-h1", AccessPointKind.MAIN_OFFICE,
            AccessPointStatus.OPEN, CoverageFixtures.lonLat(1, 0), H1);
    static final AccessPoint IN_H2 = CoverageFixtures.accessPoint("in-h2", AccessPointKind.MAIN_OFFICE,
            AccessPointStatus.OPEN, CoverageFixtures.lonLat(2, 0), H2);

    static CoverageService service(WartimeList list) {
        AccessPointRepository network = new AccessPointRepository() {
            final Register register = new Register("test", "test", LocalDate.of(2025, 1, 1), false, null, "test");

            @Override
            public List<Register> listRegisters() {
                return List.of(register);
            }

            @Override
            public Optional<Register> findRegister(String id) {
                return Optional.of(register);
            }

            @Override
            public List<AccessPoint> listAccessPoints(String registerId) {
                return List.of(IN_H1, IN_H2);
            }
        };
        WartimeExclusions wartime = WartimeFixture.exclusions(list);
        return new CoverageService(WartimeFixture.territory(), WartimeFixture.settlements(), network,
                () -> new StraightLineTestModel(20), new AccessibilityCalculator(), new WhiteSpotFinder(), wartime);
    }

    static CoverageRequest request() {
        return new CoverageRequest(WartimeFixture.OBLAST, AccessStandard.national(), null);
    }

    @Test
    void byDefaultTheListedTerritoriesAreLeftOutAndTheResultSaysWhat() {
        CoverageResult result = service(WartimeFixture.list()).compute(request());
        ExclusionSummary s = result.exclusions();
        // s11, s12 (H1 whole), s21 (code), s31 (code), s32 (name), s71 (raion)
        assertThat(s.excludedPopulation()).isEqualTo(population("s11", "s12", "s21", "s31", "s32", "s71"));
        assertThat(s.excludedSettlements()).isEqualTo(6);
        assertThat(s.excludedHromadaCodes()).containsExactly(H1, H7);
        assertThat(s.hromadasListedBySettlements()).containsExactly(H1);
        assertThat(s.settlementsMatchedByName()).isEqualTo(1);
        assertThat(s.closedAccessPointIds()).containsExactly(IN_H1.id());
        assertThat(s.excludeOccupied()).isTrue();
        assertThat(s.listAvailable()).isTrue();
        assertThat(s.edition()).isEqualTo("Наказ Мінрегіону № 376, редакція 07.05.2025");
        assertThat(s.categories()).containsExactly("ACTIVE_HOSTILITIES", "OCCUPIED");
        assertThat(s.asOf()).isEqualTo(WartimeFixture.AS_OF);
        assertThat(result.accessibility().settlements()).extracting(a -> a.settlement().id())
                .containsExactlyInAnyOrder("s22", "s41", "s51", "s61");
        assertThat(result.accessPoints()).filteredOn(p -> p.id().equals(IN_H1.id())).singleElement()
                .extracting(AccessPoint::status).isEqualTo(AccessPointStatus.TEMPORARILY_CLOSED);
    }

    @Test
    void theSwitchKeepsEverySettlementIn() {
        CoverageResult result = service(WartimeFixture.list()).compute(request()
                .withExclusionChoice(ExclusionChoice.INCLUDE));
        assertThat(result.exclusions().excludedPopulation()).isZero();
        assertThat(result.exclusions().excludeOccupied()).isFalse();
        assertThat(result.exclusions().closedAccessPoints()).isZero();
        assertThat(result.accessibility().settlements()).hasSameSizeAs(WartimeFixture.SETTLEMENTS);
    }

    @Test
    void withoutAListTheDefaultRunsAndSaysSoWhileAnExplicitRequestFails() {
        CoverageService service = service(WartimeList.EMPTY);
        CoverageResult result = service.compute(request());
        assertThat(result.exclusions().listAvailable()).isFalse();
        assertThat(result.exclusions().note()).contains("no Order 376 list");
        assertThat(result.accessibility().settlements()).hasSameSizeAs(WartimeFixture.SETTLEMENTS);
        assertThatThrownBy(() -> service.compute(request()
                .withExclusionChoice(ExclusionChoice.excludeAsOf(WartimeFixture.AS_OF))))
                .isInstanceOf(BadInputException.class);
    }
}
