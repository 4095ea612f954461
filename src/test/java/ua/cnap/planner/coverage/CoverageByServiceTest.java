package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cnap.planner.wartime.WartimeFixture.H1;
import static ua.cnap.planner.wartime.WartimeFixture.H2;
import static ua.cnap.planner.wartime.WartimeFixture.H4;
import static ua.cnap.planner.wartime.WartimeFixture.population;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.wartime.WartimeFixture;

/**
 * Coverage by service group and step-free access over {@link WartimeFixture}'s oblast (settlements one
 * degree apart on the equator, so each access point reaches only its own hromada): a point counts
 * when its register says it meets the requirement; a register that says nothing leaves the oblast
 * unknown.
 */
class CoverageByServiceTest {

    /** Offers passports, step-free. */
    static final AccessPoint PASSPORT_OFFICE = point("p1", 1, H1, EnumSet.of(ServiceKind.PASSPORT),
            EnumSet.of(ServiceKind.PASSPORT, ServiceKind.DRIVERS), Boolean.TRUE);
    /** The register says: no passports here, and steps at the door. */
    static final AccessPoint OTHER_OFFICE = point("p2", 2, H2, EnumSet.of(ServiceKind.SOCIAL),
            EnumSet.of(ServiceKind.PASSPORT, ServiceKind.SOCIAL), Boolean.FALSE);
    /** The register says nothing about its services or its door. */
    static final AccessPoint SILENT_WORKPLACE = point("p3", 4, H4, EnumSet.noneOf(ServiceKind.class),
            EnumSet.noneOf(ServiceKind.class), null);

    static AccessPoint point(String id, double lon, String hromada, Set<ServiceKind> services,
            Set<ServiceKind> told, Boolean barrierFree) {
        return new AccessPoint(id, "test", "ЦНАП " + id, AccessPointKind.MAIN_OFFICE, false, services, null,
                AccessPointStatus.OPEN, CoverageFixtures.lonLat(lon, 0), hromada, null, null, false, false, told,
                barrierFree);
    }

    static CoverageService service() {
        Register register = new Register("test", "test", LocalDate.of(2025, 1, 1), false, null, "test");
        AccessPointRepository network = new AccessPointRepository() {
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
                return List.of(PASSPORT_OFFICE, OTHER_OFFICE, SILENT_WORKPLACE);
            }
        };
        return new CoverageService(WartimeFixture.territory(), WartimeFixture.settlements(), network,
                () -> new StraightLineTestModel(20), new AccessibilityCalculator(), new WhiteSpotFinder());
    }

    static CoverageResult compute(ServiceRequirement requirement) {
        return service().compute(new CoverageRequest(WartimeFixture.OBLAST, AccessStandard.national(), null)
                .withExclusionChoice(ExclusionChoice.INCLUDE).withRequirement(requirement));
    }

    @Test
    void anyPointCountsByDefault() {
        CoverageResult result = compute(ServiceRequirement.ANY);
        assertThat(result.totals().populationCovered())
                .isEqualTo(population("s11", "s12", "s21", "s22", "s41"));
        assertThat(result.service()).isNull();
    }

    @Test
    void onlyPointsThatOfferTheServiceCountAndSilentOnesAreReported() {
        CoverageResult result = compute(ServiceRequirement.parse("PASSPORT", null, "service"));
        assertThat(result.totals().populationCovered()).isEqualTo(population("s11", "s12"));
        assertThat(result.totals().populationWithRegister()).isEqualTo(population("s11", "s12", "s21", "s22",
                "s31", "s32", "s41", "s51", "s61", "s71"));
        assertThat(result.report().oblastsWithoutRegister()).isEmpty();
        assertThat(result.service().accessPointsMeeting()).isEqualTo(1);
        assertThat(result.service().accessPointsNotTelling()).isEqualTo(1);
        assertThat(result.service().note()).contains("паспортні послуги").contains("1");
        // every settlement that reaches only the other offices is in a white spot now
        assertThat(result.whiteSpots()).isNotEmpty();
    }

    @Test
    void stepFreeAccessIsARequirementOfItsOwn() {
        CoverageResult result = compute(ServiceRequirement.parse(null, true, "service"));
        assertThat(result.totals().populationCovered()).isEqualTo(population("s11", "s12"));
        assertThat(result.service().accessPointsNotTelling()).isEqualTo(1);
        CoverageResult both = compute(ServiceRequirement.parse("social", true, "service"));
        assertThat(both.totals().populationCovered()).isZero();
    }

    @Test
    void aServiceNoRegisterSaysAnythingAboutIsUnknownNotZero() {
        CoverageResult result = compute(ServiceRequirement.parse("реєстрація місця проживання", null, "service"));
        assertThat(result.report().oblastsWithoutRegister()).containsExactly(WartimeFixture.OBLAST);
        assertThat(result.totals().populationCovered()).isNull();
        assertThat(result.totals().coveredShare()).isNull();
        assertThat(result.service().registersNotTelling()).containsExactly("test");
        assertThat(result.whiteSpots()).isEmpty();
    }

    @Test
    void groupsAreReadByNameOrUkrainianNameAndUnknownOnesNameTheField() {
        assertThat(ServiceRequirement.parse("паспорт", null, "service").service()).isEqualTo(ServiceKind.PASSPORT);
        assertThat(ServiceRequirement.parse("civil-registry", false, "service").service())
                .isEqualTo(ServiceKind.CIVIL_REGISTRY);
        assertThat(ServiceRequirement.parse(" ", null, "service").isAny()).isTrue();
        assertThatThrownBy(() -> ServiceRequirement.parse("haircut", null, "--service"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--service").hasMessageContaining("haircut")
                .hasMessageContaining("PASSPORT");
    }

    @Test
    void aPointTellsWhatItOffersEvenWhenTheReaderForgotToSaySo() {
        AccessPoint point = point("p9", 1, H1, EnumSet.of(ServiceKind.DRIVERS), Set.of(), null);
        assertThat(point.tells(ServiceKind.DRIVERS)).isTrue();
        assertThat(point.tells(ServiceKind.PASSPORT)).isFalse();
    }
}
