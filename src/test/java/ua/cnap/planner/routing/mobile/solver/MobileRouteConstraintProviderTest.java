package ua.cnap.planner.routing.mobile.solver;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.routing.mobile.domain.MobileSchedule;
import ua.cnap.planner.routing.mobile.domain.RouteVehicle;
import ua.cnap.planner.routing.mobile.domain.ScheduleRules;
import ua.cnap.planner.routing.mobile.domain.VehicleDay;
import ua.cnap.planner.routing.mobile.domain.Visit;

/** Each rule penalises what breaks it and leaves alone what does not. */
class MobileRouteConstraintProviderTest {

    /** Node 0 the depot; nodes 1..3 places; 600 s between any two nodes. */
    private static final long[][] DRIVE = {
            {0, 600, 600, 600},
            {600, 0, 600, 600},
            {600, 600, 0, 600},
            {600, 600, 600, 0}};
    /** Shift 3,600 s, 20-day cycle, 3,600 kopecks per hour driving. */
    private static final ScheduleRules RULES = new ScheduleRules(DRIVE, 3_600, 20, 3_600);

    private final ConstraintVerifier<MobileRouteConstraintProvider, MobileSchedule> verifier =
            ConstraintVerifier.build(new MobileRouteConstraintProvider(), MobileSchedule.class, VehicleDay.class);

    private final RouteVehicle van = new RouteVehicle(0, "van-1", AccessPointKind.MOBILE_OFFICE, 0, 500_000);
    private final RouteVehicle car = new RouteVehicle(1, "case-1", AccessPointKind.MOBILE_CASE, 0, 300_000);

    private static Visit visit(int id, int place, long serviceSeconds, long population) {
        return new Visit(id, place, place + 1, serviceSeconds, population, -1);
    }

    /** A visit that the settlement's pattern puts on {@code patternDay}. */
    private static Visit visitOn(int id, int place, int patternDay) {
        return new Visit(id, place, place + 1, 100, 10, patternDay);
    }

    private static VehicleDay day(int id, RouteVehicle vehicle, int day, Visit... visits) {
        VehicleDay vehicleDay = new VehicleDay(id, vehicle, day, RULES);
        vehicleDay.setVisits(new ArrayList<>(List.of(visits)));
        return vehicleDay;
    }

    @Test
    void shiftLengthPenalisesTheSecondsOverTheShift() {
        // 600 + 1000 + 600 + 1000 + 600 = 3,800 s: 200 s over
        VehicleDay long_ = day(0, van, 0, visit(0, 0, 1_000, 10), visit(1, 1, 1_000, 10));
        verifier.verifyThat(MobileRouteConstraintProvider::shiftLength).given(long_).penalizesBy(200);
    }

    @Test
    void shiftLengthLeavesADayWithinTheShiftAlone() {
        VehicleDay fits = day(0, van, 0, visit(0, 0, 1_000, 10), visit(1, 1, 800, 10));
        verifier.verifyThat(MobileRouteConstraintProvider::shiftLength).given(fits).penalizesBy(0);
    }

    @Test
    void oneVisitPerDayPenalisesTheSameSettlementTwiceOnOneDay() {
        VehicleDay vanDay = day(0, van, 3, visit(0, 0, 100, 10), visit(1, 1, 100, 10));
        VehicleDay carDay = day(1, car, 3, visit(2, 0, 100, 10));
        VehicleDay twiceInOneList = day(2, van, 4, visit(3, 2, 100, 10), visit(4, 2, 100, 10));
        verifier.verifyThat(MobileRouteConstraintProvider::oneVisitPerDay)
                .given(vanDay, carDay, twiceInOneList).penalizesBy(2);
    }

    @Test
    void oneVisitPerDayLeavesDifferentDaysAlone() {
        VehicleDay first = day(0, van, 3, visit(0, 0, 100, 10));
        VehicleDay second = day(1, car, 4, visit(1, 0, 100, 10));
        verifier.verifyThat(MobileRouteConstraintProvider::oneVisitPerDay).given(first, second).penalizesBy(0);
    }

