package ua.cnap.planner.travel;

import java.util.Map;
import java.util.TreeMap;

/**
 * A fitted {@link TravelVariant}: {@code seconds = access + (slope of the trip's group, or the shared
 * slope) · d + (mountain ? mountainExtra · d : 0)} for a great-circle distance {@code d}; road metres
 * are {@code circuity · d} for every variant (the circuity is assumed, so a group's slope shows as
 * its speed).
 *
 * @param variant                          the variant fitted
 * @param accessSeconds                    fixed time per trip, >= 0
 * @param circuityFactor                   assumed road length over great-circle length
 * @param sharedSecondsPerMeter            the slope of trips without a group of their own (all trips
 *                                         for {@link TravelVariant.Grouping#COUNTRY}; else those whose
 *                                         group had too few trips to fit, or is unknown)
 * @param secondsPerMeterByGroup           the slope per group (oblast code or macro-region)
 * @param mountainExtraSecondsPerMeter     added to the slope of trips in mountain hromadas (0 without
 *                                         a mountain factor)
 * @param fittedColumns                    number of fitted parameters, for reports
 */
public record VariantParameters(TravelVariant variant, double accessSeconds, double circuityFactor,
        double sharedSecondsPerMeter, Map<String, Double> secondsPerMeterByGroup, double mountainExtraSecondsPerMeter,
        int fittedColumns) {

    public VariantParameters {
        secondsPerMeterByGroup = java.util.Collections.unmodifiableMap(new TreeMap<>(secondsPerMeterByGroup));
    }

    /** Seconds per great-circle metre of a trip in this place. */
    public double secondsPerMeter(TripPlace place) {
        String group = variant.groupOf(place);
        double slope = group == null ? sharedSecondsPerMeter
                : secondsPerMeterByGroup.getOrDefault(group, sharedSecondsPerMeter);
        return variant.mountainFactor() && place.mountain() ? slope + mountainExtraSecondsPerMeter : slope;
    }

    public double secondsFor(double greatCircleMeters, TripPlace place) {
        return accessSeconds + greatCircleMeters * secondsPerMeter(place);
    }

    public double secondsFor(CalibrationTrip trip) {
        return secondsFor(trip.greatCircleMeters(), trip.place());
    }

    /** The shared part as the classic two-parameter form (what trips of no known place get). */
    public FallbackParameters shared() {
        return new FallbackParameters(accessSeconds, circuityFactor, circuityFactor / sharedSecondsPerMeter);
    }

    /** Speed along the road in km/h per group, for reports. */
    public Map<String, Double> speedKilometersPerHourByGroup() {
        Map<String, Double> speeds = new TreeMap<>();
        secondsPerMeterByGroup.forEach((group, slope) -> speeds.put(group, circuityFactor / slope * 3.6));
        return speeds;
    }
}
