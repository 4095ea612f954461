package ua.cnap.planner.run;

/** What a run computes. A batch is a set of SCENARIO runs. */
public enum RunKind {
    /** A siting plan of one oblast ({@code POST /api/plans}). */
    PLAN,
    /** Mobile routes ({@code POST /api/routes}). */
    ROUTES,
    /** A saved scenario ({@code POST /api/scenarios/{id}/run}, {@code scenario run}). */
    SCENARIO
}
