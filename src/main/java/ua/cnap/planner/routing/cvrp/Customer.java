package ua.cnap.planner.routing.cvrp;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.NextElementShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;

/**
 * A customer node, placed by the solver in one {@link Vehicle}'s list. Its neighbours in that list
 * are shadow variables, so that a move re-scores only the few customers whose neighbours changed.
 */
@PlanningEntity
public class Customer {

    @PlanningId
    private int node;
    private int demand;
    /** Row {@code node} of the distance matrix (shared, not copied). */
    private int[] distanceFrom;
    private int depot;

    @InverseRelationShadowVariable(sourceVariableName = "customers")
    private Vehicle vehicle;
    @PreviousElementShadowVariable(sourceVariableName = "customers")
    private Customer previous;
    @NextElementShadowVariable(sourceVariableName = "customers")
    private Customer next;

    public Customer() {
    }

    Customer(int node, int demand, int[] distanceFrom, int depot) {
        this.node = node;
        this.demand = demand;
        this.distanceFrom = distanceFrom;
        this.depot = depot;
    }

    public int getNode() {
        return node;
    }

    public int getDemand() {
        return demand;
    }

    public Vehicle getVehicle() {
        return vehicle;
    }

    public void setVehicle(Vehicle vehicle) {
        this.vehicle = vehicle;
    }

    public Customer getPrevious() {
        return previous;
    }

    public void setPrevious(Customer previous) {
        this.previous = previous;
    }

    public Customer getNext() {
        return next;
    }

    public void setNext(Customer next) {
        this.next = next;
    }

    /**
     * The edge into this customer (from the previous customer or the depot) plus, for the last
     * customer of a route, the edge back to the depot; summed over all customers this is the route cost.
     */
    long costOfEdgesHere() {
        long cost = previous == null ? distanceFrom[depot] : distanceFrom[previous.node];
        if (next == null) {
            cost += distanceFrom[depot];
        }
        return cost;
    }

    @Override
    public String toString() {
        return "Customer " + node;
    }
}
