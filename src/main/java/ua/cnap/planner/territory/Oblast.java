package ua.cnap.planner.territory;

/** Область (or a city with special status). Names come from the KATOTTG codifier. */
public record Oblast(String code, String nameUk, String nameEn) {
}
