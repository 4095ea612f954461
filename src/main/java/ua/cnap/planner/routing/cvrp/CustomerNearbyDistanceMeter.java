package ua.cnap.planner.routing.cvrp;

import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

/**
 * Nearby selection for the list moves: how far a destination is from a customer. A destination is
 * another customer (insert after it) or a vehicle (insert at the start of its route, i.e. after the
 * depot).
 */
public class CustomerNearbyDistanceMeter implements NearbyDistanceMeter<Customer, Object> {

    @Override
    public double getNearbyDistance(Customer origin, Object destination) {
        if (destination instanceof Customer customer) {
            return origin.distanceTo(customer.getNode());
        }
        if (destination instanceof Vehicle vehicle) {
            return origin.distanceTo(vehicle.getDepot());
        }
        throw new IllegalArgumentException("not a customer or a vehicle: " + destination);
    }
}
