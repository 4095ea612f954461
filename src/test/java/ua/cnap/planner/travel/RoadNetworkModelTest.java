package ua.cnap.planner.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.Wgs84;

/**
 * The road model against arithmetic on a generated 10×10 grid, 0.01° apart, every street driven at
 * exactly 36 km/h = 10 m/s (custom model limit, far below OSM's default speed for primary roads).
 *
 * <p>Tolerance, from GraphHopper's storage: an edge's length is kept in whole millimetres (±0.5 mm)
 * and its time in whole milliseconds (±0.5 ms, plus the length error / 10 m/s = 0.05 ms), so a route
 * of k segments is within k × 0.5 mm and k × 0.55 ms of the arithmetic. Points lie exactly on grid
 * nodes, whose coordinates are stored in 1e-7° units without rounding; we allow 1 mm of snapping
 * noise on top (0.72 ms at walking speed).
 */
class RoadNetworkModelTest {

    private static final double SPEED_METERS_PER_SECOND = 10;
    private static final double SNAP_NOISE_METERS = 0.001;
    private static final OsmGrid GRID = new OsmGrid(10, 0.01);
    private static final RoadModelOptions CAR_ONLY_AT_36 =
            RoadModelOptions.defaults().withCarSpeedLimitKmh(36).withFootLimitSeconds(0);

    @TempDir
    static Path tmp;
    static RoadNetworkModel model;

