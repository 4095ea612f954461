package ua.cnap.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.planning.PlanningInstance.Candidate;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.population.PopulationRule;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.travel.ModelError;
import ua.cnap.planner.travel.Travel;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * Villages every 2 km along a road (x in km, one minute a km), three offices: at km 0 one whose register
 * says it offers no passports, at km 20 one whose register says nothing about passports, at km 40 one
 * with passport services. The passport standard here: 10 min.
 */
class EquipmentCandidatesTest {

    static final GeometryFactory GEOMETRY = new GeometryFactory();
    static final AccessStandard TEN_MINUTES = new AccessStandard(10, 10, AccessStandard.Rule.BOTH);

    /** One minute and one km per unit of x. */
    static final TravelTimeModel ROAD = new TravelTimeModel() {
        @Override
        public String name() {
            return "test road";
        }

        @Override
        public Optional<ModelError> error() {
            return Optional.empty();
        }

        @Override
        public List<Travel> travelTo(Point destination, List<Point> origins, double limitSeconds) {
            return origins.stream().map(o -> {
                double km = Math.abs(o.getX() - destination.getX());
                return km * 60 <= limitSeconds ? new Travel(km * 60, km * 1000) : Travel.UNREACHABLE;
            }).toList();
        }
    };

    static Point at(double km) {
        return GEOMETRY.createPoint(new Coordinate(km, 0));
    }

    static AccessPoint office(String id, double km, Set<ServiceKind> services, Set<ServiceKind> told) {
        return new AccessPoint(id, "r", "ЦНАП " + id, AccessPointKind.BRANCH, false, services, null,
                AccessPointStatus.OPEN, at(km), "H", null, null, false, false, told, null);
    }

    final List<Settlement> villages = new ArrayList<>();
    final List<Demand> demand = new ArrayList<>();
    final List<AccessPoint> offices = List.of(
            office("p1", 0, Set.of(ServiceKind.SOCIAL), Set.of(ServiceKind.SOCIAL, ServiceKind.PASSPORT)),
            office("p2", 20, Set.of(ServiceKind.SOCIAL), Set.of(ServiceKind.SOCIAL)),
            office("p3", 40, Set.of(ServiceKind.PASSPORT), Set.of(ServiceKind.PASSPORT)));

    EquipmentCandidatesTest() {
        for (int km = 0; km <= 50; km += 2) {
            long population = km == 6 ? 3_000 : 100;
            villages.add(new Settlement("v" + km, null, "село " + km, null, at(km), "H", population, population,
                    PopulationRule.OFFICIAL_URBAN_FIGURE));
            demand.add(new Demand("v" + km, population, "H", Double.POSITIVE_INFINITY));
        }
    }

    /** Covered for passports today: within 10 min of the passport office at km 40. */
    Set<String> coveredForPassports() {
        return villages.stream().filter(v -> Math.abs(v.point().getX() - 40) <= 10).map(Settlement::id)
                .collect(Collectors.toSet());
    }

    List<Candidate> candidates(ServiceRequirement requirement) {
        return new EquipmentCandidates(demand, villages, coveredForPassports(), TEN_MINUTES, 3600, ROAD)
                .build(offices, Set.of("H"), CostAssumptions.equipmentDefaults(), 3, requirement);
    }

    @Test
    void aStationGoesOnlyWhereTheRegisterSaysNoPassportsAndCoversTheOfficesStandard() {
        List<Candidate> stations = candidates(new ServiceRequirement(ServiceKind.PASSPORT, false)).stream()
                .filter(c -> c.options().get(0).kind() == AccessPointKind.PASSPORT_STATION).toList();

        assertThat(stations).extracting(Candidate::id).containsExactly("station:p1");
        Candidate station = stations.get(0);
        assertThat(station.isEquipment()).isTrue();
        assertThat(station.settlementId()).isEqualTo("v0");
        assertThat(station.settlementSlot()).isEqualTo("station:p1");
        assertThat(station.options().get(0).covers()).containsExactlyInAnyOrder("v0", "v2", "v4", "v6", "v8", "v10");
        var assumed = CostAssumptions.equipmentDefaults().get(AccessPointKind.PASSPORT_STATION);
        assertThat(station.options().get(0).costUah()).isEqualTo(assumed.oneOffCostUah() + 3 * assumed.yearlyCostUah());
    }

    @Test
    void aCaseServesTheNearestUncoveredVillagesUntilItsVisitsAMonthAreUsed() {
        List<Candidate> cases = candidates(new ServiceRequirement(ServiceKind.PASSPORT, true)).stream()
                .filter(c -> c.options().get(0).kind() == AccessPointKind.MOBILE_CASE).toList();

        assertThat(cases).extracting(Candidate::id).containsExactly("case:p1", "case:p2", "case:p3");
        assertThat(new EquipmentCandidates(demand, villages, coveredForPassports(), TEN_MINUTES, 3600, ROAD)
                .build(List.of(new AccessPoint("w", "r", "ВРМ", AccessPointKind.REMOTE_WORKPLACE, false, Set.of(), null,
                        AccessPointStatus.OPEN, at(0), "H", null, null, false, false)), Set.of("H"),
                        CostAssumptions.equipmentDefaults(), 3, ServiceRequirement.ANY))
                .as("a remote workplace holds no case").isEmpty();
        Set<String> covered = coveredForPassports();
        for (Candidate c : cases) {
            List<String> served = c.options().get(0).covers();
            int visits = served.stream().mapToInt(id -> CostAssumptions.mobileCaseVisitsPerMonth(
                    demand.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().population())).sum();
            assertThat(visits).as(c.id()).isLessThanOrEqualTo(CostAssumptions.MOBILE_CASE_VISITS_PER_MONTH);
            assertThat(served).as(c.id()).doesNotContainAnyElementsOf(covered);
        }
        // from km 0: v0..v16 nearest first (v6 takes 4 visits): 2·8 + 4 = 20 visits
        assertThat(cases.get(0).options().get(0).covers())
                .containsExactly("v0", "v2", "v4", "v6", "v8", "v10", "v12", "v14", "v16");
    }

    @Test
    void noStationForAServiceOtherThanPassportsAndNoCaseForVehicleServices() {
        assertThat(candidates(new ServiceRequirement(ServiceKind.SOCIAL, false)))
                .noneMatch(c -> c.options().get(0).kind() == AccessPointKind.PASSPORT_STATION);
        assertThat(candidates(new ServiceRequirement(ServiceKind.DRIVERS, false))).isEmpty();
        assertThat(EquipmentCandidates.caseMeets(ServiceRequirement.ANY,
                CostAssumptions.equipmentDefaults().get(AccessPointKind.MOBILE_CASE))).isTrue();
    }
}
