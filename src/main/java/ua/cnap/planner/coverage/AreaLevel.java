package ua.cnap.planner.coverage;

/** The administrative level a set of coverage KPIs is about. */
public enum AreaLevel {
    HROMADA,
    RAION,
    OBLAST,
    COUNTRY
}
