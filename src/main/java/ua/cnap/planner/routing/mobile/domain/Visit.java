package ua.cnap.planner.routing.mobile.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * One required visit of a settlement in the cycle, on the day its chosen visit pattern gives (the
 * schedule engine chooses patterns; OptaPlanner's polish keeps them). The planning value of the
 * vehicle-days' lists.
 */
public class Visit {

    @PlanningId
    private int id;
    private int placeIndex;
    private int node;
    private long serviceSeconds;
    private long population;
    private int day;

    public Visit() {
    }

    /** {@code day}: the day of the cycle the settlement's visit pattern puts this visit on; -1 for none. */
    public Visit(int id, int placeIndex, int node, long serviceSeconds, long population, int day) {
        this.id = id;
        this.placeIndex = placeIndex;
        this.node = node;
        this.serviceSeconds = serviceSeconds;
        this.population = population;
        this.day = day;
    }

    public int getDay() {
        return day;
    }

    public int getId() {
        return id;
    }

    public int getPlaceIndex() {
        return placeIndex;
    }

    public int getNode() {
        return node;
    }

    public long getServiceSeconds() {
        return serviceSeconds;
    }

    public long getPopulation() {
        return population;
    }

    @Override
    public String toString() {
        return "Visit " + id + " (place " + placeIndex + ")";
    }
}
