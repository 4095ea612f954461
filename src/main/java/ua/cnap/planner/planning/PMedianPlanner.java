package ua.cnap.planner.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.planning.pmedian.PMedianProblem;
import ua.cnap.planner.planning.pmedian.PMedianResult;
import ua.cnap.planner.planning.pmedian.PMedianSolver;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.travel.Travel;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * The p-median question on the planner's data: where do p new offices minimise the
 * population-weighted travel time, today's network staying as it is?
 *
 * <p>Today's offices are kept with no change to the p-median engine: the travel time from settlement
 * i to a would-be office j is capped at i's time to today's nearest office, d'(i, j) = min(d(i, j),
 * baseline(i)). Then min over new offices of d'(i, m) = min(baseline(i), min over m of d(i, m)), the
 * time to the nearest office old or new, so the engine's objective is exactly the planner's.
 * Settlements no office reaches within the search limit count at that limit. Every settlement of the
 * oblast is a possible site.
 */
public final class PMedianPlanner {

    /** A site of the answer. */
    public record Site(String settlementId, String name, double lon, double lat, String hromadaCode,
            long population) {
    }

    /**
     * @param p                           new offices
     * @param meanTravelTimeSecondsBefore population-weighted mean time to the nearest office today
     * @param meanTravelTimeSecondsAfter  the same with the new offices
     * @param sites                       where they go
     * @param travelModel                 the travel model used
     * @param seconds                     solver wall time
     */
    public record Result(int p, double meanTravelTimeSecondsBefore, double meanTravelTimeSecondsAfter,
            List<Site> sites, String travelModel, double seconds) {
    }

    private final PMedianSolver solver = new PMedianSolver();

    public Result plan(CoverageResult today, TravelTimeModel model, int p, Duration timeLimit) {
        return plan(today, model, p, timeLimit, null);
    }

    /**
     * @param objectiveLimit stop as soon as the population-weighted total (person-seconds) reaches
     *                       this (tests), null for none
     */
    public Result plan(CoverageResult today, TravelTimeModel model, int p, Duration timeLimit, Long objectiveLimit) {
        List<SettlementAccess> access = today.accessibility().settlements();
        int n = access.size();
        if (p < 1 || p > n) {
            throw new IllegalArgumentException("p must be between 1 and the " + n + " settlements of the oblast");
        }
        double capSeconds = today.accessibility().searchLimitSeconds();
        List<Point> points = access.stream().map(a -> a.settlement().point()).toList();
        long[] weight = new long[n];
        int[] baseline = new int[n];
        long totalPopulation = 0;
        long before = 0;
        for (int i = 0; i < n; i++) {
            SettlementAccess a = access.get(i);
            weight[i] = a.settlement().population();
            baseline[i] = (int) Math.round(a.reachable() ? Math.min(a.nearest().seconds(), capSeconds) : capSeconds);
            totalPopulation += weight[i];
            before += weight[i] * baseline[i];
        }
        int[][] distance = new int[n][n];
        for (int j = 0; j < n; j++) {
            List<Travel> toJ = model.travelTo(points.get(j), points, capSeconds);
            for (int i = 0; i < n; i++) {
                Travel t = toJ.get(i);
                int seconds = t.reachable() ? (int) Math.round(Math.min(t.seconds(), capSeconds)) : (int) capSeconds;
                distance[i][j] = Math.min(seconds, baseline[i]);
            }
        }
        PMedianResult result = solver.solve(new PMedianProblem(today.oblast().nameUk() + ", p=" + p, n, p, distance,
                weight), timeLimit, objectiveLimit);
        List<Site> sites = new ArrayList<>();
        for (int m : result.medians()) {
            Settlement s = access.get(m).settlement();
            sites.add(new Site(s.id(), s.nameUk(), s.point().getX(), s.point().getY(), s.hromadaCode(),
                    s.population()));
        }
        double people = Math.max(1, totalPopulation);
        return new Result(p, before / people, result.objective() / people, sites, model.name(), result.seconds());
    }
}
