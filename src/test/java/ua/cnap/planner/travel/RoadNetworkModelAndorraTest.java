package ua.cnap.planner.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.Wgs84;

/** The road model on the real Andorra extract (shared data), checked for plausibility, not exact values. */
class RoadNetworkModelAndorraTest {

    @TempDir
    static Path workspace;
    static RoadNetworkModel model;

    // Andorra la Vella: Plaça del Poble, Avinguda Meritxell, the bus station; Encamp: the town centre
    static final List<Point> ANDORRA_LA_VELLA = List.of(
            Wgs84.point(1.5218, 42.5063, "test", "Plaça del Poble"),
            Wgs84.point(1.5270, 42.5080, "test", "Av. Meritxell"),
            Wgs84.point(1.5165, 42.5050, "test", "bus station"));
    static final Point ENCAMP = Wgs84.point(1.5801, 42.5347, "test", "Encamp");

    @BeforeAll
    static void load() {
        String shared = System.getenv("PLANNER_SHARED_DATA");
        Path osm = shared == null ? null : Path.of(shared, "osm", "andorra.osm.pbf");
        Assumptions.assumeTrue(osm != null && Files.isRegularFile(osm), "real data missing at " + osm);
        long start = System.nanoTime();
        model = RoadNetworkModel.load(osm, workspace);
        System.out.printf("Andorra graph built in %.1f s: %d nodes, %d edges%n",
                (System.nanoTime() - start) / 1e9, model.nodeCount(), model.edgeCount());
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void andorraLaVellaToEncampTakesAPlausibleTimeEitherWay() {
        List<Travel> toEncamp = model.travelTo(ENCAMP, ANDORRA_LA_VELLA, 3600);
        for (int i = 0; i < ANDORRA_LA_VELLA.size(); i++) {
            Point origin = ANDORRA_LA_VELLA.get(i);
            double straightMeters = RoadNetworkModelTest.OsmOrigin.haversine(origin, ENCAMP);
            Travel there = toEncamp.get(i);
            Travel back = model.travelTo(origin, List.of(ENCAMP), 3600).get(0);
            System.out.printf("Andorra: %s -> Encamp %.0f s %.0f m, back %.0f s %.0f m, straight %.0f m%n",
                    origin, there.seconds(), there.meters(), back.seconds(), back.meters(), straightMeters);

            // no faster than the straight line at 130 km/h, no slower than it at 15 km/h
            assertThat(there.seconds()).isBetween(straightMeters / (130 / 3.6), straightMeters / (15 / 3.6));
            assertThat(there.meters()).isBetween(straightMeters, 3 * straightMeters);
            // one-way streets make the two directions differ, but not by much on a valley road
            assertThat(back.seconds() / there.seconds()).isBetween(1 / 1.5, 1.5);
        }
    }

    @Test
    void nearestOfAgreesWithOneTreePerDestination() {
        List<Point> offices = List.of(ENCAMP, ANDORRA_LA_VELLA.get(0),
                Wgs84.point(1.5342, 42.5446, "test", "Ordino"), Wgs84.point(1.7336, 42.5434, "test", "Pas de la Casa"));
        List<Point> residents = new java.util.ArrayList<>(ANDORRA_LA_VELLA.subList(1, 3));
        residents.add(Wgs84.point(1.5980, 42.5420, "test", "Canillo"));
        residents.add(Wgs84.point(1.4913, 42.4637, "test", "Sant Julià de Lòria"));

        List<NearestTravel> nearest = model.nearestOf(offices, residents, 3600);

        for (int i = 0; i < residents.size(); i++) {
            double bestSeconds = Double.POSITIVE_INFINITY;
            for (Point office : offices) {
                bestSeconds = Math.min(bestSeconds, model.travelTo(office, List.of(residents.get(i)), 3600).get(0).seconds());
            }
            System.out.printf("Andorra nearest office of %s: %s%n", residents.get(i), nearest.get(i));
            assertThat(nearest.get(i).travel().seconds()).isCloseTo(bestSeconds, within(1e-6));
        }
    }

    @Test
    void benchmarkLoadsTheCachedGraphAndReachesMostRandomNodes() {
        RoadModelBenchmark.Result result = RoadModelBenchmark.run(
                Path.of(System.getenv("PLANNER_SHARED_DATA"), "osm", "andorra.osm.pbf"), workspace, 200, 5);
        System.out.println("Andorra benchmark: " + result + "; first build " + model.builtNow());

        assertThat(result.graphBuilt()).as("the @BeforeAll load built it already").isFalse();
        assertThat(result.nodes()).isGreaterThan(1000);
        assertThat(result.trees()).isEqualTo(5);
        // Andorra is 30 km across: within an hour by car, a random road node reaches nearly all others
        assertThat(result.reachedOrigins()).isGreaterThan(5 * 200 * 8 / 10);
    }
}
