package ua.cnap.planner.coverage;

import static ua.cnap.planner.coverage.CoverageFixtures.accessPoint;
import static ua.cnap.planner.coverage.CoverageFixtures.hromada;
import static ua.cnap.planner.coverage.CoverageFixtures.lonLat;
import static ua.cnap.planner.coverage.CoverageFixtures.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;

/**
 * A random small instance in a 1° × 1° box near 49.5° N: six hromadas in three raions of two oblasts,
 * settlements and access points of every kind and status, and a model in which each office has its
 * own road speed (so the nearest by time is not always the nearest by distance).
 */
record RandomInstance(List<Hromada> hromadas, List<Settlement> settlements, List<AccessPoint> accessPoints,
        StraightLineTestModel model) {

    static final List<Hromada> HROMADAS = List.of(
            hromada("H1", "R1", "O1"), hromada("H2", "R1", "O1"), hromada("H3", "R2", "O1"),
            hromada("H4", "R2", "O1"), hromada("H5", "R3", "O2"), hromada("H6", "R3", "O2"));

    static RandomInstance generate(Random random, int settlementCount, int accessPointCount) {
        List<Settlement> settlements = new ArrayList<>();
        for (int i = 0; i < settlementCount; i++) {
            settlements.add(settlement(String.format("s%03d", i), randomPoint(random),
                    HROMADAS.get(random.nextInt(HROMADAS.size())).code(), random.nextInt(5_000)));
        }
        RandomInstance instance = new RandomInstance(HROMADAS, settlements, new ArrayList<>(), new StraightLineTestModel(12));
        for (int i = 0; i < accessPointCount; i++) {
            instance = instance.withRandomAccessPoint(random);
        }
        return instance;
    }

    /** The same instance with one more random access point (the model learns its speed). */
    RandomInstance withRandomAccessPoint(Random random) {
        AccessPointKind kind = AccessPointKind.values()[random.nextInt(AccessPointKind.values().length)];
        AccessPointStatus status = random.nextInt(7) == 0 ? AccessPointStatus.TEMPORARILY_CLOSED : AccessPointStatus.OPEN;
        List<ServiceKind> services = new ArrayList<>();
        for (ServiceKind service : ServiceKind.values()) {
            if (random.nextBoolean()) {
                services.add(service);
            }
        }
        String hromadaCode = HROMADAS.get(random.nextInt(HROMADAS.size())).code();
        AccessPoint point = accessPoint(String.format("p%03d", accessPoints.size()), kind, status, randomPoint(random),
                hromadaCode, services.toArray(ServiceKind[]::new));
        model.withSpeedTo(point.location(), 5 + random.nextDouble() * 20);
        List<AccessPoint> more = new ArrayList<>(accessPoints);
        more.add(point);
        return new RandomInstance(hromadas, settlements, more, model);
    }

    private static org.locationtech.jts.geom.Point randomPoint(Random random) {
        return lonLat(30 + random.nextDouble(), 49 + random.nextDouble());
    }
}
