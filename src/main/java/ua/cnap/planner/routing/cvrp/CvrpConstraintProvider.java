package ua.cnap.planner.routing.cvrp;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * Hard: a vehicle carries at most its capacity (penalised by the excess). Soft: total route
 * distance, counted per customer from its previous/next shadow variables so that a move re-scores
 * only the customers next to it, not whole routes.
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
        return factory.forEach(Customer.class)
                .filter(customer -> customer.getVehicle() != null)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, Customer::costOfEdgesHere)
                .asConstraint("route distance");
    }
}
