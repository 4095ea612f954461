package ua.cnap.planner.routing.mobile.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import ua.cnap.planner.routing.mobile.domain.RouteVehicle;
import ua.cnap.planner.routing.mobile.domain.VehicleDay;
import ua.cnap.planner.routing.mobile.domain.Visit;

/** One constraint per rule of the mobile schedule (issue 5). */
public class MobileRouteConstraintProvider implements ConstraintProvider {

    public static final String SHIFT_LENGTH = "shift length";
    public static final String ONE_VISIT_PER_DAY = "one visit per settlement a day";
    public static final String REQUIRED_VISITS = "required visits";
    public static final String PATTERN_DAY = "visits on their pattern's days";
    public static final String TRAVEL_TIME = "travel time";
    public static final String VEHICLES_USED = "vehicles used";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                shiftLength(factory),
                oneVisitPerDay(factory),
                requiredVisits(factory),
                patternDay(factory),
                travelTime(factory),
                vehiclesUsed(factory)
        };
    }

    /** Hard: driving and service of a vehicle-day fit in the shift; penalised by the seconds over. */
    Constraint shiftLength(ConstraintFactory factory) {
        return factory.forEach(VehicleDay.class)
                .filter(day -> day.overtimeSeconds() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, VehicleDay::overtimeSeconds)
                .asConstraint(SHIFT_LENGTH);
    }

    /** Hard: a settlement is visited at most once a day, by one vehicle (two visits the same day serve nobody more). */
    Constraint oneVisitPerDay(ConstraintFactory factory) {
        return factory.forEach(VehicleDay.class)
                .filter(VehicleDay::isUsed)
                .join(VehicleDay.class,
                        Joiners.equal(VehicleDay::getDay),
                        Joiners.lessThanOrEqual(VehicleDay::getId))
                .filter((a, b) -> b.isUsed())
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (a, b) -> a == b ? a.repeatedPlacesWithin() : a.sharedPlaces(b))
                .asConstraint(ONE_VISIT_PER_DAY);
    }

    /** Medium: every required visit is scheduled; a missed one weighs its settlement's residents + 1. */
    Constraint requiredVisits(ConstraintFactory factory) {
        return factory.forEach(VehicleDay.class)
                .filter(day -> !day.isScheduled() && !day.getVisits().isEmpty())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, MobileRouteConstraintProvider::missedWeight)
                .asConstraint(REQUIRED_VISITS);
    }

    /**
     * Hard: a visit is made on the day its settlement's visit pattern gives, so that residents can learn
     * the timetable ("every second Tuesday"); penalised per visit off its day.
     */
    Constraint patternDay(ConstraintFactory factory) {
        return factory.forEach(VehicleDay.class)
                .filter(day -> day.visitsOffPattern() > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, VehicleDay::visitsOffPattern)
                .asConstraint(PATTERN_DAY);
    }

    /** Soft: driving, priced per hour. */
    Constraint travelTime(ConstraintFactory factory) {
        return factory.forEach(VehicleDay.class)
                .filter(VehicleDay::isUsed)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, VehicleDay::drivingKopecks)
                .asConstraint(TRAVEL_TIME);
    }

    /** Soft: every vehicle that works at all in the cycle costs its cycle price. */
    Constraint vehiclesUsed(ConstraintFactory factory) {
        return factory.forEach(VehicleDay.class)
                .filter(VehicleDay::isUsed)
                .groupBy(VehicleDay::getVehicle)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, RouteVehicle::costPerCycleKopecks)
                .asConstraint(VEHICLES_USED);
    }

    private static long missedWeight(VehicleDay unscheduled) {
        long weight = 0;
        for (Visit visit : unscheduled.getVisits()) {
            weight += visit.getPopulation() + 1;
        }
        return weight;
    }
}
