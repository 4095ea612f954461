package ua.cnap.planner.travel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model's percentage errors on the calibration trips, over all trips and by great-circle distance
 * band, by oblast and by mountain hromada or not.
 *
 * @param all             every trip
 * @param byDistanceBand  one per band of {@link #BAND_LIMITS_KILOMETRES} (empty bands listed with null figures)
 * @param byOblast        one per oblast that has trips, by name
 * @param byMountain      mountain hromadas, then the others
 */
public record ErrorBreakdown(ErrorFigures all, List<DistanceBand> byDistanceBand, List<ErrorFigures> byOblast,
        List<ErrorFigures> byMountain) {

    /**
     * Upper limits of the distance bands (great-circle km): below 20 km is the range where coverage is
     * decided (village to office; 14 km road ≈ 11 km great circle, 30 min ≈ 25 km).
     */
    public static final double[] BAND_LIMITS_KILOMETRES = {20, 40, 80};

    public static final String MOUNTAIN = "mountain hromadas";
    public static final String NOT_MOUNTAIN = "other hromadas";

    /**
     * One distance band's figures.
     *
     * @param band            e.g. {@code <20 km}, {@code 20–40 km}, {@code >80 km}
     * @param fromKilometres  lower limit (inclusive), great-circle km
     * @param toKilometres    upper limit (exclusive), null for the last band
     */
    public record DistanceBand(String band, double fromKilometres, Double toKilometres, int trips,
            Double medianAbsolutePercentError, Double p90AbsolutePercentError, Double medianSignedPercentError) {
    }

    /**
     * @param predictedSeconds one prediction per trip, in the trips' order
     */
    public static ErrorBreakdown of(List<CalibrationTrip> trips, double[] predictedSeconds) {
        if (predictedSeconds.length != trips.size()) {
            throw new IllegalArgumentException(predictedSeconds.length + " predictions for " + trips.size() + " trips");
        }
        double[] signed = new double[trips.size()];
        for (int i = 0; i < signed.length; i++) {
            CalibrationTrip trip = trips.get(i);
            signed[i] = 100 * (predictedSeconds[i] - trip.observedSeconds()) / trip.observedSeconds();
        }
        List<DistanceBand> bands = new ArrayList<>();
        double from = 0;
        for (int b = 0; b <= BAND_LIMITS_KILOMETRES.length; b++) {
            Double to = b < BAND_LIMITS_KILOMETRES.length ? BAND_LIMITS_KILOMETRES[b] : null;
            List<Double> in = new ArrayList<>();
            for (int i = 0; i < signed.length; i++) {
                double km = trips.get(i).greatCircleMeters() / 1000;
                if (km >= from && (to == null || km < to)) {
                    in.add(signed[i]);
                }
            }
            String name = from == 0 ? "<" + format(to) + " km"
                    : to == null ? ">" + format(from) + " km" : format(from) + "–" + format(to) + " km";
            ErrorFigures f = ErrorFigures.of(name, toArray(in));
            bands.add(new DistanceBand(name, from, to, f.trips(), f.medianAbsolutePercentError(),
                    f.p90AbsolutePercentError(), f.medianSignedPercentError()));
            from = to == null ? from : to;
        }
        Map<String, List<Double>> byOblast = new TreeMap<>();
        List<Double> mountain = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (int i = 0; i < signed.length; i++) {
            TripPlace place = trips.get(i).place();
            String oblast = place.oblastName() != null ? place.oblastName()
                    : place.oblastCode() != null ? place.oblastCode() : "unknown oblast";
            byOblast.computeIfAbsent(oblast, o -> new ArrayList<>()).add(signed[i]);
            (place.mountain() ? mountain : other).add(signed[i]);
        }
        List<ErrorFigures> oblasts = new ArrayList<>();
        byOblast.forEach((oblast, values) -> oblasts.add(ErrorFigures.of(oblast, toArray(values))));
        return new ErrorBreakdown(ErrorFigures.of("all trips", signed), bands, oblasts,
                List.of(ErrorFigures.of(MOUNTAIN, toArray(mountain)), ErrorFigures.of(NOT_MOUNTAIN, toArray(other))));
    }

    /** The band that holds trips shorter than {@link #BAND_LIMITS_KILOMETRES}[0]. */
    public DistanceBand shortest() {
        return byDistanceBand.get(0);
    }

    private static String format(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
