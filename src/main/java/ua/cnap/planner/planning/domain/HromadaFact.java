package ua.cnap.planner.planning.domain;

/**
 * A hromada as the solver sees it (problem fact).
 *
 * @param code                KATOTTG code
 * @param needsMainOffice     the main-office rule applies and no main office stands there yet
 */
public record HromadaFact(String code, boolean needsMainOffice) {
}
