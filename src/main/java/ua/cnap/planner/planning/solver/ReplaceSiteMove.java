package ua.cnap.planner.planning.solver;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.domain.ExpansionPlan;
import ua.cnap.planner.planning.domain.SiteDecision;

/**
 * Closes one open site and opens a closed one, in one step. With a limit on a kind (the donor's 3
 * passport stations) and a budget nearly spent, a plan can otherwise only change a proposal through a
 * plan over the limit or the budget (hard-penalised) or one covering fewer people, which local search
 * rarely accepts: the move the optimum of such plans needs.
 */
public final class ReplaceSiteMove extends AbstractMove<ExpansionPlan> {

    static final String KIND = "kind";

    private final SiteDecision from;
    private final SiteDecision to;
    private final AccessPointKind toKind;

    /**
     * @param from   a site open now, to close
     * @param to     a site closed now, to open
     * @param toKind the kind it opens as (one of its options)
     */
    public ReplaceSiteMove(SiteDecision from, SiteDecision to, AccessPointKind toKind) {
        this.from = from;
        this.to = to;
        this.toKind = toKind;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<ExpansionPlan> scoreDirector) {
        return from != to && from.getKind() != null && to.getKind() == null && to.listKinds().contains(toKind);
    }

    @Override
    protected AbstractMove<ExpansionPlan> createUndoMove(ScoreDirector<ExpansionPlan> scoreDirector) {
        return new ReplaceSiteMove(to, from, from.getKind());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<ExpansionPlan> scoreDirector) {
        scoreDirector.beforeVariableChanged(from, KIND);
        from.setKind(null);
        scoreDirector.afterVariableChanged(from, KIND);
        scoreDirector.beforeVariableChanged(to, KIND);
        to.setKind(toKind);
        scoreDirector.afterVariableChanged(to, KIND);
    }

    @Override
    public ReplaceSiteMove rebase(ScoreDirector<ExpansionPlan> destination) {
        return new ReplaceSiteMove(destination.lookUpWorkingObject(from), destination.lookUpWorkingObject(to), toKind);
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        return List.of(from, to);
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        return List.of(toKind);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplaceSiteMove other && other.from == from && other.to == to && other.toKind == toKind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from.getId(), to.getId(), toKind);
    }

    @Override
    public String toString() {
        return from.getId() + " -> " + to.getId() + " " + toKind;
    }
}
