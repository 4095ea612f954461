package ua.cnap.planner.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        long[] sorted = LongStream.rangeClosed(1, 100).toArray();

        assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(50);
        assertThat(LatencyStats.percentile(sorted, 95)).isEqualTo(95);
        assertThat(LatencyStats.percentile(sorted, 99)).isEqualTo(99);
        assertThat(LatencyStats.percentile(sorted, 100)).isEqualTo(100);
        assertThat(LatencyStats.percentile(sorted, 0.5)).isEqualTo(1);
    }

    @Test
    void nearestRankOnFewValuesTakesTheNextValueUp() {
        long[] sorted = {10, 20, 30, 40};

        // ceil(0.5 × 4) = 2nd value; ceil(0.95 × 4) = 4th
        assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(20);
        assertThat(LatencyStats.percentile(sorted, 51)).isEqualTo(30);
        assertThat(LatencyStats.percentile(sorted, 95)).isEqualTo(40);
        assertThat(LatencyStats.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(LatencyStats.percentile(new long[0], 50)).isZero();
        assertThatThrownBy(() -> LatencyStats.percentile(sorted, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.percentile(sorted, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statsSortUnorderedNanosAndGiveMillisAndThroughput() {
        long[] nanos = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000}; // 1..5 ms, shuffled

        LatencyStats stats = LatencyStats.of("GET /x", nanos, 6, 1, 0, 2.0);

        assertThat(stats.p50Millis()).isEqualTo(3.0);
        assertThat(stats.p95Millis()).isEqualTo(5.0);
        assertThat(stats.p99Millis()).isEqualTo(5.0);
        assertThat(stats.maxMillis()).isEqualTo(5.0);
        assertThat(stats.requestsPerSecond()).isEqualTo(3.0);
        assertThat(stats.count()).isEqualTo(6);
        assertThat(stats.errors()).isEqualTo(1);
        assertThat(nanos[0]).as("the caller's array is left as it was").isEqualTo(5_000_000);
    }

    @Test
    void settingsRefuseOtherHostsAndUnboundedRuns() {
        URI local = URI.create("http://127.0.0.1:8080");
        LoadSettings.PlanLoad plan = LoadSettings.PlanLoad.DEFAULT;
        Duration second = Duration.ofSeconds(1);
        List<String> paths = LoadSettings.DEFAULT_PATHS;

        assertThat(new LoadSettings(URI.create("http://localhost:8080"), 1, second, paths, second, 0, plan, null)
                .users()).isEqualTo(1);
        assertThatThrownBy(() -> new LoadSettings(URI.create("http://10.1.2.3:8080"), 1, second, paths, second, 0,
                plan, null)).hasMessageContaining("not a loopback address");
        assertThatThrownBy(() -> new LoadSettings(local, 201, second, paths, second, 0, plan, null))
                .hasMessageContaining("users must be 1..200");
        assertThatThrownBy(() -> new LoadSettings(local, 1, Duration.ofSeconds(301), paths, second, 0, plan, null))
                .hasMessageContaining("duration must be 1..300");
        assertThatThrownBy(() -> new LoadSettings(local, 1, second, List.of("api/oblasts"), second, 0, plan, null))
                .hasMessageContaining("start with '/'");
    }
}