    @Test
    void requiredVisitsPenalisesUnscheduledVisitsByResidents() {
        VehicleDay unscheduled = VehicleDay.unscheduled(9, RULES);
        unscheduled.setVisits(new ArrayList<>(List.of(visit(0, 0, 100, 250), visit(1, 1, 100, 0))));
        verifier.verifyThat(MobileRouteConstraintProvider::requiredVisits).given(unscheduled).penalizesBy(251 + 1);
    }

    @Test
    void requiredVisitsLeavesScheduledVisitsAlone() {
        VehicleDay unscheduled = VehicleDay.unscheduled(9, RULES);
        VehicleDay scheduled = day(0, van, 0, visit(0, 0, 100, 250));
        verifier.verifyThat(MobileRouteConstraintProvider::requiredVisits).given(unscheduled, scheduled).penalizesBy(0);
    }

    @Test
    void patternDayPenalisesEachVisitOffItsPatternsDay() {
        // place 0's pattern says days 0 and 10: one visit made on day 18 instead; place 1 on day 3 instead of 1
        VehicleDay first = day(0, van, 0, visitOn(0, 0, 0));
        VehicleDay wrong = day(1, van, 18, visitOn(1, 0, 10), visitOn(2, 1, 1));
        verifier.verifyThat(MobileRouteConstraintProvider::patternDay).given(first, wrong).penalizesBy(2);
    }

    @Test
    void patternDayLeavesVisitsOnTheirDaysAndUnscheduledVisitsAlone() {
        VehicleDay first = day(0, van, 0, visitOn(0, 0, 0));
        VehicleDay second = day(1, car, 10, visitOn(1, 0, 10));
        VehicleDay unscheduled = VehicleDay.unscheduled(9, RULES);
        unscheduled.setVisits(new ArrayList<>(List.of(visitOn(2, 1, -1))));
        verifier.verifyThat(MobileRouteConstraintProvider::patternDay).given(first, second, unscheduled)
                .penalizesBy(0);
    }

    @Test
    void travelTimePricesTheDrivingOfEveryUsedDay() {
        // depot → 1 → 2 → depot: 1,800 s at 3,600 kopecks an hour = 1,800 kopecks
        VehicleDay day = day(0, van, 0, visit(0, 0, 100, 10), visit(1, 1, 100, 10));
        verifier.verifyThat(MobileRouteConstraintProvider::travelTime).given(day).penalizesBy(1_800);
    }

    @Test
    void travelTimeLeavesIdleDaysAndTheUnscheduledListAlone() {
        VehicleDay idle = day(0, van, 0);
        VehicleDay unscheduled = VehicleDay.unscheduled(9, RULES);
        unscheduled.setVisits(new ArrayList<>(List.of(visit(0, 0, 100, 10))));
        verifier.verifyThat(MobileRouteConstraintProvider::travelTime).given(idle, unscheduled).penalizesBy(0);
    }

    @Test
    void vehiclesUsedPricesEachVehicleOnceWhateverItsDays() {
        VehicleDay monday = day(0, van, 0, visit(0, 0, 100, 10));
        VehicleDay tuesday = day(1, van, 1, visit(1, 1, 100, 10));
        VehicleDay idleCar = day(2, car, 0);
        verifier.verifyThat(MobileRouteConstraintProvider::vehiclesUsed)
                .given(van, car, monday, tuesday, idleCar).penalizesBy(500_000);
    }

    @Test
    void vehiclesUsedLeavesAnIdleFleetAlone() {
        verifier.verifyThat(MobileRouteConstraintProvider::vehiclesUsed)
                .given(van, car, day(0, van, 0), day(1, car, 0)).penalizesBy(0);
    }
}
