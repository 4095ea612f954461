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
    public static final String SPACING = "spacing between visits";
    public static final String TRAVEL_TIME = "travel time";
    public static final String VEHICLES_USED = "vehicles used";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                shiftLength(factory),
                oneVisitPerDay(factory),
                requiredVisits(factory),
                spacing(factory),
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
     * Soft: two visits of one settlement are at least the minimum spacing apart, counted around the
     * cycle; each missing day costs the spacing price.
     */
    Constraint spacing(ConstraintFactory factory) {
        return factory.forEach(VehicleDay.class)
                .filter(VehicleDay::isUsed)
                .join(VehicleDay.class, Joiners.lessThan(VehicleDay::getId))
                .filter((a, b) -> b.isUsed() && a.getDay() != b.getDay() && shortfallDays(a, b) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (a, b) -> a.sharedPlaces(b) * shortfallDays(a, b) * a.getRules().spacingKopecksPerDay())
                .asConstraint(SPACING);
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

    private static long shortfallDays(VehicleDay a, VehicleDay b) {
        return Math.max(0, a.getRules().minSpacingDays() - a.getRules().cyclicGapDays(a.getDay(), b.getDay()));
    }
}
