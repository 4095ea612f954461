package ua.cnap.planner.travel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.population.CentreTravelTime;
import ua.cnap.planner.population.HromadaPlaceNames;
import ua.cnap.planner.population.KseHromadaTableReader;
import ua.cnap.planner.territory.Hromada;

/**
 * Fits {@link FallbackParameters} to real trips: {@code seconds = access + slope · greatCircleMeters}
 * with {@code slope = circuity / speed}, the circuity factor given.
 *
 * <p><b>Relative least squares.</b> The fit minimises {@code Σ ((predicted − observed) / observed)²},
 * not the plain sum of squared seconds. Errors are reported as percentages, and the trips that
 * decide coverage are the short ones near the 30-minute standard: plain least squares would let
 * the few 3-to-5-hour trips dominate and buy a small error there with large relative errors on
 * 20-minute trips. It is ordinary least squares with weights {@code 1 / observed²}; with two
 * parameters the normal equations solve in closed form, so no optimisation library is needed.
 * Dividing by the observed time pulls the fit a little low where the scatter is large (by about
 * 2σ² for a relative scatter σ). On the KSE trips this was the better trade: the median signed
 * error is about −3 % over all trips and about 0 on trips up to 45 minutes, where plain least
 * squares overestimates by about 20 % (figures when this was written; the report prints them).
 *
 * <p><b>Access time not negative.</b> If the unconstrained optimum has a negative access time the
 * fit is redone with access 0 (the objective is a convex quadratic, so the constrained optimum
 * then lies on that boundary): a trip of length zero cannot take negative time.
 *
 * <p>The error of a fit is in-sample. {@link VariantSelection} adds the out-of-sample error (k-fold
 * cross-validation) by distance band, oblast and mountain hromada, and the regional variants.
 */
public final class FallbackCalibration {

    /**
     * Assumed road length over great-circle length. Published circuity factors for national road
     * networks mostly lie between about 1.2 and 1.4 (e.g. Ballou, Rahardja and Sakai 2002, Boscoe,
     * Henry and Zdeb 2012), higher for sparse rural networks; 1.3 is a middle value. It is an
     * assumption, not fitted (times alone cannot tell circuity from speed): it only sets the road
     * distances the fallback reports, and the speed that goes with it.
     */
    public static final double DEFAULT_CIRCUITY_FACTOR = 1.3;

    /** Trips whose great-circle distances all lie within this span cannot separate slope from access. */
    static final double MIN_DISTANCE_SPREAD_METERS = 1.0;

    static final String CODE_COLUMN = "hromada_code";
    static final String OBLAST_CODE_COLUMN = "oblast_code";
    static final String MOUNTAIN_COLUMN = "mountain_hromada";
    static final String REGION_COLUMN = "region_en";

    static final String KSE_REFERENCE = "OSRM car times, hromada centre to oblast centre (KSE full_dataset.csv)";
    static final String REASON_OBLAST_CENTRE = "the oblast centre itself (travel time 0)";
    static final String REASON_NO_TIME = "no travel time (NA)";
    static final String REASON_NOT_POSITIVE = "observed time not a positive number";
    static final String REASON_BAD_DISTANCE = "great-circle distance not a finite number >= 0";

    private FallbackCalibration() {
    }

    /** {@link #fit(List, double, String)} with a generic reference text. */
    public static CalibrationResult fit(List<CalibrationTrip> trips, double circuityFactor) {
        return fit(trips, circuityFactor, trips.size() + " reference trips");
    }

    /**
     * Fits access time and speed for the given circuity factor. Trips with a time that is not
     * positive or a distance that is not a finite number are left out and listed in the result.
     *
     * @param reference what the trips are, carried into the {@link ModelError}
     * @throws IllegalArgumentException when fewer than 2 trips remain, their distances do not differ,
     *                                  or the times do not grow with distance
     */
    public static CalibrationResult fit(List<CalibrationTrip> trips, double circuityFactor, String reference) {
        return fit(trips, List.of(), circuityFactor, reference);
    }

