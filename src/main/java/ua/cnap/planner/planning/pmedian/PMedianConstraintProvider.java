package ua.cnap.planner.planning.pmedian;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.min;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The p-median rules as constraint streams. Readable reference for
 * {@link PMedianIncrementalScoreCalculator}, which the solver uses by default because it is
 * much faster (see {@link PMedianSolver.Scoring}).
 */
public class PMedianConstraintProvider implements ConstraintProvider {

    public static final String DISTINCT_VERTICES = "Medians on distinct vertices";
    public static final String WEIGHTED_DISTANCE = "Weighted distance to the nearest median";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {distinctVertices(factory), weightedDistance(factory)};
    }

    /** Exactly p offices are opened, so two medians may not share a vertex. */
    Constraint distinctVertices(ConstraintFactory factory) {
        return factory.forEachUniquePair(Median.class, Joiners.equal(Median::getVertex))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint(DISTINCT_VERTICES);
    }

    /** Everyone goes to the nearest office: weight × distance to the closest median. */
    Constraint weightedDistance(ConstraintFactory factory) {
        return factory.forEach(Customer.class)
                .join(Median.class)
                .groupBy((customer, median) -> customer,
                        min((Customer customer, Median median) -> customer.distanceToVertex()[median.getVertex()]))
                .penalizeLong(HardSoftLongScore.ONE_SOFT,
                        (customer, distance) -> customer.weight() * distance)
                .asConstraint(WEIGHTED_DISTANCE);
    }
}
