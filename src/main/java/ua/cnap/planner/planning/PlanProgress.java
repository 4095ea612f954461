package ua.cnap.planner.planning;

/**
 * One improvement of the best plan while solving.
 *
 * @param seconds                since the job started
 * @param score                  the solver's best score, as text
 * @param populationCoveredAfter covered population with that plan
 * @param costUah                its cost
 */
public record PlanProgress(double seconds, String score, long populationCoveredAfter, long costUah) {
}
