package ua.cnap.planner.territory;

/** Район, the level between oblast and hromada. */
public record Raion(String code, String oblastCode, String nameUk) {
}
