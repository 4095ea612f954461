package ua.cnap.planner.planning.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.domain.ExpansionPlan;
import ua.cnap.planner.planning.domain.SiteDecision;

/**
 * {@link ReplaceSiteMove}s, for plans that limit the number of a kind (equipment): from any open site
 * to any closed one, as any of its kinds. Plans without such limits get none, and search as before.
 */
public final class ReplaceSiteMoveFactory implements MoveIteratorFactory<ExpansionPlan, ReplaceSiteMove> {

    @Override
    public long getSize(ScoreDirector<ExpansionPlan> scoreDirector) {
        ExpansionPlan plan = scoreDirector.getWorkingSolution();
        if (!limitsKinds(plan)) {
            return 0;
        }
        long open = plan.getSites().stream().filter(s -> s.getKind() != null).count();
        long closedOptions = plan.getSites().stream().filter(s -> s.getKind() == null)
                .mapToLong(s -> s.listKinds().size()).sum();
        return open * closedOptions;
    }

    @Override
    public Iterator<ReplaceSiteMove> createOriginalMoveIterator(ScoreDirector<ExpansionPlan> scoreDirector) {
        List<ReplaceSiteMove> moves = new ArrayList<>();
        ExpansionPlan plan = scoreDirector.getWorkingSolution();
        if (limitsKinds(plan)) {
            for (SiteDecision from : plan.getSites()) {
                if (from.getKind() == null) {
                    continue;
                }
                for (SiteDecision to : plan.getSites()) {
                    if (to.getKind() == null) {
                        to.listKinds().forEach(kind -> moves.add(new ReplaceSiteMove(from, to, kind)));
                    }
                }
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<ReplaceSiteMove> createRandomMoveIterator(ScoreDirector<ExpansionPlan> scoreDirector,
            Random random) {
        ExpansionPlan plan = scoreDirector.getWorkingSolution();
        List<SiteDecision> sites = plan.getSites();
        boolean any = limitsKinds(plan) && sites.size() > 1;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return any;
            }

            @Override
            public ReplaceSiteMove next() {
                if (!any) {
                    throw new NoSuchElementException();
                }
                // open sites are few: sample until one is found (a bounded number of tries)
                SiteDecision from = sites.get(random.nextInt(sites.size()));
                for (int tries = 0; from.getKind() == null && tries < 4 * sites.size(); tries++) {
                    from = sites.get(random.nextInt(sites.size()));
                }
                SiteDecision to = sites.get(random.nextInt(sites.size()));
                List<AccessPointKind> kinds = to.listKinds();
                // a pair that is not open → closed is not doable: the search skips it
                return new ReplaceSiteMove(from, to, kinds.get(random.nextInt(kinds.size())));
            }
        };
    }

    private static boolean limitsKinds(ExpansionPlan plan) {
        return plan.getKindLimits() != null && !plan.getKindLimits().isEmpty();
    }
}
