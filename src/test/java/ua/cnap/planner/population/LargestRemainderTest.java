package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void wholePartsFirstThenTheLargestRemainders() {
        // quotas 10 × (5, 3, 2) / 10 = 5, 3, 2 exactly; 11 × ... = 5.5, 3.3, 2.2 → 5, 3, 2 and one unit to 5.5
        assertThat(LargestRemainder.apportion(10, new long[] {5, 3, 2})).containsExactly(5, 3, 2);
        assertThat(LargestRemainder.apportion(11, new long[] {5, 3, 2})).containsExactly(6, 3, 2);
        // 12: 6, 3.6, 2.4 → 6, 3, 2 and the one unit to the remainder .6
        assertThat(LargestRemainder.apportion(12, new long[] {5, 3, 2})).containsExactly(6, 4, 2);
    }

    @Test
    void aTotalSmallerThanTheSumOfWeightsScalesDown() {
        // census weights 1,200 + 600 + 200 = 2,000 against an official total of 1,000: factor 0.5
        assertThat(LargestRemainder.apportion(1_000, new long[] {1_200, 600, 200})).containsExactly(600, 300, 100);
        // 7 over 2,000: quotas 4.2, 2.1, 0.7 → 4, 2, 0 and one unit to 0.7
        assertThat(LargestRemainder.apportion(7, new long[] {1_200, 600, 200})).containsExactly(4, 2, 1);
    }

    @Test
    void tiesGoToTheLargerWeightThenToTheEarlierPart() {
        // 1 over (1, 1, 1): equal remainders and weights, the first takes it
        assertThat(LargestRemainder.apportion(1, new long[] {1, 1, 1})).containsExactly(1, 0, 0);
        // 2 over (1, 1, 1): the first two
        assertThat(LargestRemainder.apportion(2, new long[] {1, 1, 1})).containsExactly(1, 1, 0);
        // 3 over (1, 3, 1, 3), sum 8: quotas .375, 1.125, .375, 1.125 → 0, 1, 0, 1 and the unit left goes to
        // a remainder of .375 (3/8): equal for parts 0 and 2, both weight 1 → the earlier one
        assertThat(LargestRemainder.apportion(3, new long[] {1, 3, 1, 3})).containsExactly(1, 1, 0, 1);
        // 1 over (2, 4), sum 6: quotas 1/3 and 2/3 → the larger remainder; 3 over (1, 2, 3) sum 6: 0.5, 1, 1.5
        // → 0, 1, 1 and one unit for a remainder of .5, tied between part 0 (weight 1) and part 2 (weight 3): part 2
        assertThat(LargestRemainder.apportion(1, new long[] {2, 4})).containsExactly(0, 1);
        assertThat(LargestRemainder.apportion(3, new long[] {1, 2, 3})).containsExactly(0, 1, 2);
    }

    @Test
    void allZeroWeightsShareEquallyAndZeroWeightsGetNothingOtherwise() {
        assertThat(LargestRemainder.apportion(10, new long[] {0, 0, 0})).containsExactly(4, 3, 3);
        assertThat(LargestRemainder.apportion(10, new long[] {0, 5, 0})).containsExactly(0, 10, 0);
        assertThat(LargestRemainder.apportion(0, new long[] {3, 5})).containsExactly(0, 0);
    }

    @Test
    void partsAlwaysAddUpAndStayWithinOneOfTheirQuota() {
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            int n = 1 + random.nextInt(40);
            long[] weights = new long[n];
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000);
            }
            long total = random.nextInt(3_000_000);
            long[] parts = LargestRemainder.apportion(total, weights);
            long sum = Arrays.stream(weights).sum();
            assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
            for (int i = 0; i < n; i++) {
                double quota = sum == 0 ? (double) total / n : (double) total * weights[i] / sum;
                assertThat((double) parts[i]).isBetween(Math.floor(quota), Math.floor(quota) + 1);
            }
        }
    }

    @Test
    void negativeInputIsAProgrammingError() {
        assertThatThrownBy(() -> LargestRemainder.apportion(-1, new long[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.apportion(1, new long[] {-1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.apportion(1, new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
