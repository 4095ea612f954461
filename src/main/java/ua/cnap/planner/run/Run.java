package ua.cnap.planner.run;

import java.time.Instant;

/**
 * One persisted run of a plan, mobile routes or a scenario: who asked, with which parameters, where it
 * is, how it went and what came out. Kept in the {@code planner_run} table of either store, so it survives
 * restarts and is shared by every instance over one PostGIS.
 *
 * @param id             the run id (also the id of the executor's task)
 * @param kind           plan, routes or scenario
 * @param owner          the account that started it; null from the command line or in single-user mode
 * @param parametersJson what was asked, as checked JSON ({@code PlanParameters}, {@code RouteParameters},
 *                       or the scenario id)
 * @param status         where it is
 * @param progressJson   the latest improvements (JSON array), null before the first
 * @param step           what it does now, in words
 * @param resultJson     the result as JSON, null until there is one
 * @param error          why it failed, in words
 * @param dataVintage    the import run the result was computed from (id), null if unknown
 * @param executions     how often an executor started it: 2 when an instance died and another took it over
 *                       (re-executed from the start)
 * @param stopRequested  its owner or an admin asked to stop it
 * @param createdAt      when it was asked for
 * @param startedAt      when an executor last started it
 * @param finishedAt     when it ended
 */
public record Run(String id, RunKind kind, String owner, String parametersJson, RunStatus status, String progressJson,
        String step, String resultJson, String error, String dataVintage, int executions, boolean stopRequested,
        Instant createdAt, Instant startedAt, Instant finishedAt) {

    /** Who may stop or delete it: its owner, or an admin. */
    public boolean mayBeChangedBy(String username, boolean admin) {
        return admin || owner == null && username == null || owner != null && owner.equals(username);
    }
}
