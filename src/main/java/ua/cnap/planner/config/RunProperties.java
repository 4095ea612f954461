package ua.cnap.planner.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The run queue (plans, routes, scenarios), documented in {@code application.yml}.
 *
 * @param maxActive           runs queued or running at most, all instances together; more get 429
 * @param threads             runs this instance executes at once (a solve uses a core)
 * @param pollingSeconds      how often this instance looks for runs queued by others
 * @param heartbeatSeconds    how often an executing instance says it is alive
 * @param missedHeartbeats    after this many missed heartbeats another instance takes its runs over
 * @param instanceName        this instance's name in the queue; empty: the host name
 */
@ConfigurationProperties("planner.runs")
public record RunProperties(
        @DefaultValue("64") int maxActive,
        @DefaultValue("1") int threads,
        @DefaultValue("2") int pollingSeconds,
        @DefaultValue("10") int heartbeatSeconds,
        @DefaultValue("6") int missedHeartbeats,
        @DefaultValue("") String instanceName) {
}
