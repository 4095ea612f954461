package ua.cnap.planner.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.Wgs84;

/** The fallback model and the great circle against arithmetic. */
class CalibratedFallbackModelTest {

    /** One degree of arc on the mean Earth radius: 6,371,008.8 m × π / 180. */
    private static final double ONE_DEGREE_METERS = 111_195.08;

    private static final FallbackParameters PARAMETERS = new FallbackParameters(300, 1.3, 20);
    private static final ModelError ERROR = new ModelError(1377, 10.8, 28.9, "OSRM car times (test)");
    private static final CalibratedFallbackModel MODEL = new CalibratedFallbackModel(PARAMETERS, ERROR);

    private static Point point(double lon, double lat) {
        return Wgs84.FACTORY.createPoint(new Coordinate(lon, lat));
    }

    @Test
    void greatCircleMatchesArcLengthsOnTheMeanRadius() {
        assertThat(GreatCircle.distanceMeters(point(28, 49), point(28, 50))).isCloseTo(ONE_DEGREE_METERS, within(0.01));
        assertThat(GreatCircle.distanceMeters(0, 0, 1, 0)).isCloseTo(ONE_DEGREE_METERS, within(0.01));
        // equator to pole: a quarter of the circumference, π R / 2
        assertThat(GreatCircle.distanceMeters(30, 0, 30, 90)).isCloseTo(Math.PI * 6_371_008.8 / 2, within(1e-3));
        // a degree of longitude at 60° N is a chord of a smaller circle: about half a degree of arc
        assertThat(GreatCircle.distanceMeters(30, 60, 31, 60)).isCloseTo(ONE_DEGREE_METERS / 2, within(30.0));
        assertThat(GreatCircle.distanceMeters(point(24.03, 49.84), point(30.52, 50.45)))
                .isEqualTo(GreatCircle.distanceMeters(point(30.52, 50.45), point(24.03, 49.84)));
        assertThat(GreatCircle.distanceMeters(point(30.52, 50.45), point(30.52, 50.45))).isZero();
    }

    @Test
    void travelIsAccessPlusCircuityTimesGreatCircleOverSpeed() {
        List<Travel> travel = MODEL.travelTo(point(28, 49), List.of(point(28, 50), point(28, 49)), Double.POSITIVE_INFINITY);

        assertThat(travel.get(0).seconds()).isCloseTo(300 + 1.3 * ONE_DEGREE_METERS / 20, within(0.01));
        assertThat(travel.get(0).meters()).isCloseTo(1.3 * ONE_DEGREE_METERS, within(0.02));
        assertThat(travel.get(1)).isEqualTo(new Travel(300, 0));
    }

    @Test
    void anOriginExactlyAtTheLimitIsReachableAndJustBeyondItIsNot() {
        Point destination = point(28, 49);
        Point origin = point(28, 49.2); // along the meridian, where the latitude prefilter is tight
        double exactSeconds = PARAMETERS.secondsFor(GreatCircle.distanceMeters(origin, destination));

        assertThat(MODEL.travelTo(destination, List.of(origin), exactSeconds).get(0).seconds()).isEqualTo(exactSeconds);
        assertThat(MODEL.travelTo(destination, List.of(origin), Math.nextDown(exactSeconds)).get(0))
                .isEqualTo(Travel.UNREACHABLE);
    }

    @Test
    void aLimitBelowTheAccessTimeReachesNobodyAndNaNIsRefused() {
        List<Point> origins = List.of(point(28, 49), point(28.01, 49));

        assertThat(MODEL.travelTo(point(28, 49), origins, 299.9)).containsOnly(Travel.UNREACHABLE);
        assertThat(MODEL.travelTo(point(28, 49), origins, -1)).containsOnly(Travel.UNREACHABLE);
        assertThatThrownBy(() -> MODEL.travelTo(point(28, 49), origins, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeAndDistanceGrowWithGreatCircleDistanceInEveryDirectionAndOrderIsKept() {
        Point destination = point(30.52, 50.45);
        List<Point> origins = new ArrayList<>();
        for (int bearing = 0; bearing < 360; bearing += 45) {
            for (int step = 1; step <= 5; step++) {
                double radians = Math.toRadians(bearing);
                origins.add(point(30.52 + 0.1 * step * Math.sin(radians), 50.45 + 0.07 * step * Math.cos(radians)));
            }
        }
        double limitSeconds = 30 * 60;

        List<Travel> travel = MODEL.travelTo(destination, origins, limitSeconds);

        assertThat(travel).hasSameSizeAs(origins);
        for (int i = 0; i < origins.size(); i++) {
            double greatCircle = GreatCircle.distanceMeters(origins.get(i), destination);
            double expected = PARAMETERS.secondsFor(greatCircle);
            if (expected <= limitSeconds) {
                assertThat(travel.get(i).seconds()).isEqualTo(expected);
            } else {
                assertThat(travel.get(i).reachable()).isFalse();
            }
            if (i % 5 != 0 && travel.get(i).reachable()) {
                assertThat(travel.get(i).seconds()).isGreaterThan(travel.get(i - 1).seconds());
                assertThat(travel.get(i).meters()).isGreaterThan(travel.get(i - 1).meters());
            }
        }
        assertThat(travel).filteredOn(Travel::reachable).isNotEmpty();
        assertThat(travel).filteredOn(t -> !t.reachable()).isNotEmpty();
    }

    @Test
    void nameShowsTheParametersAndWhatTheyWereFittedToAndErrorIsTheFitError() {
        assertThat(MODEL.name()).isEqualTo("fallback: great-circle × 1.30 circuity at 72.0 km/h + 5.0 min access "
                + "(fitted to 1,377 trips: OSRM car times (test))");
        assertThat(MODEL.error()).contains(ERROR);
    }

    @Test
    void parametersRefuseWhatNoRoadCanBe() {
        assertThatThrownBy(() -> new FallbackParameters(-1, 1.3, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FallbackParameters(0, 0.9, 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never shorter");
        assertThatThrownBy(() -> new FallbackParameters(0, 1.3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FallbackParameters(Double.NaN, 1.3, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
