package ua.cnap.planner.network;

public enum AccessPointStatus {
    OPEN,
    /** Тимчасово не працює: war-time closures and the like; does not count for coverage. */
    TEMPORARILY_CLOSED
}
