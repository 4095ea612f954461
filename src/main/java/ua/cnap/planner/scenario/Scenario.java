package ua.cnap.planner.scenario;

import java.time.Instant;

/**
 * A saved scenario: its parameters, the data it ran on, where it is and what it gave.
 *
 * @param id         stable id (a UUID)
 * @param name       the user's name for it
 * @param status     where it is
 * @param parameters what it asks
 * @param vintage    the data of its last run (import run and registers); null before a run
 * @param result     figures and proposals of its last run; null before one finishes
 * @param routesJson mobile-office routes for this scenario as JSON, filled by the routing feature; null
 *                   until then
 * @param error      why the last run failed, else null
 * @param createdAt  when it was saved first
 * @param updatedAt  when it last changed
 * @param owner      the account that created it (null: made from the command line or in single-user mode);
 *                   planners edit and run only their own, admins every one
 */
public record Scenario(
        String id,
        String name,
        ScenarioStatus status,
        ScenarioParameters parameters,
        DataVintage vintage,
        ScenarioResult result,
        String routesJson,
        String error,
        Instant createdAt,
        Instant updatedAt,
        String owner) {

    /**
     * Who may rename, delete or run a scenario: planners only the scenarios they own, admins every one;
     * scenarios without an owner (the command line) only admins.
     *
     * @param owner    the scenario's owner, may be null
     * @param username who asks (null: nobody logged in)
     * @param admin    whether they are an admin (single-user mode counts as one)
     */
    public static boolean mayBeChangedBy(String owner, String username, boolean admin) {
        return admin || owner != null && owner.equals(username);
    }

    public Scenario withName(String newName, Instant now) {
        return new Scenario(id, newName, status, parameters, vintage, result, routesJson, error, createdAt, now, owner);
    }

    public Scenario withStatus(ScenarioStatus newStatus, Instant now) {
        return new Scenario(id, name, newStatus, parameters, vintage, result, routesJson, error, createdAt, now, owner);
    }

    /** Queued for a new run: the old result, vintage and error go. */
    public Scenario queued(Instant now) {
        return new Scenario(id, name, ScenarioStatus.QUEUED, parameters, null, null, routesJson, null, createdAt, now, owner);
    }

    /** The routes of its mobile offices or cases, as JSON. */
    public Scenario withRoutes(String newRoutesJson, Instant now) {
        return new Scenario(id, name, status, parameters, vintage, result, newRoutesJson, error, createdAt, now, owner);
    }

    public Scenario finished(ScenarioStatus newStatus, DataVintage newVintage, ScenarioResult newResult,
            String newError, Instant now) {
        return new Scenario(id, name, newStatus, parameters, newVintage, newResult, routesJson, newError, createdAt,
                now, owner);
    }
}
