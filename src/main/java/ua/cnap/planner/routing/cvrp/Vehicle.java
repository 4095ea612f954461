package ua.cnap.planner.routing.cvrp;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/** One vehicle: its route is the ordered list of customers, from and back to the depot. */
@PlanningEntity
public class Vehicle {

    @PlanningId
    private int id;
    private int capacity;
    private int depot;

    @PlanningListVariable(valueRangeProviderRefs = "customers")
    private List<Customer> customers = new ArrayList<>();

    public Vehicle() {
    }

    Vehicle(int id, int capacity, int depot) {
        this.id = id;
        this.capacity = capacity;
        this.depot = depot;
    }

    public int getId() {
        return id;
    }

    public int getCapacity() {
        return capacity;
    }

    /** Node index of the depot the route starts and ends at. */
    public int getDepot() {
        return depot;
    }

    public List<Customer> getCustomers() {
        return customers;
    }

    public void setCustomers(List<Customer> customers) {
        this.customers = customers;
    }

    public long totalDemand() {
        long total = 0;
        for (Customer customer : customers) {
            total += customer.getDemand();
        }
        return total;
    }

    /** Depot → customers in order → depot; zero for an empty route. */
    public long routeDistance() {
        if (customers.isEmpty()) {
            return 0;
        }
        Customer previous = customers.get(0);
        long distance = previous.distanceTo(depot);
        for (int i = 1; i < customers.size(); i++) {
            Customer customer = customers.get(i);
            distance += previous.distanceTo(customer.getNode());
            previous = customer;
        }
        return distance + previous.distanceTo(depot);
    }

    @Override
    public String toString() {
        return "Vehicle " + id;
    }
}
