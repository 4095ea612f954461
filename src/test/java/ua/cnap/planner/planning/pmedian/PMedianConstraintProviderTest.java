package ua.cnap.planner.planning.pmedian;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class PMedianConstraintProviderTest {

    private final ConstraintVerifier<PMedianConstraintProvider, PMedianSolution> verifier =
            ConstraintVerifier.build(new PMedianConstraintProvider(), PMedianSolution.class, Median.class);

    /** Distances of a line 0 - 1 - 2 with 5 per hop. */
    private static final int[][] LINE = {{0, 5, 10}, {5, 0, 5}, {10, 5, 0}};

    @Test
    void twoMediansOnOneVertexArePenalized() {
        verifier.verifyThat(PMedianConstraintProvider::distinctVertices)
                .given(new Median(0, 1), new Median(1, 1), new Median(2, 2))
                .penalizesBy(1);
    }

    @Test
    void mediansOnDistinctVerticesAreNot() {
        verifier.verifyThat(PMedianConstraintProvider::distinctVertices)
                .given(new Median(0, 0), new Median(1, 1), new Median(2, 2))
                .penalizesBy(0);
    }

    @Test
    void eachCustomerPaysWeightTimesDistanceToItsNearestMedian() {
        Customer c0 = new Customer(0, 3, LINE[0]);
        Customer c1 = new Customer(1, 2, LINE[1]);
        Customer c2 = new Customer(2, 7, LINE[2]);

        // medians at 0 and 2: c0 0, c1 2·5, c2 0
        verifier.verifyThat(PMedianConstraintProvider::weightedDistance)
                .given(c0, c1, c2, new Median(0, 0), new Median(1, 2))
                .penalizesBy(10);
    }

    @Test
    void customersOnMediansPayNothing() {
        verifier.verifyThat(PMedianConstraintProvider::weightedDistance)
                .given(new Customer(0, 3, LINE[0]), new Customer(2, 7, LINE[2]),
                        new Median(0, 0), new Median(1, 2))
                .penalizesBy(0);
    }
}
