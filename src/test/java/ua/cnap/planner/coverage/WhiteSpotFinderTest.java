package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ua.cnap.planner.coverage.CoverageFixtures.METERS_PER_DEGREE;
import static ua.cnap.planner.coverage.CoverageFixtures.access;
import static ua.cnap.planner.coverage.CoverageFixtures.hromada;
import static ua.cnap.planner.coverage.CoverageFixtures.lonLat;
import static ua.cnap.planner.coverage.CoverageFixtures.settlement;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.travel.Travel;

class WhiteSpotFinderTest {

    private static final List<Hromada> HROMADAS = List.of(hromada("HA", "R1", "O1"), hromada("HB", "R2", "O1"),
            hromada("HX", "R3", "O2"));

    /** Degrees of latitude for a distance in km; of longitude at latitude {@code lat}. */
    private static double latDeg(double km) {
        return km * 1000 / METERS_PER_DEGREE;
    }

    private static double lonDeg(double km, double lat) {
        return latDeg(km) / Math.cos(Math.toRadians(lat));
    }

    private static SettlementAccess uncovered(String id, double lon, double lat, String hromada, long population) {
        return access(settlement(id, lonLat(lon, lat), hromada, population), null, Travel.UNREACHABLE, false);
    }

    private static SettlementAccess covered(String id, double lon, double lat, String hromada, long population) {
        return access(settlement(id, lonLat(lon, lat), hromada, population), "p", new Travel(60, 1000), true);
    }

    private static Accessibility of(SettlementAccess... settlements) {
        return new Accessibility(AccessStandard.national(), "test", null, 5400, List.of(settlements));
    }

    @Test
    void twoFarGroupsMakeTwoSpotsWithTheirPopulations() {
        Accessibility accessibility = of(
                uncovered("a1", 30.00, 50.00, "HA", 100),
                uncovered("a2", 30.00 + lonDeg(2, 50), 50.00, "HA", 200),
                uncovered("a3", 30.00, 50.00 + latDeg(3), "HA", 300),
                // covered, right between a1 and a2: never in a spot
                covered("inside", 30.00 + lonDeg(1, 50), 50.00, "HA", 5_000),
                uncovered("b1", 35.00, 48.00, "HB", 50),
                uncovered("b2", 35.00 + lonDeg(4, 48), 48.00, "HB", 70),
                // uncovered but in oblast O2 that has no register: unknown, not a white spot
                uncovered("no-register", 30.00, 50.00 + latDeg(1), "HX", 999));

        List<WhiteSpot> spots = new WhiteSpotFinder().find(accessibility, HROMADAS, Set.of("O1"));

        assertThat(spots).hasSize(2);
        WhiteSpot first = spots.get(0);
        WhiteSpot second = spots.get(1);
        assertThat(first.id()).isEqualTo("white-spot:1");
        assertThat(first.population()).isEqualTo(600);
        assertThat(first.settlementIds()).containsExactly("a1", "a2", "a3");
        assertThat(first.settlementCount()).isEqualTo(3);
        assertThat(first.oblastCode()).isEqualTo("O1");
        assertThat(second.population()).isEqualTo(120);
        assertThat(second.settlementIds()).containsExactly("b1", "b2");
        for (WhiteSpot spot : spots) {
            assertThat(spot.settlementIds()).doesNotContain("inside", "no-register");
            assertThat(spot.area().isValid()).isTrue();
            assertThat(spot.area().getSRID()).isEqualTo(4326);
        }
        assertThat(first.area().contains(lonLat(30.00, 50.00 + latDeg(3)))).isTrue();
        assertThat(first.area().contains(lonLat(35.00, 48.00))).isFalse();
        assertThat(second.area().contains(lonLat(35.00 + lonDeg(4, 48), 48.00))).isTrue();
    }

    @Test
    void linkageIsTransitiveButStopsAtTheLinkDistance() {
        double lat = 49;
        Accessibility accessibility = of(
                uncovered("c0", 30, lat, "HA", 1),
                uncovered("c4", 30 + lonDeg(4, lat), lat, "HA", 1),
                uncovered("c8", 30 + lonDeg(8, lat), lat, "HA", 1),
                // 6 km from c8: beyond the 5 km link
                uncovered("c14", 30 + lonDeg(14, lat), lat, "HA", 1));

        List<WhiteSpot> spots = new WhiteSpotFinder().find(accessibility, HROMADAS, Set.of("O1"));

        assertThat(spots).extracting(WhiteSpot::settlementIds)
                .containsExactly(List.of("c0", "c4", "c8"), List.of("c14"));
        assertThat(spots.get(0).area().getNumGeometries()).as("touching discs make one polygon").isEqualTo(1);
    }

    @Test
    void aLoneSettlementsSpotIsADiscOfTheGivenRadiusOnTheGround() {
        double lat = 50;
        Accessibility accessibility = of(uncovered("alone", 30, lat, "HA", 10));

        WhiteSpot spot = new WhiteSpotFinder(5_000, 2_500).find(accessibility, HROMADAS, Set.of("O1")).get(0);

        Envelope box = spot.area().getEnvelopeInternal();
        assertThat(box.getHeight()).isCloseTo(latDeg(5), within(latDeg(5) * 0.01));
        assertThat(box.getWidth()).isCloseTo(lonDeg(5, lat), within(lonDeg(5, lat) * 0.01));
    }

    @Test
    void everythingCoveredMeansNoSpots() {
        assertThat(new WhiteSpotFinder().find(of(covered("c", 30, 50, "HA", 10)), HROMADAS, Set.of("O1"))).isEmpty();
    }
}
