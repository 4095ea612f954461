package ua.cnap.planner.routing.cvrp;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A customer node (a problem fact), placed by the solver in one {@link Vehicle}'s list.
 *
 * <p>Not a planning entity with previous/next shadow variables: in OptaPlanner 10.1.0 a list-value
 * class that is itself an entity fails at solve start ("Can not set java.util.List field
 * Vehicle.customers to Customer" in SolutionDescriptor.countUnassignedValues). Route cost is
 * therefore summed per vehicle, which is cheap for routes of ~10 customers.
 */
public class Customer {

    @PlanningId
    private int node;
    private int demand;
    /** Row {@code node} of the distance matrix (shared, not copied). */
    private int[] distanceFrom;

    public Customer() {
    }

    Customer(int node, int demand, int[] distanceFrom) {
        this.node = node;
        this.demand = demand;
        this.distanceFrom = distanceFrom;
    }

    public int getNode() {
        return node;
    }

    public int getDemand() {
        return demand;
    }

    /** Distance from this customer to node {@code other}. */
    int distanceTo(int other) {
        return distanceFrom[other];
    }

    @Override
    public String toString() {
        return "Customer " + node;
    }
}