    @BeforeAll
    static void buildGrid() throws IOException {
        Path osm = GRID.write(tmp, "grid.osm", Set.of());
        model = RoadNetworkModel.load(osm, tmp.resolve("workspace"), CAR_ONLY_AT_36);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static double timeTolerance(int segments) {
        return segments * 0.00055 + SNAP_NOISE_METERS / RoadModelOptions.WALKING_METERS_PER_SECOND + 1e-9;
    }

    private static double distanceTolerance(int segments) {
        return segments * 0.0005 + 2 * SNAP_NOISE_METERS;
    }

    @Test
    void timesAndDistancesFromSeveralOriginsMatchTheManhattanArithmetic() {
        int[][] origins = {{4, 5}, {0, 0}, {9, 9}, {2, 7}, {7, 1}, {4, 4}};
        List<Point> points = Stream.of(origins).map(o -> GRID.point(o[0], o[1])).toList();

        List<Travel> travels = model.travelTo(GRID.point(4, 4), points, 3600);

        assertThat(travels).hasSize(origins.length);
        for (int i = 0; i < origins.length; i++) {
            int[] o = origins[i];
            double meters = GRID.manhattanMeters(o[0], o[1], 4, 4);
            int segments = OsmGrid.manhattanSegments(o[0], o[1], 4, 4);
            assertThat(travels.get(i).meters()).as("meters from %d,%d", o[0], o[1])
                    .isCloseTo(meters, within(distanceTolerance(segments)));
            assertThat(travels.get(i).seconds()).as("seconds from %d,%d", o[0], o[1])
                    .isCloseTo(meters / SPEED_METERS_PER_SECOND, within(timeTolerance(segments)));
        }
    }

    @Test
    void originsBeyondTheTimeLimitAreUnreachable() {
        double seconds = GRID.manhattanMeters(0, 0, 4, 4) / SPEED_METERS_PER_SECOND;
        Point destination = GRID.point(4, 4);
        List<Point> origins = List.of(GRID.point(0, 0), GRID.point(4, 5));

        List<Travel> justAbove = model.travelTo(destination, origins, seconds + 1);
        List<Travel> justBelow = model.travelTo(destination, origins, seconds - 1);

        assertThat(justAbove.get(0).reachable()).isTrue();
        assertThat(justBelow.get(0)).isEqualTo(Travel.UNREACHABLE);
        assertThat(justBelow.get(1).reachable()).as("the near origin stays within the limit").isTrue();
    }

    @Test
    void theWalkFromAnOffRoadPointIsAddedAndAPointFarFromAnyRoadIsUnreachable() {
        // 0.0009° due south of node (0,4): its nearest road position is the node itself
        Point offRoad = Wgs84.point(GRID.lon(4), GRID.lat(0) - 0.0009, "test", "off road");
        double walkMeters = OsmOrigin.haversine(offRoad, GRID.point(0, 4));
        // 0.1° (11 km) south of the grid: beyond the 1 km snapping radius
        Point nowhere = Wgs84.point(GRID.lon(4), GRID.lat(0) - 0.1, "test", "nowhere");

        List<Travel> travels = model.travelTo(GRID.point(4, 4), List.of(offRoad, nowhere), 3600);

        double roadMeters = GRID.manhattanMeters(0, 4, 4, 4);
        assertThat(travels.get(0).seconds()).isCloseTo(
                roadMeters / SPEED_METERS_PER_SECOND + walkMeters / RoadModelOptions.WALKING_METERS_PER_SECOND,
                within(timeTolerance(4)));
        assertThat(travels.get(0).meters()).isCloseTo(roadMeters + walkMeters, within(distanceTolerance(4)));
        assertThat(travels.get(1)).isEqualTo(Travel.UNREACHABLE);
    }

    @Test
    void aOneWayStreetLengthensOnlyTheTripAgainstIt(@TempDir Path dir) throws IOException {
        // the segment (4,4)-(4,5) may only be driven eastwards, away from (4,4)
        Path osm = GRID.write(dir, "oneway.osm", Set.of(new OsmGrid.OneWay(4, 4, 4, 5)));
        try (RoadNetworkModel oneWay = RoadNetworkModel.load(osm, dir.resolve("workspace"), CAR_ONLY_AT_36)) {
            Travel againstTheOneWay = oneWay.travelTo(GRID.point(4, 4), List.of(GRID.point(4, 5)), 3600).get(0);
            Travel withTheOneWay = oneWay.travelTo(GRID.point(4, 5), List.of(GRID.point(4, 4)), 3600).get(0);

            double direct = GRID.segmentMeters(4, 4, 4, 5);
            // detour round the block: up or down one row, across, back; the northern row is shorter
            double detour = 2 * GRID.segmentMeters(4, 0, 5, 0)
                    + Math.min(GRID.segmentMeters(5, 4, 5, 5), GRID.segmentMeters(3, 4, 3, 5));
            assertThat(withTheOneWay.seconds()).isCloseTo(direct / SPEED_METERS_PER_SECOND, within(timeTolerance(1)));
            assertThat(againstTheOneWay.seconds()).isCloseTo(detour / SPEED_METERS_PER_SECOND, within(timeTolerance(3)));
            assertThat(againstTheOneWay.meters()).isCloseTo(detour, within(distanceTolerance(3)));
        }
    }

    @Test
    void walkingWinsShortTripsWhenItIsFasterAndStopsAtTheFootLimit(@TempDir Path dir) throws IOException {
        // cars crawl at 3 km/h here, slower than walking; walking counts up to 20 minutes
        Path osm = GRID.write(dir, "slow.osm", Set.of());
        RoadModelOptions slowCars = RoadModelOptions.defaults().withCarSpeedLimitKmh(3).withFootLimitSeconds(20 * 60);
        try (RoadNetworkModel slow = RoadNetworkModel.load(osm, dir.resolve("workspace"), slowCars)) {
            List<Travel> travels = slow.travelTo(GRID.point(4, 4), List.of(GRID.point(4, 5), GRID.point(4, 7)), 36_000);

            double carMetersPerSecond = 3 / 3.6;
            double near = GRID.segmentMeters(4, 4, 4, 5);
            assertThat(travels.get(0).seconds()).as("walked: faster than the car").isLessThan(near / carMetersPerSecond);
            assertThat(travels.get(0).meters()).isCloseTo(near, within(distanceTolerance(1)));
            assertThat(travels.get(0).meters() / travels.get(0).seconds()).as("a walking pace, m/s")
                    .isBetween(3 / 3.6, 7 / 3.6);
            // three segments (2.2 km) are beyond 20 minutes' walk: only the car counts
            double far = GRID.manhattanMeters(4, 7, 4, 4);
            assertThat(travels.get(1).seconds()).isCloseTo(far / carMetersPerSecond, within(0.002));
        }
    }

    @Test
    void theDrivenPathFollowsTheGridAndIsAsLongAsTheManhattanDistance() {
        LineString path = model.drivenPath(GRID.point(1, 2), GRID.point(6, 8)).orElseThrow();

        assertThat(path.getStartPoint().distance(GRID.point(1, 2))).isLessThan(1e-6);
        assertThat(path.getEndPoint().distance(GRID.point(6, 8))).isLessThan(1e-6);
        double meters = 0;
        for (int i = 1; i < path.getNumPoints(); i++) {
            meters += GreatCircle.distanceMeters(path.getPointN(i - 1), path.getPointN(i));
        }
        assertThat(meters).isCloseTo(GRID.manhattanMeters(1, 2, 6, 8), within(distanceTolerance(11) + 1));
        // a straight line would cut the corner: the path has turns
        assertThat(path.getNumPoints()).isGreaterThan(2);
    }

    @Test
    void nearestOfFindsEachOriginsFastestDestinationInOneSearch() {
        List<Point> offices = List.of(GRID.point(2, 2), GRID.point(7, 7), GRID.point(2, 8));
        int[][] origins = {{0, 0}, {9, 9}, {3, 7}, {5, 4}, {2, 8}};
        List<Point> points = Stream.of(origins).map(o -> GRID.point(o[0], o[1])).toList();

        List<NearestTravel> nearest = model.nearestOf(offices, points, 3600);

        for (int i = 0; i < origins.length; i++) {
            int[] o = origins[i];
            int bestOffice = -1;
            double bestMeters = Double.POSITIVE_INFINITY;
            for (int d = 0; d < offices.size(); d++) {
                int r = (int) Math.round((offices.get(d).getY() - OsmGrid.LAT0) / GRID.stepDegrees);
                int c = (int) Math.round((offices.get(d).getX() - OsmGrid.LON0) / GRID.stepDegrees);
                double meters = GRID.manhattanMeters(o[0], o[1], r, c);
                if (meters < bestMeters) {
                    bestMeters = meters;
                    bestOffice = d;
                }
            }
            assertThat(nearest.get(i).destinationIndex()).as("office for %d,%d", o[0], o[1]).isEqualTo(bestOffice);
            assertThat(nearest.get(i).travel().seconds()).isCloseTo(bestMeters / SPEED_METERS_PER_SECOND,
                    within(timeTolerance(18)));
        }
        // a limit below every office's time leaves the far corner with none
        assertThat(model.nearestOf(offices, List.of(GRID.point(9, 0)), 60).get(0)).isEqualTo(NearestTravel.NONE);
    }

    @Test
    void aSecondLoadReusesTheCachedGraphWithoutRewritingIt() throws IOException {
        Path folder = model.graphFolder();
        Map<String, FileTime> before = modificationTimes(folder);

        try (RoadNetworkModel again = RoadNetworkModel.load(tmp.resolve("grid.osm"), tmp.resolve("workspace"), CAR_ONLY_AT_36)) {
            assertThat(again.builtNow()).isFalse();
            assertThat(again.graphFolder()).isEqualTo(folder);
            assertThat(again.travelTo(GRID.point(4, 4), List.of(GRID.point(0, 0)), 3600))
                    .isEqualTo(model.travelTo(GRID.point(4, 4), List.of(GRID.point(0, 0)), 3600));
        }
        assertThat(model.builtNow()).isTrue();
        assertThat(before).isNotEmpty();
        assertThat(modificationTimes(folder)).isEqualTo(before);
        assertThat(folder.getParent()).isEqualTo(tmp.resolve("workspace").resolve("graphs"));
        assertThat(folder.getFileName().toString()).startsWith("grid.osm-");
    }

    @Test
    void otherOptionsGetTheirOwnCacheFolder() {
        Path osm = tmp.resolve("grid.osm");
        Path workspace = tmp.resolve("workspace");
        assertThat(RoadGraphCache.cacheFolder(osm, workspace, CAR_ONLY_AT_36))
                .isNotEqualTo(RoadGraphCache.cacheFolder(osm, workspace, CAR_ONLY_AT_36.withCarSpeedLimitKmh(50)));
    }

    @Test
    void concurrentCallsGiveTheSameAnswersAsOneAtATime() throws Exception {
        List<Point> origins = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> GRID.point(i / 10, i % 10)).toList();
        List<List<Travel>> sequential = new java.util.ArrayList<>();
        for (int d = 0; d < 10; d++) {
            sequential.add(model.travelTo(GRID.point(d, 9 - d), origins, 3600));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Travel>>> parallel = new java.util.ArrayList<>();
            for (int d = 0; d < 10; d++) {
                Point destination = GRID.point(d, 9 - d);
                parallel.add(pool.submit(() -> model.travelTo(destination, origins, 3600)));
            }
            for (int d = 0; d < 10; d++) {
                assertThat(parallel.get(d).get()).isEqualTo(sequential.get(d));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nameSaysWhatTheModelIs() {
        assertThat(model.name()).isEqualTo("road (GraphHopper car+foot, grid.osm)");
        assertThat(model.error()).isEmpty();
    }

    private static Map<String, FileTime> modificationTimes(Path folder) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                times.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
            }
        }
        return times;
    }

    /** Haversine between two points, independent of GraphHopper's DistanceCalc. */
    static final class OsmOrigin {
        static double haversine(Point a, Point b) {
            double phi1 = Math.toRadians(a.getY());
            double phi2 = Math.toRadians(b.getY());
            double h = Math.pow(Math.sin((phi2 - phi1) / 2), 2)
                    + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(Math.toRadians(b.getX() - a.getX()) / 2), 2);
            return 2 * OsmGrid.EARTH_RADIUS_METERS * Math.asin(Math.sqrt(h));
        }
    }
}
