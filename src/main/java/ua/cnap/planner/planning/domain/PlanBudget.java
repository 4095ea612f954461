package ua.cnap.planner.planning.domain;

/** The budget (problem fact): one-off costs plus yearly costs over the horizon, in UAH. */
public record PlanBudget(long budgetUah) {
}
