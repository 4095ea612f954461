package ua.cnap.planner.layers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageKpis;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.territory.Hromada;

/**
 * What a click on a hromada shows: its population and coverage, the offices its residents reach
 * first, and how long their trips take.
 *
 * @param code             KATOTTG code
 * @param name             Ukrainian name
 * @param population2022   official population (1 Jan 2022)
 * @param kpis             coverage figures (null figures where no register is loaded)
 * @param standard         the access standard
 * @param nearestOffices   the access points that are nearest for its settlements, by the population
 *                         for which they are nearest (most first, at most {@value #MAX_OFFICES})
 * @param travelTimes      population by travel time to the nearest open fixed access point
 */
public record HromadaAccess(String code, String name, long population2022, CoverageKpis kpis,
        AccessStandard standard, List<NearestOffice> nearestOffices, List<TravelTimeBucket> travelTimes) {

    static final int MAX_OFFICES = 5;
    /** Bucket edges in minutes; the last bucket is open-ended, unreachable settlements get their own. */
    static final int[] EDGES_MINUTES = {0, 10, 20, 30, 45, 60, 90};

    /**
     * An access point and the residents for whom it is the nearest.
     *
     * @param id                      access point id
     * @param name                    its name
     * @param kind                    its kind
     * @param status                  open or closed
     * @param populationServed        population of settlements for which it is the nearest
     * @param settlements             number of those settlements
     * @param minTravelTimeSeconds    the shortest of their trips
     * @param maxTravelTimeSeconds    the longest of their trips
     */
    public record NearestOffice(String id, String name, String kind, String status, long populationServed,
            int settlements, long minTravelTimeSeconds, long maxTravelTimeSeconds) {
    }

    /**
     * Residents whose trip to the nearest open fixed access point takes from {@code fromMinutes}
     * (inclusive) to {@code toMinutes} (exclusive; null: no upper edge). Both null: unreachable.
     */
    public record TravelTimeBucket(Integer fromMinutes, Integer toMinutes, long population, int settlements) {
    }

    static HromadaAccess of(Hromada hromada, CoverageKpis kpis, AccessStandard standard,
            List<SettlementAccess> settlements, Map<String, AccessPoint> accessPointsById) {
        return new HromadaAccess(hromada.code(), hromada.nameUk(), hromada.population2022(), kpis, standard,
                nearestOffices(settlements, accessPointsById), travelTimes(settlements));
    }

    static List<NearestOffice> nearestOffices(List<SettlementAccess> settlements,
            Map<String, AccessPoint> accessPointsById) {
        Map<String, long[]> byOffice = new HashMap<>(); // population, settlements, min s, max s
        for (SettlementAccess s : settlements) {
            if (!s.reachable() || s.nearestAccessPointId() == null) {
                continue;
            }
            long seconds = Math.round(s.nearest().seconds());
            long[] figures = byOffice.computeIfAbsent(s.nearestAccessPointId(),
                    id -> new long[] {0, 0, Long.MAX_VALUE, 0});
            figures[0] += s.settlement().population();
            figures[1]++;
            figures[2] = Math.min(figures[2], seconds);
            figures[3] = Math.max(figures[3], seconds);
        }
        List<NearestOffice> offices = new ArrayList<>();
        byOffice.forEach((id, f) -> {
            AccessPoint point = accessPointsById.get(id);
            offices.add(new NearestOffice(id, point == null ? id : point.name(),
                    point == null ? null : point.kind().name(), point == null ? null : point.status().name(),
                    f[0], (int) f[1], f[2], f[3]));
        });
        offices.sort(Comparator.comparingLong(NearestOffice::populationServed).reversed()
                .thenComparing(NearestOffice::id));
        return offices.size() > MAX_OFFICES ? List.copyOf(offices.subList(0, MAX_OFFICES)) : List.copyOf(offices);
    }

    static List<TravelTimeBucket> travelTimes(List<SettlementAccess> settlements) {
        int buckets = EDGES_MINUTES.length; // the last edge opens an unbounded bucket
        long[] population = new long[buckets + 1];
        int[] count = new int[buckets + 1];
        for (SettlementAccess s : settlements) {
            int index;
            if (!s.reachable()) {
                index = buckets;
            } else {
                double minutes = s.nearest().seconds() / 60;
                index = buckets - 1;
                for (int i = 1; i < EDGES_MINUTES.length; i++) {
                    if (minutes < EDGES_MINUTES[i]) {
                        index = i - 1;
                        break;
                    }
                }
            }
            population[index] += s.settlement().population();
            count[index]++;
        }
        List<TravelTimeBucket> result = new ArrayList<>();
        for (int i = 0; i < buckets; i++) {
            Integer to = i + 1 < EDGES_MINUTES.length ? EDGES_MINUTES[i + 1] : null;
            result.add(new TravelTimeBucket(EDGES_MINUTES[i], to, population[i], count[i]));
        }
        result.add(new TravelTimeBucket(null, null, population[buckets], count[buckets]));
        return List.copyOf(result);
    }
}
