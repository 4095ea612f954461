package ua.cnap.planner.routing.cvrp;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class CvrpConstraintProviderTest {

    private final ConstraintVerifier<CvrpConstraintProvider, CvrpSolution> verifier =
            ConstraintVerifier.build(new CvrpConstraintProvider(), CvrpSolution.class, Vehicle.class);

    /** Depot 0 at (0,0), customers 1 at (3,0) and 2 at (3,4): distances 3, 4, 5 (a 3-4-5 triangle). */
    private static final int[][] DISTANCE = { { 0, 3, 5 }, { 3, 0, 4 }, { 5, 4, 0 } };

    private static Vehicle vehicle(int capacity, Customer... customers) {
        Vehicle vehicle = new Vehicle(0, capacity, 0);
        vehicle.setCustomers(new ArrayList<>(List.of(customers)));
        return vehicle;
    }

    @Test
    void capacityIsPenalisedByTheExcessOnly() {
        Customer one = new Customer(1, 4, DISTANCE[1]);
        Customer two = new Customer(2, 8, DISTANCE[2]);

        verifier.verifyThat(CvrpConstraintProvider::capacity).given(vehicle(10, one, two)).penalizesBy(2);
        verifier.verifyThat(CvrpConstraintProvider::capacity).given(vehicle(12, one, two)).penalizesBy(0);
    }

    @Test
    void routeDistanceRunsFromTheDepotThroughTheCustomersBack() {
        Customer one = new Customer(1, 4, DISTANCE[1]);
        Customer two = new Customer(2, 8, DISTANCE[2]);

        // 0 -> 1 -> 2 -> 0: 3 + 4 + 5
        verifier.verifyThat(CvrpConstraintProvider::distance).given(vehicle(20, one, two)).penalizesBy(12);
        // 0 -> 1 -> 0
        verifier.verifyThat(CvrpConstraintProvider::distance).given(vehicle(20, one)).penalizesBy(6);
        verifier.verifyThat(CvrpConstraintProvider::distance).given(vehicle(20)).penalizesBy(0);
    }
}
