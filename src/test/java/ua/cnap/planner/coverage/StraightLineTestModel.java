package ua.cnap.planner.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.travel.ModelError;
import ua.cnap.planner.travel.Travel;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * Test-only model: great-circle distance at a fixed speed, so answers are arithmetic. A destination
 * may be given its own speed (a slow road to one office), which lets time and distance disagree.
 * It ignores the search limit on purpose (the interface allows answering beyond it), so tests see
 * that the calculator applies the limit itself. Counts its calls.
 */
final class StraightLineTestModel implements TravelTimeModel {

    private final double metersPerSecond;
    private final Map<Coordinate, Double> speedByDestination = new ConcurrentHashMap<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile double lastLimitSeconds = Double.NaN;

    StraightLineTestModel(double metersPerSecond) {
        this.metersPerSecond = metersPerSecond;
    }

    StraightLineTestModel withSpeedTo(Point destination, double destinationMetersPerSecond) {
        speedByDestination.put(destination.getCoordinate(), destinationMetersPerSecond);
        return this;
    }

    @Override
    public String name() {
        return "straight line at " + metersPerSecond + " m/s (test)";
    }

    @Override
    public Optional<ModelError> error() {
        return Optional.empty();
    }

    Travel travel(Point from, Point to) {
        double meters = ua.cnap.planner.travel.GreatCircle.distanceMeters(from, to);
        double speed = speedByDestination.getOrDefault(to.getCoordinate(), metersPerSecond);
        return new Travel(meters / speed, meters);
    }

    @Override
    public List<Travel> travelTo(Point destination, List<Point> origins, double limitSeconds) {
        calls.incrementAndGet();
        lastLimitSeconds = limitSeconds;
        List<Travel> result = new ArrayList<>(origins.size());
        for (Point origin : origins) {
            result.add(travel(origin, destination));
        }
        return result;
    }
}
