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
