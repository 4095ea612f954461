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
 * left out. Unlike {@link ReplaceSiteMove} the site to close may be absent (budget left over); a double
 * swap closes two and opens two (the step out of a plan that no single swap improves).
 */
public final class CoverageSwapMove extends AbstractMove<ExpansionPlan> {

    private final List<SiteDecision> close;
    private final List<SiteDecision> open;
    private final List<AccessPointKind> openKinds;

    /**
     * @param close    an open site to close, or null
     * @param open     a closed site to open
     * @param openKind the kind it opens as
     */
    public CoverageSwapMove(SiteDecision close, SiteDecision open, AccessPointKind openKind) {
        this(close == null ? List.of() : List.of(close), List.of(open), List.of(openKind));
    }

    /** Closes every site of {@code close} and opens those of {@code open} as {@code openKinds} (a double swap). */
    public CoverageSwapMove(List<SiteDecision> close, List<SiteDecision> open, List<AccessPointKind> openKinds) {
        this.close = List.copyOf(close);
        this.open = List.copyOf(open);
        this.openKinds = List.copyOf(openKinds);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<ExpansionPlan> scoreDirector) {
        for (SiteDecision site : open) {
            if (site.getKind() != null || close.contains(site)) {
                return false;
            }
        }
        return close.stream().allMatch(site -> site.getKind() != null)
                && new java.util.HashSet<>(open).size() == open.size();
    }

    @Override
    protected AbstractMove<ExpansionPlan> createUndoMove(ScoreDirector<ExpansionPlan> scoreDirector) {
        return new Undo(close, close.stream().map(SiteDecision::getKind).toList(), open);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<ExpansionPlan> scoreDirector) {
        close.forEach(site -> set(scoreDirector, site, null));
        for (int i = 0; i < open.size(); i++) {
            set(scoreDirector, open.get(i), openKinds.get(i));
        }
    }

    private static void set(ScoreDirector<ExpansionPlan> scoreDirector, SiteDecision site, AccessPointKind kind) {
        scoreDirector.beforeVariableChanged(site, ReplaceSiteMove.KIND);
        site.setKind(kind);
        scoreDirector.afterVariableChanged(site, ReplaceSiteMove.KIND);
    }

    @Override
    public CoverageSwapMove rebase(ScoreDirector<ExpansionPlan> destination) {
        return new CoverageSwapMove(close.stream().map(destination::lookUpWorkingObject).toList(),
                open.stream().map(destination::lookUpWorkingObject).toList(), openKinds);
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(close);
        entities.addAll(open);
        return entities;
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        return new java.util.HashSet<>(openKinds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageSwapMove other && other.close.equals(close) && other.open.equals(open)
                && other.openKinds.equals(openKinds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(close.stream().map(SiteDecision::getId).toList(),
                open.stream().map(SiteDecision::getId).toList(), openKinds);
    }

    @Override
    public String toString() {
        return close.stream().map(SiteDecision::getId).toList() + " closed, "
                + open.stream().map(SiteDecision::getId).toList() + " opened as " + openKinds;
    }

    /** Puts the sites back: the closed ones reopened as they were, the opened ones closed. */
    private static final class Undo extends AbstractMove<ExpansionPlan> {

        private final List<SiteDecision> reopen;
        private final List<AccessPointKind> reopenKinds;
        private final List<SiteDecision> reclose;

        Undo(List<SiteDecision> reopen, List<AccessPointKind> reopenKinds, List<SiteDecision> reclose) {
            this.reopen = reopen;
            this.reopenKinds = reopenKinds;
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
            reclose.forEach(site -> set(scoreDirector, site, null));
            for (int i = 0; i < reopen.size(); i++) {
                set(scoreDirector, reopen.get(i), reopenKinds.get(i));
            }
        }

        @Override
        public Collection<? extends Object> getPlanningEntities() {
            List<Object> entities = new ArrayList<>(reopen);
            entities.addAll(reclose);
            return entities;
        }

        @Override
        public Collection<? extends Object> getPlanningValues() {
            return new java.util.HashSet<>(reopenKinds);
        }
    }
}
