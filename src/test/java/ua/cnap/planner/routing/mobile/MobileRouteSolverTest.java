package ua.cnap.planner.routing.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.EnvironmentMode;
import ua.cnap.planner.routing.mobile.SyntheticFleet.Site;

class MobileRouteSolverTest {

    private static final List<Site> DEPOT = List.of(new Site("D", 0, 0, 0));
    /** 30 min base + 12 s per resident and cycle: a 300-resident village visited twice takes 60 min a visit. */
    private static final VisitRules RULES = new VisitRules(
            List.of(new VisitRules.VisitBand(0, 2), new VisitRules.VisitBand(1_000, 4)), 1_800, 12);

    @Test
    void everyRequiredVisitIsScheduledWithinShiftsFromAndBackToTheDepot() {
        List<Site> places = new ArrayList<>(SyntheticFleet.ring(8, 20, 300));
        places.add(new Site("big", 5, 5, 1_200)); // four visits a cycle
        MobileRoutingProblem problem = SyntheticFleet.problem(DEPOT, places, 1, 10, 8 * 3600, 2, RULES);

        MobileRoutePlan plan = new MobileRouteSolver(EnvironmentMode.FULL_ASSERT)
                .solve(problem, SolveLimits.steps(100), "straight 60 km/h");

        assertThat(plan.visitsRequired()).isEqualTo(8 * 2 + 4);
        assertThat(plan.visitsScheduled()).isEqualTo(plan.visitsRequired());
        assertThat(plan.unscheduled()).isEmpty();
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.maxWorkSeconds()).isLessThanOrEqualTo(problem.shiftSeconds());
        assertThat(plan.populationReached()).isEqualTo(8 * 300 + 1_200).isEqualTo(plan.populationFullyServed());
        Map<String, List<Integer>> daysOfSettlement = new HashMap<>();
        for (MobileRoutePlan.VehicleRoutes vehicle : plan.vehicles()) {
            assertThat(vehicle.depotId()).isEqualTo("D");
            for (MobileRoutePlan.DayRoute day : vehicle.days()) {
                assertThat(day.workSeconds()).isLessThanOrEqualTo(problem.shiftSeconds());
                assertThat(day.workSeconds()).isEqualTo(day.driveSeconds() + day.serviceSeconds());
                // the times are consistent: the first stop is reached after driving from the depot, each next
                // one after the previous departure, and the vehicle is back when its work is done
                long clock = 0;
                int previous = 0;
                for (MobileRoutePlan.Stop stop : day.stops()) {
                    int node = problem.placeNode(indexOf(problem, stop.settlementId()));
                    clock += problem.driveSeconds()[previous][node];
                    assertThat(stop.arrivalSeconds()).isEqualTo(clock);
                    clock += stop.serviceSeconds();
                    assertThat(stop.departureSeconds()).isEqualTo(clock);
                    previous = node;
                    daysOfSettlement.computeIfAbsent(stop.settlementId(), k -> new ArrayList<>()).add(day.day());
                }
                clock += problem.driveSeconds()[previous][0];
                assertThat(day.returnSeconds()).isEqualTo(clock).isEqualTo(day.workSeconds());
            }
        }
        // one visit a day per settlement
        daysOfSettlement.values().forEach(days -> assertThat(days).doesNotHaveDuplicates());
        // visit patterns: 2 visits in 10 days are 5 days apart, 4 visits 2 days apart (10 / 4 rounded down)
        List<Integer> big = daysOfSettlement.get("big").stream().sorted().toList();
        assertThat(big).hasSize(4);
        for (int k = 1; k < 4; k++) {
            assertThat(big.get(k) - big.get(k - 1)).isEqualTo(2);
        }
        daysOfSettlement.forEach((id, days) -> {
            if (!id.equals("big")) {
                assertThat(Math.abs(days.get(0) - days.get(1))).as(id).isEqualTo(5);
            }
        });
        // the timetable says the same days and the stop's times
        assertThat(plan.timetables()).hasSize(9);
        MobileRoutePlan.Timetable bigTimetable = plan.timetables().stream()
                .filter(t -> t.settlementId().equals("big")).findFirst().orElseThrow();
        assertThat(bigTimetable.visitDays()).isEqualTo(big);
        assertThat(bigTimetable.visitsPerCycle()).isEqualTo(4);
        // the export layer carries the same timetable, one row per settlement
        String csv = new String(new ua.cnap.planner.export.ExportFiles().toBytes(TimetableLayer.of(plan),
                ua.cnap.planner.export.ExportFormat.CSV), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(1 + 9);
        assertThat(csv.lines().filter(l -> l.contains("big")).findFirst().orElseThrow())
                .contains(bigTimetable.visitDays().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")))
                .contains(bigTimetable.timetable());
        assertThat(bigTimetable.times()).hasSize(4).allSatisfy(t -> assertThat(t).matches("\\d\\d:\\d\\d–\\d\\d:\\d\\d"));
    }

    @Test
    void aSettlementBeyondAShiftIsReportedImpossibleWithTheReason() {
        List<Site> places = new ArrayList<>(SyntheticFleet.ring(3, 10, 100));
        places.add(new Site("far", 300, 0, 500)); // 300 min there and back: over an 8 h shift with service
        MobileRoutingProblem problem = SyntheticFleet.problem(DEPOT, places, 1, 5, 8 * 3600, 1, RULES);

        MobileRoutePlan plan = new MobileRouteSolver().solve(problem, SolveLimits.steps(200), "straight");

        assertThat(plan.unscheduled()).singleElement().satisfies(u -> {
            assertThat(u.settlementId()).isEqualTo("far");
            assertThat(u.visitsScheduled()).isZero();
            assertThat(u.reason()).contains("out of reach").contains("depot D");
        });
        assertThat(plan.populationReached()).isEqualTo(300);
        assertThat(plan.feasible()).isTrue();
    }

    @Test
    void visitsThatNoPatternCanSpaceAsAskedAreReportedWithTheReason() {
        // two visits in a 5-day cycle are at most 2 and 3 days apart: 4 days' spacing is impossible
        MobileRoutingProblem problem = SyntheticFleet.problem(DEPOT, SyntheticFleet.ring(3, 10, 100), 1, 5, 8 * 3600,
                4, RULES);

        MobileRoutePlan plan = new MobileRouteSolver().solve(problem, SolveLimits.steps(50), "straight");

        assertThat(plan.visitsScheduled()).isZero();
        assertThat(plan.unscheduled()).hasSize(3).allSatisfy(u -> assertThat(u.reason())
                .isEqualTo("no visit pattern: 2 visits in a 5-day cycle cannot be 4 working days apart"));
        assertThat(plan.feasible()).isTrue();
        // the request's default spacing fits the cycle instead: four visits in 5 days, 1 day apart
        assertThat(MobileRouteRequest.defaultMinSpacingDays(5, RULES)).isEqualTo(1);
        assertThat(MobileRouteRequest.defaultMinSpacingDays(20, RULES)).isEqualTo(5);
    }

    @Test
    void visitsBeyondTheFleetsTimeAreReportedAsACapacityShortfall() {
        // 12 villages × 2 visits × (60 min service + ≥ 2 × 20 min drive) = far more than 2 days × 8 h
        List<Site> places = SyntheticFleet.ring(12, 20, 300);
        MobileRoutingProblem problem = SyntheticFleet.problem(DEPOT, places, 1, 2, 8 * 3600, 1, RULES);

        MobileRoutePlan plan = new MobileRouteSolver().solve(problem, SolveLimits.steps(1_000), "straight");

        assertThat(plan.feasible()).isTrue();
        assertThat(plan.maxWorkSeconds()).isLessThanOrEqualTo(problem.shiftSeconds());
        assertThat(plan.visitsScheduled()).isPositive().isLessThan(plan.visitsRequired());
        assertThat(plan.unscheduled()).isNotEmpty()
                .allSatisfy(u -> assertThat(u.reason()).startsWith("fleet capacity"));
        int missing = plan.unscheduled().stream().mapToInt(u -> u.visitsRequired() - u.visitsScheduled()).sum();
        assertThat(plan.visitsScheduled() + missing).isEqualTo(plan.visitsRequired());
    }

    private static final List<Site> TWO_DEPOTS = List.of(new Site("W", -50, 0, 0), new Site("E", 50, 0, 0));

    private static List<Site> villagesNearBothDepots() {
        List<Site> places = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            places.add(new Site("w" + i, -50 + 5 * i, 8, 200));
            places.add(new Site("e" + i, 50 - 5 * i, 8, 200));
        }
        return places;
    }

