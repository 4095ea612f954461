package ua.cnap.planner.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.travel.Travel;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * Nearest open fixed access point per settlement, per kind and per service group, and whether the
 * access standard is met.
 *
 * <p>Only {@link AccessPointStatus#OPEN} points of a {@linkplain AccessPointKind#isFixed() fixed kind}
 * count: a mobile office or case visits on a schedule and a closed office serves nobody.
 *
 * <p>One search per access point, not per pair: {@link TravelTimeModel#travelTo} is asked once per
 * point for all settlements (residents travel to the office), and running minima are kept per
 * settlement. Searches stop at {@link #searchLimitSeconds(AccessStandard)}; a settlement that no point
 * reaches within it is {@link Travel#UNREACHABLE} and uncovered. Answers beyond the limit are treated
 * as unreachable even if the model returns them, so the result does not depend on how far a model
 * happens to search. Points are spread over a bounded pool, each worker keeps its own minima, and
 * the minima are merged; ties go to the lower access point id, so the result does not depend on
 * the number of threads.
 */
public final class AccessibilityCalculator {

    /** Default floor of the search limit: 90 minutes. */
    public static final double DEFAULT_MIN_SEARCH_LIMIT_SECONDS = 90 * 60;

    private static final List<AccessPointKind> FIXED_KINDS = java.util.Arrays.stream(AccessPointKind.values())
            .filter(AccessPointKind::isFixed).toList();
    private static final ServiceKind[] SERVICES = ServiceKind.values();
    /** Slot 0: any fixed point; then one per fixed kind; then one per service group. */
    private static final int SLOTS = 1 + FIXED_KINDS.size() + SERVICES.length;

    private final double minSearchLimitSeconds;
    private final int threads;

    /** 90-minute floor of the search limit; as many threads as processors. */
    public AccessibilityCalculator() {
        this(DEFAULT_MIN_SEARCH_LIMIT_SECONDS, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param minSearchLimitSeconds floor of the search limit (the limit is the larger of this and
     *                              twice the standard's time)
     * @param threads               worker threads, at least 1 (1 runs in the caller's thread)
     */
    public AccessibilityCalculator(double minSearchLimitSeconds, int threads) {
        if (!(minSearchLimitSeconds > 0)) {
            throw new IllegalArgumentException("minSearchLimitSeconds must be > 0, got " + minSearchLimitSeconds);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.minSearchLimitSeconds = minSearchLimitSeconds;
        this.threads = threads;
    }

    /** max(2 × the standard's time, the floor): generous, so that distance-only coverage is still seen. */
    public double searchLimitSeconds(AccessStandard standard) {
        return Math.max(2 * standard.maxSeconds(), minSearchLimitSeconds);
    }

    public Accessibility compute(List<Settlement> settlements, List<AccessPoint> accessPoints,
            TravelTimeModel model, AccessStandard standard) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(standard, "standard");
        List<Point> origins = new ArrayList<>(settlements.size());
        for (Settlement settlement : settlements) {
            origins.add(Objects.requireNonNull(settlement.point(), () -> "settlement " + settlement.id() + " has no point"));
        }
        List<AccessPoint> counted = accessPoints.stream()
                .filter(p -> p.status() == AccessPointStatus.OPEN && p.kind().isFixed())
                .sorted(Comparator.comparing(AccessPoint::id))
                .toList();
        double limitSeconds = searchLimitSeconds(standard);

        Minima minima = search(counted, origins, model, standard, limitSeconds);

        List<SettlementAccess> result = new ArrayList<>(settlements.size());
        for (int i = 0; i < settlements.size(); i++) {
            Nearest overall = minima.nearest(0, i, counted);
            Map<AccessPointKind, Nearest> byKind = new EnumMap<>(AccessPointKind.class);
            for (int k = 0; k < FIXED_KINDS.size(); k++) {
                Nearest nearest = minima.nearest(1 + k, i, counted);
                if (nearest != null) {
                    byKind.put(FIXED_KINDS.get(k), nearest);
                }
            }
            Map<ServiceKind, Nearest> byService = new EnumMap<>(ServiceKind.class);
            for (int s = 0; s < SERVICES.length; s++) {
                Nearest nearest = minima.nearest(1 + FIXED_KINDS.size() + s, i, counted);
                if (nearest != null) {
                    byService.put(SERVICES[s], nearest);
                }
            }
            result.add(new SettlementAccess(settlements.get(i),
                    overall == null ? null : overall.accessPointId(),
                    overall == null ? Travel.UNREACHABLE : overall.travel(),
                    byKind, byService, minima.covered[i]));
        }
        return new Accessibility(standard, model.name(), model.error().orElse(null), limitSeconds, result);
    }

    private Minima search(List<AccessPoint> points, List<Point> origins, TravelTimeModel model,
            AccessStandard standard, double limitSeconds) {
        int workers = Math.min(threads, Math.max(1, points.size()));
        if (workers == 1) {
            return searchStride(points, 0, 1, origins, model, standard, limitSeconds);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "accessibility");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Minima>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int first = w;
                Callable<Minima> task = () -> searchStride(points, first, workers, origins, model, standard, limitSeconds);
                futures.add(pool.submit(task));
            }
            Minima merged = null;
            for (Future<Minima> future : futures) {
                Minima part = future.get();
                merged = merged == null ? part : merged.merge(part);
            }
            return merged;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("accessibility computation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("accessibility computation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Points first, first + step, first + 2·step, ... */
    private static Minima searchStride(List<AccessPoint> points, int first, int step, List<Point> origins,
            TravelTimeModel model, AccessStandard standard, double limitSeconds) {
        Minima minima = new Minima(origins.size());
        for (int p = first; p < points.size(); p += step) {
            AccessPoint point = points.get(p);
            List<Travel> travels = model.travelTo(point.location(), origins, limitSeconds);
            if (travels.size() != origins.size()) {
                throw new IllegalStateException("travel-time model " + model.name() + " answered " + travels.size()
                        + " trips for " + origins.size() + " origins (access point " + point.id() + ")");
            }
            int kindSlot = 1 + FIXED_KINDS.indexOf(point.kind());
            for (int i = 0; i < origins.size(); i++) {
                Travel travel = travels.get(i);
                if (travel == null || !travel.reachable() || travel.seconds() > limitSeconds) {
                    continue;
                }
                if (standard.covers(travel)) {
                    minima.covered[i] = true;
                }
                minima.offer(0, i, travel, p);
                minima.offer(kindSlot, i, travel, p);
                for (ServiceKind service : point.services()) {
                    minima.offer(1 + FIXED_KINDS.size() + service.ordinal(), i, travel, p);
                }
            }
        }
        return minima;
    }

    /** Running minima per (slot, settlement): seconds, meters and the index of the point in id order. */
    private static final class Minima {
        private final int settlements;
        private final double[] seconds;
        private final double[] meters;
        private final int[] point;
        private final boolean[] covered;

        Minima(int settlements) {
            this.settlements = settlements;
            this.seconds = new double[SLOTS * settlements];
            this.meters = new double[SLOTS * settlements];
            this.point = new int[SLOTS * settlements];
            this.covered = new boolean[settlements];
            java.util.Arrays.fill(seconds, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(meters, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(point, -1);
        }

        void offer(int slot, int settlement, Travel travel, int pointIndex) {
            offer(slot * settlements + settlement, travel.seconds(), travel.meters(), pointIndex);
        }

        private void offer(int at, double newSeconds, double newMeters, int pointIndex) {
            if (pointIndex < 0) {
                return;
            }
            if (point[at] < 0 || newSeconds < seconds[at] || (newSeconds == seconds[at] && pointIndex < point[at])) {
                seconds[at] = newSeconds;
                meters[at] = newMeters;
                point[at] = pointIndex;
            }
        }

        Minima merge(Minima other) {
            for (int at = 0; at < point.length; at++) {
                offer(at, other.seconds[at], other.meters[at], other.point[at]);
            }
            for (int i = 0; i < settlements; i++) {
                covered[i] |= other.covered[i];
            }
            return this;
        }

        Nearest nearest(int slot, int settlement, List<AccessPoint> points) {
            int at = slot * settlements + settlement;
            return point[at] < 0 ? null
                    : new Nearest(points.get(point[at]).id(), new Travel(seconds[at], meters[at]));
        }
    }
}