    static CalibrationResult fit(List<CalibrationTrip> trips, List<ExcludedTrip> excludedBefore,
            double circuityFactor, String reference) {
        List<CalibrationTrip> used = new ArrayList<>(trips.size());
        List<ExcludedTrip> excluded = new ArrayList<>(excludedBefore);
        for (CalibrationTrip trip : trips) {
            if (!Double.isFinite(trip.observedSeconds()) || trip.observedSeconds() <= 0) {
                excluded.add(new ExcludedTrip(trip.id(), REASON_NOT_POSITIVE));
            } else if (!Double.isFinite(trip.greatCircleMeters()) || trip.greatCircleMeters() < 0) {
                excluded.add(new ExcludedTrip(trip.id(), REASON_BAD_DISTANCE));
            } else {
                used.add(trip);
            }
        }
        if (used.size() < 2) {
            throw new IllegalArgumentException("cannot fit the fallback: " + used.size()
                    + " usable trip(s), at least 2 with different distances are needed (" + excluded.size()
                    + " excluded)");
        }
        double minMeters = Double.POSITIVE_INFINITY;
        double maxMeters = Double.NEGATIVE_INFINITY;
        for (CalibrationTrip trip : used) {
            minMeters = Math.min(minMeters, trip.greatCircleMeters());
            maxMeters = Math.max(maxMeters, trip.greatCircleMeters());
        }
        if (maxMeters - minMeters < MIN_DISTANCE_SPREAD_METERS) {
            throw new IllegalArgumentException("cannot fit the fallback: all " + used.size()
                    + " trips have the same great-circle distance (" + Math.round(minMeters)
                    + " m), so access time and speed cannot be told apart");
        }

        // Weighted means with w = 1 / observed², then the centred normal equations (centring keeps
        // the sums well conditioned).
        double sumWeights = 0;
        double sumWeightedMeters = 0;
        double sumWeightedSeconds = 0;
        for (CalibrationTrip trip : used) {
            double weight = 1 / (trip.observedSeconds() * trip.observedSeconds());
            sumWeights += weight;
            sumWeightedMeters += weight * trip.greatCircleMeters();
            sumWeightedSeconds += weight * trip.observedSeconds();
        }
        double meanMeters = sumWeightedMeters / sumWeights;
        double meanSeconds = sumWeightedSeconds / sumWeights;
        double covariance = 0;
        double variance = 0;
        for (CalibrationTrip trip : used) {
            double weight = 1 / (trip.observedSeconds() * trip.observedSeconds());
            double dm = trip.greatCircleMeters() - meanMeters;
            covariance += weight * dm * (trip.observedSeconds() - meanSeconds);
            variance += weight * dm * dm;
        }
        double slope = covariance / variance;
        double access = meanSeconds - slope * meanMeters;
        if (access < 0) {
            // Constrained optimum at access = 0: slope = Σ w·d·t / Σ w·d² = Σ (d/t) / Σ (d/t)².
            double sumRatio = 0;
            double sumRatioSquared = 0;
            for (CalibrationTrip trip : used) {
                double ratio = trip.greatCircleMeters() / trip.observedSeconds();
                sumRatio += ratio;
                sumRatioSquared += ratio * ratio;
            }
            access = 0;
            slope = sumRatio / sumRatioSquared;
        }
        if (!(slope > 0) || !Double.isFinite(slope)) {
            throw new IllegalArgumentException("cannot fit the fallback: travel times do not grow with distance "
                    + "(fitted seconds per metre " + slope + ")");
        }
        FallbackParameters parameters = new FallbackParameters(access, circuityFactor, circuityFactor / slope);
        return new CalibrationResult(parameters, errorOf(parameters, used, reference), rmseMinutes(parameters, used),
                used, excluded);
    }

