package ua.cnap.planner.routing.mobile.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * One required visit of a settlement in the cycle: a settlement needing two visits has two, which are
 * interchangeable. The planning value of the vehicle-days' lists.
 */
public class Visit {

    @PlanningId
    private int id;
    private int placeIndex;
    private int node;
    private long serviceSeconds;
    private long population;

    public Visit() {
    }

    public Visit(int id, int placeIndex, int node, long serviceSeconds, long population) {
        this.id = id;
        this.placeIndex = placeIndex;
        this.node = node;
        this.serviceSeconds = serviceSeconds;
        this.population = population;
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
