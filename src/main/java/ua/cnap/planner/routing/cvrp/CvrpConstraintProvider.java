package ua.cnap.planner.routing.cvrp;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * Hard: a vehicle carries at most its capacity (penalised by the excess). Soft: total route
 * distance, recomputed per changed vehicle (a move touches one or two routes).
 */
public class CvrpConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] { capacity(factory), distance(factory) };
    }

    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(vehicle -> vehicle.totalDemand() > vehicle.getCapacity())
                .penalizeLong(HardSoftLongScore.ONE_HARD, vehicle -> vehicle.totalDemand() - vehicle.getCapacity())
                .asConstraint("vehicle capacity");
    }

    Constraint distance(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, Vehicle::routeDistance)
                .asConstraint("route distance");
    }
}
