package ua.cnap.planner.export;

/** The value types an export attribute may have; each writer maps them to its own (JSON, CSV text, SQLite). */
public enum AttributeType {
    /** A string; KATOTTG codes are text, never numbers. */
    TEXT,
    /** A whole number ({@link Long} or {@link Integer}). */
    INTEGER,
    /** A decimal number ({@link Double}). */
    REAL,
    /** True or false. */
    BOOLEAN
}
