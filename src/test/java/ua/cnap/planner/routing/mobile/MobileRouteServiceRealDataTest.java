package ua.cnap.planner.routing.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.importing.RealServices;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.planning.CostAssumptions;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanningInstance;
import ua.cnap.planner.planning.PlanningService;

/**
 * Mobile routes on the real Chernivtsi data. At the national standard nobody there is beyond reach on
 * the fallback model, so these runs use 10 min and 5 km (both), as the siting tests do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MobileRouteServiceRealDataTest {

    static final AccessStandard STRICT = new AccessStandard(10, 5, AccessStandard.Rule.BOTH);
    static final String OBLAST = "Чернівецька";

    RealServices real;
    PlanningService planning;
    MobileRouteService routes;
    CoverageResult coverage;
    MobileRouteResult result;

    @BeforeAll
    void solveOnce() {
        real = new RealServices();
        planning = new PlanningService(real.coverage, real.territory, real.network, real.travelModel, 1, 5);
        routes = new MobileRouteService(real.coverage, planning, real.network, real.travelModel, 1, 2, 5);
        coverage = real.coverage.compute(new CoverageRequest(OBLAST, STRICT, null));
        result = routes.solve(request(3).withLimits(SolveLimits.steps(3_000)));
    }

    @AfterAll
    void close() {
        routes.close();
        planning.close();
    }

    static MobileRouteRequest request(int vehicles) {
        return MobileRouteRequest.of(OBLAST, STRICT, AccessPointKind.MOBILE_OFFICE, vehicles);
    }

    @Test
    void theInputIsEveryInhabitedSettlementBeyondTheStandard() {
        List<SettlementAccess> uncovered = coverage.accessibility().settlements().stream()
                .filter(s -> !s.covered() && s.settlement().population() > 0).toList();
        assertThat(uncovered).isNotEmpty();
        assertThat(result.schedule().settlements()).isEqualTo(uncovered.size());
        assertThat(result.populationUncovered())
                .isEqualTo(uncovered.stream().mapToLong(s -> s.settlement().population()).sum())
                .isEqualTo(result.schedule().populationAskedFor());
    }

    @Test
    void noShiftIsExceededAndRoutesStartAndEndAtAnOpenAccessPoint() {
        MobileRoutePlan plan = result.schedule();
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.maxWorkSeconds()).isPositive().isLessThanOrEqualTo(plan.shiftSeconds());
        Map<String, AccessPoint> open = real.network.listAccessPoints("chernivetska-2025").stream()
                .filter(p -> p.status() == AccessPointStatus.OPEN && p.kind().isFixed())
                .collect(Collectors.toMap(AccessPoint::id, p -> p));
        Set<String> uncoveredIds = coverage.accessibility().settlements().stream().filter(s -> !s.covered())
                .map(s -> s.settlement().id()).collect(Collectors.toSet());
        assertThat(plan.vehicles()).hasSize(3);
        for (MobileRoutePlan.VehicleRoutes vehicle : plan.vehicles()) {
            assertThat(open).containsKey(vehicle.depotId());
            for (MobileRoutePlan.DayRoute day : vehicle.days()) {
                assertThat(day.day()).isBetween(1, plan.cycleDays());
                assertThat(day.workSeconds()).isLessThanOrEqualTo(plan.shiftSeconds());
                // back at the depot when the work is done: return time = driving + service
                assertThat(day.returnSeconds()).isEqualTo(day.workSeconds());
                day.stops().forEach(stop -> assertThat(uncoveredIds).contains(stop.settlementId()));
            }
        }
    }

    @Test
    void everyRequiredVisitIsScheduledOrReportedWithItsReason() {
        MobileRoutePlan plan = result.schedule();
        Map<String, Integer> scheduled = new HashMap<>();
        plan.vehicles().forEach(v -> v.days().forEach(d -> d.stops()
                .forEach(s -> scheduled.merge(s.settlementId(), 1, Integer::sum))));
        assertThat(scheduled.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(plan.visitsScheduled());
        int missing = 0;
        for (MobileRoutePlan.Unscheduled u : plan.unscheduled()) {
            assertThat(u.reason()).isNotBlank();
            assertThat(u.visitsScheduled()).isEqualTo(scheduled.getOrDefault(u.settlementId(), 0))
                    .isLessThan(u.visitsRequired());
            missing += u.visitsRequired() - u.visitsScheduled();
        }
        assertThat(plan.visitsScheduled() + missing).isEqualTo(plan.visitsRequired());
        assertThat(plan.populationReached()).isPositive().isLessThanOrEqualTo(plan.populationAskedFor());
        assertThat(plan.costs().perYearUah()).isEqualTo(plan.costs().perCycleUah() * 12);
    }

    @Test
    void everyVisitedSettlementKeepsItsPatternAndHasATimetable() {
        MobileRoutePlan plan = result.schedule();
        Map<String, List<Integer>> days = new HashMap<>();
        plan.vehicles().forEach(v -> v.days().forEach(d -> d.stops()
                .forEach(s -> days.computeIfAbsent(s.settlementId(), k -> new java.util.ArrayList<>()).add(d.day()))));
        assertThat(plan.timetables()).hasSize(days.size());
        for (MobileRoutePlan.Timetable timetable : plan.timetables()) {
            List<Integer> visited = days.get(timetable.settlementId()).stream().sorted().toList();
            assertThat(timetable.visitDays()).isEqualTo(visited);
            // the default four-week cycle: two visits two weeks apart or four a week apart, on one weekday
            assertThat(timetable.everyWeeks()).isEqualTo(visited.size() == 2 ? 2 : 1);
            assertThat(timetable.weekday()).isNotNull();
            assertThat(timetable.timetable()).isNotBlank();
        }
        assertThat(plan.spacingShortfalls()).isZero();
    }

    @Test
    void oneHromadaOnlyRoutesItsOwnSettlements() {
        String hromada = coverage.accessibility().settlements().stream()
                .filter(s -> !s.covered() && s.settlement().population() > 0)
                .collect(Collectors.groupingBy(s -> s.settlement().hromadaCode(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        MobileRouteResult one = routes.solve(request(1).withHromada(hromada).withLimits(SolveLimits.steps(1_000)));
        assertThat(one.schedule().settlements()).isPositive();
        one.schedule().vehicles().forEach(v -> v.days().forEach(d -> d.stops()
                .forEach(s -> assertThat(s.hromadaCode()).isEqualTo(hromada))));
    }

    @Test
    void aSitingPlanFirstLeavesFewerResidentsToRoute() {
        PlanRequest siting = new PlanRequest(OBLAST, null, STRICT, 2_000_000, 3, CostAssumptions.defaults(),
                PlanningInstance.Rules.none(), 300, Duration.ofSeconds(5), Duration.ZERO);
        MobileRouteResult joint = routes.solve(request(1).withSitingPlan(siting).withLimits(SolveLimits.steps(500)));
        assertThat(joint.siting()).isNotNull();
        assertThat(joint.siting().proposals()).isNotEmpty();
        assertThat(joint.siting().populationCoveredAfter()).isGreaterThan(joint.siting().populationCoveredBefore());
        assertThat(joint.populationUncovered()).isLessThan(result.populationUncovered());
        assertThat(joint.yearlyCostUah().total())
                .isEqualTo(joint.yearlyCostUah().siting() + joint.yearlyCostUah().routes());
        assertThat(joint.yearlyCostUah().siting()).isPositive();
    }

    @Test
    void anUnknownDepotIsABadInputNamingIt() {
        assertThatThrownBy(() -> routes.solve(request(1).withDepots(List.of("chernivetska-2025:NOPE"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("chernivetska-2025:NOPE");
    }

    @Test
    void aJobReportsProgressAndFinishes() {
        RouteJob job = routes.start(request(2).withLimits(SolveLimits.steps(300)));
        MobileRouteResult done = job.awaitResult();
        assertThat(job.status()).isEqualTo(RouteJob.Status.DONE);
        assertThat(job.progress()).isNotEmpty();
        assertThat(done.schedule().visitsScheduled()).isEqualTo(job.progress().get(job.progress().size() - 1)
                .visitsScheduled());
    }

    @Test
    void theGeoJsonHasARouteLinePerWorkingDayAndAPointPerStopFlaggedAsStraight() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RouteGeoJson.write(out, result.schedule(), routes.travelModel());
        JsonNode features = new ObjectMapper().readTree(out.toByteArray()).get("features");
        int lines = 0;
        int stops = 0;
        for (JsonNode feature : features) {
            String layer = feature.get("properties").get("layer").asText();
            if (layer.equals("route")) {
                lines++;
                assertThat(feature.get("geometry").get("type").asText()).isEqualTo("LineString");
                // the fallback model has no roads: the lines are straight and say so
                assertThat(feature.get("properties").get("straightLine").asBoolean()).isTrue();
                JsonNode coordinates = feature.get("geometry").get("coordinates");
                assertThat(coordinates.get(0)).isEqualTo(coordinates.get(coordinates.size() - 1));
            } else if (layer.equals("stop")) {
                stops++;
                assertThat(feature.get("properties").get("arrivalSeconds").asLong()).isPositive();
                JsonNode visitDays = feature.get("properties").get("visitDays");
                assertThat(visitDays).isNotNull();
                assertThat(visitDays.toString()).contains(feature.get("properties").get("day").asText());
                assertThat(feature.get("properties").get("timetable").asText()).isNotBlank();
            }
        }
        int days = result.schedule().vehicles().stream().mapToInt(v -> v.days().size()).sum();
        assertThat(lines).isEqualTo(days).isPositive();
        assertThat(stops).isEqualTo(result.schedule().visitsScheduled());
    }
}
