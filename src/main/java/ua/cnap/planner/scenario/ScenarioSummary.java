package ua.cnap.planner.scenario;

import java.time.Instant;

/**
 * A scenario in a list: no proposals or per-hromada figures.
 *
 * @param id        id
 * @param name      name
 * @param status    where it is
 * @param totals    headline figures of its last finished run, else null
 * @param createdAt when it was saved first
 * @param updatedAt when it last changed
 * @param owner     the account that created it (null: the command line or single-user mode); planners
 *                  change only their own, admins every one
 */
public record ScenarioSummary(String id, String name, ScenarioStatus status, ScenarioKpis totals, Instant createdAt,
        Instant updatedAt, String owner) {
}