    @Test
    void aSecondVehicleIsLeftIdleWhenItCostsMoreThanTheDrivingItSaves() {
        // one van can make all 16 visits in 10 days; the detour east costs far less than 40,000 UAH
        MobileRoutingProblem problem = SyntheticFleet.problem(TWO_DEPOTS, villagesNearBothDepots(), 2, 10,
                8 * 3600, 2, RULES);

        MobileRoutePlan plan = new MobileRouteSolver().solve(problem, SolveLimits.steps(800), "straight");

        assertThat(plan.unscheduled()).isEmpty();
        assertThat(plan.costs().vehiclesUsed()).isEqualTo(1);
        assertThat(plan.vehicles().stream().filter(v -> !v.days().isEmpty())).hasSize(1);
        assertThat(plan.costs().vehiclesUah()).isEqualTo(40_000);
    }

    @Test
    void withFreeVehiclesTwoDepotsServeTheirOwnSides() {
        MobileRoutingProblem problem = SyntheticFleet.problem(TWO_DEPOTS, villagesNearBothDepots(), 2, 5, 8 * 3600, 2,
                RULES, new MobileRoutingProblem.FleetCosts(0, 700, 500, 12));

        MobileRoutePlan plan = new MobileRouteSolver().solve(problem, SolveLimits.steps(800), "straight");

        assertThat(plan.unscheduled()).isEmpty();
        assertThat(plan.costs().vehiclesUsed()).isEqualTo(2);
        for (MobileRoutePlan.VehicleRoutes vehicle : plan.vehicles()) {
            String side = vehicle.depotId().equals("W") ? "w" : "e";
            vehicle.days().forEach(day -> day.stops()
                    .forEach(stop -> assertThat(stop.settlementId()).startsWith(side)));
        }
    }

    private static int indexOf(MobileRoutingProblem problem, String settlementId) {
        for (int p = 0; p < problem.places().size(); p++) {
            if (problem.places().get(p).settlementId().equals(settlementId)) {
                return p;
            }
        }
        throw new AssertionError(settlementId);
    }
}
