package ua.cnap.planner.population;

/**
 * The oblast and raion a hromada belongs to, by the short Ukrainian names that the statistics
 * tables use ("Вінницька", "Вінницький"): the key for matching official city and town figures,
 * which come with names and no codes.
 */
public record HromadaPlaceNames(String hromadaCode, String oblastNameUk, String raionNameUk) {
}
