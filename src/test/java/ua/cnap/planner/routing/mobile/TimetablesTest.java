package ua.cnap.planner.routing.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.routing.schedule.VisitPattern;

class TimetablesTest {

    private static final MobileRoutingProblem.Place PLACE = new MobileRoutingProblem.Place("s1", "UA1", "Село",
            "UAH", 700, null, 2, 1_800);

    @Test
    void twoVisitsTwoWeeksApartAreEverySecondWeekdayOfTheirWeeks() {
        // days 2 and 12 of a 20-day cycle: Tuesdays of weeks 1 and 3
        MobileRoutePlan.Timetable t = Timetables.of(PLACE, VisitPattern.of(1, 11), 20,
                Map.of(1, "09:00–09:45", 11, "09:00–09:45"), List.of("van-1"));
        assertThat(t.weekday()).isEqualTo("вівторок");
        assertThat(t.everyWeeks()).isEqualTo(2);
        assertThat(t.visitDays()).containsExactly(2, 12);
        assertThat(t.weeks()).containsExactly(1, 3);
        assertThat(t.pattern()).isEqualTo("every 2 weeks");
        assertThat(t.timetable()).isEqualTo("кожні 2 тижні, вівторок (тижні 1, 3 з 4), 09:00–09:45");
    }

    @Test
    void weeklyVisitsReadAsEveryWeekday() {
        MobileRoutePlan.Timetable t = Timetables.of(PLACE, VisitPattern.of(4, 9, 14, 19), 20,
                Map.of(4, "10:00–11:00", 9, "10:00–11:00", 14, "10:10–11:10", 19, "10:00–11:00"), List.of("van-2"));
        assertThat(t.everyWeeks()).isEqualTo(1);
        assertThat(t.timetable()).isEqualTo("щопʼятниці, 10:00–11:00 / 10:10–11:10");
    }

    @Test
    void visitsNotWholeWeeksApartListTheirDays() {
        // 10 working days, 4 visits 2 days apart: Monday, Wednesday, Friday, then Tuesday of week 2
        MobileRoutePlan.Timetable t = Timetables.of(PLACE, VisitPattern.of(0, 2, 4, 6), 10,
                Map.of(0, "08:10–09:00", 2, "08:10–09:00", 4, "08:10–09:00", 6, "08:10–09:00"), List.of("van-1"));
        assertThat(t.weekday()).isNull();
        assertThat(t.everyWeeks()).isNull();
        assertThat(t.pattern()).isEqualTo("days 1, 3, 5, 7 of 10");
        assertThat(t.timetable()).startsWith("тиждень 1, понеділок 08:10–09:00; тиждень 1, середа")
                .endsWith("тиждень 2, вівторок 08:10–09:00");
        assertThat(Timetables.weeksWord(5)).isEqualTo("тижнів");
        assertThat(Timetables.weeksWord(3)).isEqualTo("тижні");
    }
}
