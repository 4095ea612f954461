package ua.cnap.planner.planning.pmedian;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** One of the p medians (new offices); the solver moves it between vertices. */
@PlanningEntity
public class Median {

    @PlanningId
    private Integer id;

    @PlanningVariable(valueRangeProviderRefs = PMedianSolution.VERTEX_RANGE)
    private Integer vertex;

    public Median() {
    }

    public Median(int id, Integer vertex) {
        this.id = id;
        this.vertex = vertex;
    }

    public Integer getId() {
        return id;
    }

    /** 0-based vertex index, null before the construction heuristic places it. */
    public Integer getVertex() {
        return vertex;
    }

    public void setVertex(Integer vertex) {
        this.vertex = vertex;
    }

    @Override
    public String toString() {
        return "Median" + id + "@" + vertex;
    }
}
