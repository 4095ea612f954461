package ua.cnap.planner.account;

/** What a user may do. Each role includes the ones before it. */
public enum Role {
    /** Reads coverage, layers, plans, routes and scenarios. */
    VIEWER,
    /** Also runs plans and routes, edits own scenarios, uploads registers. */
    PLANNER,
    /** Also imports data and manages accounts; edits every scenario. */
    ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }
}
