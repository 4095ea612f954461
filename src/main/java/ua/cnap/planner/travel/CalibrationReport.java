package ua.cnap.planner.travel;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable summary of a calibration that the {@code calibrate} command prints. */
public final class CalibrationReport {

    /** How many of the worst-fitting trips the report lists. */
    static final int WORST_TRIPS_SHOWN = 5;

    /** The travel-time standard (DOMAIN.md: 30 minutes by transport) at which agreement is counted. */
    static final int STANDARD_MINUTES = 30;

    private CalibrationReport() {
    }

    public static String text(CalibrationResult result) {
        FallbackParameters p = result.parameters();
        ModelError e = result.error();
        StringBuilder out = new StringBuilder();
        line(out, "Fallback travel model, fitted by relative least squares (minimises Σ((model − observed)/observed)²)");
        line(out, "  reference:  %s", e.reference());
        line(out, "  trips used: %,d; excluded: %,d", result.trips().size(), result.excluded().size());
        Map<String, Integer> byReason = new LinkedHashMap<>();
        for (ExcludedTrip excluded : result.excluded()) {
            byReason.merge(excluded.reason(), 1, Integer::sum);
        }
        byReason.forEach((reason, count) -> line(out, "    %,5d  %s", count, reason));
        line(out, "  model:      minutes = %.2f + %.2f × great-circle km × 60 / %.1f",
                p.accessMinutes(), p.circuityFactor(), p.speedKilometersPerHour());
        line(out, "              = %.2f min + %.3f min per great-circle km",
                p.accessMinutes(), p.secondsPerGreatCircleMeter() * 1000 / 60);
        line(out, "  parameters: access %.2f min, speed %.1f km/h, circuity %.2f (assumed, not fitted: times alone "
                + "cannot tell circuity from speed)", p.accessMinutes(), p.speedKilometersPerHour(), p.circuityFactor());
        line(out, "  error:      median %.1f %%, 90th percentile %.1f %% absolute percentage error over %,d trips; "
                + "RMSE %.1f min", e.medianAbsolutePercentError(), e.p90AbsolutePercentError(), e.pairs(),
                result.rmseMinutes());
        double[] signed = result.trips().stream().mapToDouble(t -> signedPercentError(p, t)).sorted().toArray();
        line(out, "              median signed error %+.1f %% (negative: the model is faster than the reference)",
                median(signed));
        double standardSeconds = STANDARD_MINUTES * 60;
        int both = 0;
        int modelOnly = 0;
        int referenceOnly = 0;
        for (CalibrationTrip trip : result.trips()) {
            boolean model = p.secondsFor(trip.greatCircleMeters()) <= standardSeconds;
            boolean reference = trip.observedSeconds() <= standardSeconds;
            both += model && reference ? 1 : 0;
            modelOnly += model && !reference ? 1 : 0;
            referenceOnly += !model && reference ? 1 : 0;
        }
        line(out, "  within %d min: %,d trips by both, %,d by the model only, %,d by the reference only",
                STANDARD_MINUTES, both, modelOnly, referenceOnly);
        List<CalibrationTrip> worst = result.trips().stream()
                .sorted(Comparator.comparingDouble((CalibrationTrip t) -> percentError(p, t)).reversed())
                .limit(WORST_TRIPS_SHOWN)
                .toList();
        line(out, "  worst fits (great-circle km, observed min, model min):");
        for (CalibrationTrip trip : worst) {
            line(out, "    %6.1f km  %6.1f  %6.1f  %+6.0f %%  %s", trip.greatCircleMeters() / 1000,
                    trip.observedSeconds() / 60, p.secondsFor(trip.greatCircleMeters()) / 60,
                    signedPercentError(p, trip), trip.id());
        }
        return out.toString();
    }