    /**
     * The absolute percentage error of given parameters on given trips: median and 90th percentile
     * (nearest rank: the smallest value that at least 90 % of the trips do not exceed).
     */
    public static ModelError errorOf(FallbackParameters parameters, List<CalibrationTrip> trips, String reference) {
        if (trips.isEmpty()) {
            throw new IllegalArgumentException("no trips to measure the error on");
        }
        double[] percent = new double[trips.size()];
        for (int i = 0; i < percent.length; i++) {
            CalibrationTrip trip = trips.get(i);
            double predicted = parameters.secondsFor(trip.greatCircleMeters());
            percent[i] = 100 * Math.abs(predicted - trip.observedSeconds()) / trip.observedSeconds();
        }
        Arrays.sort(percent);
        int n = percent.length;
        double median = n % 2 == 1 ? percent[n / 2] : (percent[n / 2 - 1] + percent[n / 2]) / 2;
        double p90 = percent[(int) Math.ceil(0.9 * n) - 1];
        return new ModelError(n, median, p90, reference);
    }

    /** Root mean square error of the parameters on the trips, in minutes. */
    public static double rmseMinutes(FallbackParameters parameters, List<CalibrationTrip> trips) {
        double sum = 0;
        for (CalibrationTrip trip : trips) {
            double residual = parameters.secondsFor(trip.greatCircleMeters()) - trip.observedSeconds();
            sum += residual * residual;
        }
        return Math.sqrt(sum / trips.size()) / 60;
    }

    /**
     * Fits the fallback to the KSE table's OSRM car times (see {@link #tripsFromKse}). Every trip
     * left out is both in the result and rejected in {@code log}.
     */
    public static CalibrationResult fitKse(Path fullDatasetCsv, double circuityFactor, ImportLog log) {
        ImportLog own = new ImportLog();
        List<CalibrationTrip> trips = tripsFromKse(fullDatasetCsv, own);
        List<ExcludedTrip> excluded = new ArrayList<>();
        for (ImportIssue issue : own.rejected()) {
            log.reject(issue.source(), issue.item(), issue.reason());
            excluded.add(new ExcludedTrip(issue.item(), issue.reason()));
        }
        own.warnings().forEach(w -> log.warn(w.source(), w.item(), w.reason()));
        own.repaired().forEach(r -> log.repaired(r.source(), r.item(), r.reason()));
        return fit(trips, excluded, circuityFactor, KSE_REFERENCE);
    }

    /**
     * Trips from the KSE hromada table: from each hromada's centre ({@code lat_center},
     * {@code lon_center}) to the centre of the hromada flagged {@code oblast_center = 1} in the same
     * oblast, observed time = {@code travel_time} minutes (OSRM car). Left out, each rejected in
     * {@code log}: the oblast-centre hromadas themselves, rows without a time, and oblasts with no
     * flagged centre. The last is Kyiv oblast: its centre is Kyiv city, which is not a hromada of
     * the table, and no other shared file says which point of Kyiv the times were routed to (the
     * KATOTTG codifier has no coordinates); guessing one, in a city 40 km across, would bias the fit.
     *
     * @throws BadInputException when the table is broken, or an oblast has two flagged centres
     */
    public static List<CalibrationTrip> tripsFromKse(Path fullDatasetCsv, ImportLog log) {
        KseHromadaTableReader reader = new KseHromadaTableReader();
        String source = fullDatasetCsv.toString();
        List<Hromada> hromadas = reader.read(fullDatasetCsv, log);
        Map<String, Hromada> byCode = new HashMap<>();
        hromadas.forEach(h -> byCode.put(h.code(), h));
        Map<String, HromadaPlaceNames> names = reader.readPlaceNames(fullDatasetCsv);
        List<CentreTravelTime> times = reader.readTravelTimes(fullDatasetCsv);

        Map<String, Hromada> centreByOblast = new LinkedHashMap<>();
        for (CentreTravelTime time : times) {
            if (time.isOblastCentre()) {
                Hromada centre = byCode.get(time.hromadaCode());
                Hromada other = centreByOblast.put(time.oblastCode(), centre);
                if (other != null) {
                    throw new BadInputException(source, "hromada " + time.hromadaCode(), "oblast "
                            + time.oblastCode() + " has two hromadas flagged oblast_center = 1: "
                            + other.code() + " and " + time.hromadaCode());
                }
            }
        }

        Map<String, TripPlace> places = placesOf(fullDatasetCsv, names);
        List<CalibrationTrip> trips = new ArrayList<>(times.size());
        for (CentreTravelTime time : times) {
            Hromada origin = byCode.get(time.hromadaCode());
            String item = "hromada " + origin.code() + " (" + origin.nameUk() + ")";
            Hromada centre = centreByOblast.get(time.oblastCode());
            if (time.isOblastCentre()) {
                log.reject(source, item, REASON_OBLAST_CENTRE);
            } else if (time.travelTimeMinutes() == null) {
                log.reject(source, item, REASON_NO_TIME);
            } else if (centre == null) {
                HromadaPlaceNames place = names.get(origin.code());
                String oblast = place == null ? time.oblastCode() : place.oblastNameUk();
                log.reject(source, item, "no hromada of oblast " + oblast + " is flagged oblast_center = 1, "
                        + "so the destination of its times is unknown (for Kyiv oblast: Kyiv city is not in the table)");
            } else {
                trips.add(new CalibrationTrip(item,
                        GreatCircle.distanceMeters(origin.centre(), centre.centre()),
                        time.travelTimeMinutes() * 60, places.getOrDefault(origin.code(), TripPlace.UNKNOWN)));
            }
        }
        return trips;
    }

