package ua.cnap.planner.planning.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.domain.ExpansionPlan;
import ua.cnap.planner.planning.domain.SiteDecision;

/**
 * Opens a closed site that newly covers people the plan leaves out, closing at most one open site to
 * pay for it (or to free its settlement): the move {@link CoverageSwapMoveFactory} aims at the people
 * left out. Unlike {@link ReplaceSiteMove} the site to close may be absent (budget left over).
 */
public final class CoverageSwapMove extends AbstractMove<ExpansionPlan> {

    private final SiteDecision close;
    private final SiteDecision open;
    private final AccessPointKind openKind;

    /**
     * @param close    an open site to close, or null
     * @param open     a closed site to open
     * @param openKind the kind it opens as
     */
    public CoverageSwapMove(SiteDecision close, SiteDecision open, AccessPointKind openKind) {
        this.close = close;
        this.open = open;
        this.openKind = openKind;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<ExpansionPlan> scoreDirector) {
        return open != close && open.getKind() == null && (close == null || close.getKind() != null);
    }

    @Override
    protected AbstractMove<ExpansionPlan> createUndoMove(ScoreDirector<ExpansionPlan> scoreDirector) {
        return new Undo(close, close == null ? null : close.getKind(), open);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<ExpansionPlan> scoreDirector) {
        if (close != null) {
            set(scoreDirector, close, null);
        }
        set(scoreDirector, open, openKind);
    }

    private static void set(ScoreDirector<ExpansionPlan> scoreDirector, SiteDecision site, AccessPointKind kind) {
        scoreDirector.beforeVariableChanged(site, ReplaceSiteMove.KIND);
        site.setKind(kind);
        scoreDirector.afterVariableChanged(site, ReplaceSiteMove.KIND);
    }

    @Override
    public CoverageSwapMove rebase(ScoreDirector<ExpansionPlan> destination) {
        return new CoverageSwapMove(close == null ? null : destination.lookUpWorkingObject(close),
                destination.lookUpWorkingObject(open), openKind);
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(2);
        if (close != null) {
            entities.add(close);
        }
        entities.add(open);
        return entities;
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        return List.of(openKind);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageSwapMove other && other.close == close && other.open == open
                && other.openKind == openKind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(close == null ? null : close.getId(), open.getId(), openKind);
    }

    @Override
    public String toString() {
        return (close == null ? "" : close.getId() + " closed, ") + open.getId() + " opened as " + openKind;
    }

    /** Puts both sites back: the closed one reopened as it was, the opened one closed. */
    private static final class Undo extends AbstractMove<ExpansionPlan> {

        private final SiteDecision reopen;
        private final AccessPointKind reopenKind;
        private final SiteDecision reclose;

        Undo(SiteDecision reopen, AccessPointKind reopenKind, SiteDecision reclose) {
            this.reopen = reopen;
            this.reopenKind = reopenKind;
            this.reclose = reclose;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<ExpansionPlan> scoreDirector) {
            return true;
        }

        @Override
        protected AbstractMove<ExpansionPlan> createUndoMove(ScoreDirector<ExpansionPlan> scoreDirector) {
            throw new UnsupportedOperationException("an undo is not undone");
        }

        @Override
        protected void doMoveOnGenuineVariables(ScoreDirector<ExpansionPlan> scoreDirector) {
            set(scoreDirector, reclose, null);
            if (reopen != null) {
                set(scoreDirector, reopen, reopenKind);
            }
        }

        @Override
        public Collection<? extends Object> getPlanningEntities() {
            return reopen == null ? List.of(reclose) : List.of(reopen, reclose);
        }

        @Override
        public Collection<? extends Object> getPlanningValues() {
            return reopenKind == null ? List.of() : List.of(reopenKind);
        }
    }
}
