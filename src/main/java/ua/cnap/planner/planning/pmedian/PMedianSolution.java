package ua.cnap.planner.planning.pmedian;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * OptaPlanner's view of a {@link PMedianProblem}: p {@link Median} entities whose variable is a
 * vertex. Hard: no two medians on one vertex. Soft: weighted distance to the nearest median.
 */
@PlanningSolution
public class PMedianSolution {

    static final String VERTEX_RANGE = "vertexRange";

    private PMedianProblem problem;

    @ProblemFactCollectionProperty
    private List<Customer> customers;

    @PlanningEntityCollectionProperty
    private List<Median> medians;

    @PlanningScore
    private HardSoftLongScore score;

    public PMedianSolution() {
    }

    PMedianSolution(PMedianProblem problem, List<Customer> customers, List<Median> medians) {
        this.problem = problem;
        this.customers = customers;
        this.medians = medians;
    }

    /** An unsolved solution: p medians without a vertex. */
    public static PMedianSolution unsolved(PMedianProblem problem) {
        List<Customer> customers = new ArrayList<>(problem.n());
        for (int i = 0; i < problem.n(); i++) {
            customers.add(new Customer(i, problem.weight()[i], problem.distance()[i]));
        }
        List<Median> medians = new ArrayList<>(problem.p());
        for (int k = 0; k < problem.p(); k++) {
            medians.add(new Median(k, null));
        }
        return new PMedianSolution(problem, customers, medians);
    }

    @ValueRangeProvider(id = VERTEX_RANGE)
    public CountableValueRange<Integer> getVertexRange() {
        return ValueRangeFactory.createIntValueRange(0, problem.n());
    }

    public PMedianProblem getProblem() {
        return problem;
    }

    public List<Customer> getCustomers() {
        return customers;
    }

    public List<Median> getMedians() {
        return medians;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
