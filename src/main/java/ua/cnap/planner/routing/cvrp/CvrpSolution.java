package ua.cnap.planner.routing.cvrp;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** OptaPlanner's view of a {@link CvrpProblem}: vehicles with customer lists. */
@PlanningSolution
public class CvrpSolution {

    @PlanningEntityCollectionProperty
    private List<Vehicle> vehicles;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "customers")
    private List<Customer> customers;

    @PlanningScore
    private HardSoftLongScore score;

    public CvrpSolution() {
    }

    CvrpSolution(List<Vehicle> vehicles, List<Customer> customers) {
        this.vehicles = vehicles;
        this.customers = customers;
    }

    /** All customers unassigned, {@code vehicleCount} empty vehicles. */
    static CvrpSolution unsolved(CvrpProblem problem, int vehicleCount) {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < problem.n(); i++) {
            if (i != problem.depot()) {
                customers.add(new Customer(i, problem.demand()[i], problem.distance()[i]));
            }
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < vehicleCount; v++) {
            vehicles.add(new Vehicle(v, problem.capacity(), problem.depot()));
        }
        return new CvrpSolution(vehicles, customers);
    }

    /**
     * {@code vehicleCount} vehicles; vehicle {@code v} carries {@code routes.get(v)} (customer node
     * indices) when there is such a route, nothing otherwise. Every customer must be in one route.
     */
    static CvrpSolution of(CvrpProblem problem, int vehicleCount, List<List<Integer>> routes) {
        if (routes.size() > vehicleCount) {
            throw new IllegalArgumentException(routes.size() + " routes for " + vehicleCount + " vehicles");
        }
        CvrpSolution solution = unsolved(problem, vehicleCount);
        Customer[] byNode = new Customer[problem.n()];
        for (Customer customer : solution.customers) {
            byNode[customer.getNode()] = customer;
        }
        for (int v = 0; v < routes.size(); v++) {
            List<Customer> customers = new ArrayList<>();
            for (int node : routes.get(v)) {
                if (byNode[node] == null) {
                    throw new IllegalArgumentException("node " + node + " is not a customer or is in two routes");
                }
                customers.add(byNode[node]);
                byNode[node] = null;
            }
            solution.vehicles.get(v).setCustomers(customers);
        }
        for (Customer left : byNode) {
            if (left != null) {
                throw new IllegalArgumentException("customer " + left.getNode() + " is in no route");
            }
        }
        return solution;
    }

    public List<Vehicle> getVehicles() {
        return vehicles;
    }

    public void setVehicles(List<Vehicle> vehicles) {
        this.vehicles = vehicles;
    }

    public List<Customer> getCustomers() {
        return customers;
    }

    public void setCustomers(List<Customer> customers) {
        this.customers = customers;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