    /** Today's fit (as {@link #text(CalibrationResult)}), then the out-of-sample errors and the variants. */
    public static String text(FallbackAssessment a) {
        StringBuilder out = new StringBuilder(text(a.today()));
        FallbackAssessment.TripSet trips = a.trips();
        line(out, "");
        line(out, "Errors where coverage is decided: out of sample (%s)", a.crossValidation().method());
        line(out, "  trips:      %s", trips.description());
        line(out, "              %,d trips, great-circle %.1f to %.1f km (median %.1f km), %,d shorter than 20 km",
                trips.count(), trips.minKilometres(), trips.maxKilometres(), trips.medianKilometres(),
                trips.shorterThan20Kilometres());
        line(out, "  model used: %s (%s)", a.adopted().variant().name(), a.adoptionReason());
        ErrorFigures in = a.inSample().all();
        if (a.outOfSample() == null) {
            line(out, "  no out-of-sample error: %s", a.adoptionReason());
            return out.toString();
        }
        ErrorFigures oos = a.outOfSample().all();
        line(out, "  all trips:  in-sample median %.1f %%, p90 %.1f %%; out of sample median %.1f %%, p90 %.1f %%, "
                + "median signed %+.1f %%", in.medianAbsolutePercentError(), in.p90AbsolutePercentError(),
                oos.medianAbsolutePercentError(), oos.p90AbsolutePercentError(), oos.medianSignedPercentError());
        line(out, "  by great-circle distance (out of sample: trips, median |error|, p90 |error|, median signed; "
                + "negative = model faster):");
        for (ErrorBreakdown.DistanceBand band : a.outOfSample().byDistanceBand()) {
            line(out, "    %-10s %5d  %s  %s  %s", band.band(), band.trips(), percent(band.medianAbsolutePercentError()),
                    percent(band.p90AbsolutePercentError()), signed(band.medianSignedPercentError()));
        }
        line(out, "  by mountain hromada (out of sample):");
        for (ErrorFigures f : a.outOfSample().byMountain()) {
            figures(out, f);
        }
        line(out, "  by oblast (out of sample):");
        for (ErrorFigures f : a.outOfSample().byOblast()) {
            figures(out, f);
        }
        line(out, "  variants (same folds; out of sample median / p90 |error|, <20 km median signed, mountain median "
                + "signed):");
        for (VariantAssessment v : a.variants()) {
            line(out, "    %s %-42s %2d params  in %s / %s   out %s / %s   <20 km %s   mountain %s",
                    v.adopted() ? "*" : " ", v.name(), v.fittedParameters(), percent(v.inSample().medianAbsolutePercentError()),
                    percent(v.inSample().p90AbsolutePercentError()), percent(v.outOfSample().medianAbsolutePercentError()),
                    percent(v.outOfSample().p90AbsolutePercentError()),
                    signed(v.outOfSampleShortTrips().medianSignedPercentError()),
                    signed(v.outOfSampleMountain().medianSignedPercentError()));
        }
        line(out, "  adoption rule: out-of-sample median at least %.1f points below today's, p90 not above it; "
                + "the lowest such median wins", VariantSelection.ADOPTION_MARGIN_PERCENT_POINTS);
        Map<String, Double> speeds = speedsByGroupName(a);
        if (!speeds.isEmpty()) {
            StringBuilder list = new StringBuilder();
            speeds.forEach((group, kmh) -> list.append(String.format(Locale.ROOT, "%s %.1f; ", group, kmh)));
            line(out, "  speeds of the model used (km/h at circuity %.2f): %s", a.adopted().circuityFactor(),
                    list.toString().strip());
        }
        if (a.adopted().variant().mountainFactor()) {
            line(out, "  mountain hromadas: %+.3f min per great-circle km on top of their group's",
                    a.adopted().mountainExtraSecondsPerMeter() * 1000 / 60);
        }
        return out.toString();
    }

    /** The adopted model's speed per group, keyed by oblast name where the group is an oblast. */
    public static Map<String, Double> speedsByGroupName(FallbackAssessment a) {
        Map<String, String> names = new java.util.HashMap<>();
        for (CalibrationTrip trip : a.today().trips()) {
            if (trip.place().oblastCode() != null && trip.place().oblastName() != null) {
                names.put(trip.place().oblastCode(), trip.place().oblastName());
            }
        }
        Map<String, Double> speeds = new java.util.TreeMap<>();
        a.adopted().speedKilometersPerHourByGroup().forEach((group, kmh) -> speeds.put(names.getOrDefault(group, group), kmh));
        return speeds;
    }

    private static void figures(StringBuilder out, ErrorFigures f) {
        line(out, "    %-26s %5d  %s  %s  %s", f.group(), f.trips(), percent(f.medianAbsolutePercentError()),
                percent(f.p90AbsolutePercentError()), signed(f.medianSignedPercentError()));
    }

    private static String percent(Double value) {
        return value == null ? "     —" : String.format(Locale.ROOT, "%5.1f %%", value);
    }

    private static String signed(Double value) {
        return value == null ? "     —" : String.format(Locale.ROOT, "%+5.1f %%", value);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double percentError(FallbackParameters p, CalibrationTrip trip) {
        return Math.abs(signedPercentError(p, trip));
    }

    private static double signedPercentError(FallbackParameters p, CalibrationTrip trip) {
        return 100 * (p.secondsFor(trip.greatCircleMeters()) - trip.observedSeconds()) / trip.observedSeconds();
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
