package ua.cnap.planner.routing.mobile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ua.cnap.planner.routing.schedule.VisitPattern;

/**
 * Turns a settlement's visit pattern and stop times into the timetable residents read: the cycle's
 * working days run Monday to Friday week after week ({@link VisitRules#WORKING_DAYS_PER_WEEK}), so a
 * pattern whose visits are whole weeks apart is "every second Tuesday".
 */
final class Timetables {

    static final List<String> WEEKDAYS_UK = List.of("понеділок", "вівторок", "середа", "четвер", "пʼятниця");
    /** "every Tuesday" in Ukrainian (accusative/genitive forms for "щопонеділка" etc.). */
    static final List<String> EVERY_WEEKDAY_UK = List.of("щопонеділка", "щовівторка", "щосереди", "щочетверга",
            "щопʼятниці");

    private Timetables() {
    }

    /** "тижні" after 2–4 (not 12–14), else "тижнів". */
    static String weeksWord(int weeks) {
        int lastTwo = weeks % 100;
        int last = weeks % 10;
        return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "тижні" : "тижнів";
    }

    /**
     * @param arrivals per 0-based day of the cycle, the stop's time span
     */
    static MobileRoutePlan.Timetable of(MobileRoutingProblem.Place place, VisitPattern pattern, int cycleDays,
            Map<Integer, String> arrivals, List<String> vehicleIds) {
        int week = VisitRules.WORKING_DAYS_PER_WEEK;
        int[] days = pattern.days();
        List<Integer> visitDays = new ArrayList<>();
        List<Integer> weeks = new ArrayList<>();
        LinkedHashSet<Integer> weekdays = new LinkedHashSet<>();
        for (int day : days) {
            visitDays.add(day + 1);
            weeks.add(day / week + 1);
            weekdays.add(day % week);
        }
        List<String> times = new ArrayList<>();
        for (int day : days) {
            times.add(arrivals.getOrDefault(day, "?"));
        }
        boolean oneWeekday = weekdays.size() == 1;
        Integer spacingDays = days.length > 1 ? days[1] - days[0] : null;
        boolean evenlyWeeks = spacingDays != null && spacingDays % week == 0 && cycleDays % week == 0
                && cycleDays == spacingDays * days.length;
        Integer everyWeeks = oneWeekday && evenlyWeeks ? spacingDays / week : null;
        String weekday = oneWeekday ? WEEKDAYS_UK.get(weekdays.iterator().next()) : null;
        String words;
        if (everyWeeks != null) {
            words = everyWeeks == 1 ? "weekly" : "every " + everyWeeks + " weeks";
        } else if (days.length == 1) {
            words = "once a cycle, day " + (days[0] + 1);
        } else {
            words = "days " + visitDays.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " of " + cycleDays;
        }
        String distinctTimes = String.join(" / ", new LinkedHashSet<>(times));
        String text;
        if (everyWeeks != null && everyWeeks == 1) {
            text = EVERY_WEEKDAY_UK.get(weekdays.iterator().next()) + ", " + distinctTimes;
        } else if (everyWeeks != null) {
            text = "кожні " + everyWeeks + " " + weeksWord(everyWeeks) + ", "
                    + WEEKDAYS_UK.get(weekdays.iterator().next()) + " (тижні " + weeks.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " з "
                    + cycleDays / week + "), " + distinctTimes;
        } else {
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < days.length; k++) {
                parts.add("тиждень " + weeks.get(k) + ", " + WEEKDAYS_UK.get(days[k] % week) + " " + times.get(k));
            }
            text = String.join("; ", parts);
        }
        return new MobileRoutePlan.Timetable(place.settlementId(), place.name(), place.hromadaCode(),
                place.population(), days.length, words, weekday, everyWeeks, List.copyOf(visitDays),
                List.copyOf(weeks), List.copyOf(times), vehicleIds, text);
    }
}