    /**
     * The place of every hromada centre of the KSE table, for the regional variants of the model
     * (see {@link TripPlaces}).
     */
    public static TripPlaces placesFromKse(Path fullDatasetCsv) {
        KseHromadaTableReader reader = new KseHromadaTableReader();
        List<Hromada> hromadas = reader.read(fullDatasetCsv, new ImportLog());
        Map<String, TripPlace> places = placesOf(fullDatasetCsv, reader.readPlaceNames(fullDatasetCsv));
        List<TripPlaces.Centre> centres = new ArrayList<>(hromadas.size());
        for (Hromada hromada : hromadas) {
            if (hromada.centre() != null) {
                centres.add(new TripPlaces.Centre(hromada.centre(), places.getOrDefault(hromada.code(), TripPlace.UNKNOWN)));
            }
        }
        return new TripPlaces(centres);
    }

    /**
     * Oblast, macro-region ({@value #REGION_COLUMN}) and mountain flag ({@value #MOUNTAIN_COLUMN}: 1 for
     * a mountain hromada; 0, empty or NA for the others; a table without the columns flags none and
     * names no region) per hromada code.
     *
     * @throws BadInputException when the mountain flag is something else
     */
    static Map<String, TripPlace> placesOf(Path fullDatasetCsv, Map<String, HromadaPlaceNames> names) {
        CsvFiles.Table table = CsvFiles.read(fullDatasetCsv, CODE_COLUMN, OBLAST_CODE_COLUMN);
        Map<String, TripPlace> places = new HashMap<>();
        for (CsvFiles.Row row : table.rows()) {
            String code = ua.cnap.planner.territory.Katottg.find(row.get(CODE_COLUMN)).orElse(row.get(CODE_COLUMN));
            String flag = row.find(MOUNTAIN_COLUMN);
            if (flag != null && !flag.equals("0") && !flag.equals("1")) {
                throw new BadInputException(row.source(), "row " + row.line(), "column '" + MOUNTAIN_COLUMN
                        + "' is neither 1, 0 nor NA: '" + flag + "'");
            }
            HromadaPlaceNames name = names.get(code);
            places.put(code, new TripPlace(row.get(OBLAST_CODE_COLUMN), name == null ? null : name.oblastNameUk(),
                    row.find(REGION_COLUMN), "1".equals(flag)));
        }
        return places;
    }
}
