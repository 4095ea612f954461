package ua.cnap.planner.travel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Point;

/**
 * The travel model used when no road network is loaded: great-circle distance times a circuity
 * factor at a fitted speed, plus a fitted access time (see {@link FallbackParameters}); in a regional
 * variant ({@link VariantParameters}) the speed is that of the destination's oblast or macro-region,
 * slower in mountain hromadas. Its name and its error against the real trips it was fitted to (in-sample
 * and out of sample) go beside every result it gives.
 *
 * <p>Immutable, so safe to share between threads. An origin whose time equals the limit is
 * reachable.
 */
public final class CalibratedFallbackModel implements TravelTimeModel {

    private final VariantParameters parameters;
    private final TripPlaces places;
    private final ModelError error;
    private final String name;

    /** Today's two-parameter model: one access time, one speed. */
    public CalibratedFallbackModel(FallbackParameters parameters, ModelError error) {
        this(new VariantParameters(TravelVariant.TODAY, parameters.accessSeconds(), parameters.circuityFactor(),
                parameters.secondsPerGreatCircleMeter(), java.util.Map.of(), 0, 2), TripPlaces.NONE, error);
    }

    /**
     * A fitted variant. The speed of a search is that of the place of its destination (the access
     * point, found by {@link TripPlaces}): in coverage the settlements searched are those near it, and
     * the calibration trips run within one oblast.
     */
    public CalibratedFallbackModel(VariantParameters parameters, TripPlaces places, ModelError error) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.places = Objects.requireNonNull(places, "places");
        this.error = Objects.requireNonNull(error, "error");
        FallbackParameters shared = parameters.shared();
        String form = parameters.variant().equals(TravelVariant.TODAY) ? ""
                : "; " + parameters.variant().name() + " (" + parameters.secondsPerMeterByGroup().size() + " groups)";
        this.name = String.format(Locale.ROOT,
                "fallback: great-circle × %.2f circuity at %.1f km/h + %.1f min access%s (fitted to %,d trips: %s)",
                shared.circuityFactor(), shared.speedKilometersPerHour(), shared.accessMinutes(), form,
                error.pairs(), error.reference());
    }

    public static CalibratedFallbackModel from(CalibrationResult result) {
        return new CalibratedFallbackModel(result.parameters(), result.error());
    }

    /** The adopted variant of an assessment, its speeds looked up by the given places. */
    public static CalibratedFallbackModel from(FallbackAssessment assessment, TripPlaces places) {
        return new CalibratedFallbackModel(assessment.adopted(), places, assessment.error());
    }

    /** The shared parameters (for today's model: all of them). */
    public FallbackParameters parameters() {
        return parameters.shared();
    }

    public VariantParameters variantParameters() {
        return parameters;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<ModelError> error() {
        return Optional.of(error);
    }

    /**
     * Before the haversine, each origin is tested against a cheap lower bound (the great-circle
     * distance is at least the latitude difference times the radius), so that the far ones of a
     * country-wide list cost one subtraction.
     */
    @Override
    public List<Travel> travelTo(Point destination, List<Point> origins, double limitSeconds) {
        if (Double.isNaN(limitSeconds)) {
            throw new IllegalArgumentException("limitSeconds is NaN");
        }
        double secondsPerMeter = parameters.secondsPerMeter(places.find(destination));
        // Beyond this latitude difference (radians) no origin can be within the limit; the small
        // slack keeps the prefilter from deciding a case the exact comparison below would not.
        double maxLatDeltaRadians = (limitSeconds - parameters.accessSeconds()) / secondsPerMeter
                / GreatCircle.MEAN_EARTH_RADIUS_METERS * (1 + 1e-9) + 1e-12;
        double destLat = Math.toRadians(destination.getY());
        double destLon = Math.toRadians(destination.getX());
        double destCosLat = Math.cos(destLat);

        Travel[] result = new Travel[origins.size()];
        for (int i = 0; i < result.length; i++) {
            Point origin = origins.get(i);
            double lat = Math.toRadians(origin.getY());
            if (Math.abs(lat - destLat) > maxLatDeltaRadians) {
                result[i] = Travel.UNREACHABLE;
                continue;
            }
            double meters = GreatCircle.distanceMeters(lat, Math.cos(lat), Math.toRadians(origin.getX()),
                    destLat, destCosLat, destLon);
            double seconds = parameters.accessSeconds() + meters * secondsPerMeter;
            result[i] = seconds <= limitSeconds
                    ? new Travel(seconds, parameters.circuityFactor() * meters)
                    : Travel.UNREACHABLE;
        }
        return Collections.unmodifiableList(Arrays.asList(result));
    }

    @Override
    public String toString() {
        return name;
    }
}
