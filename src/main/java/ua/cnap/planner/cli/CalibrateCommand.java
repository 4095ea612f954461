package ua.cnap.planner.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import ua.cnap.planner.travel.CalibrationReport;
import ua.cnap.planner.travel.ErrorBreakdown;
import ua.cnap.planner.travel.ErrorFigures;
import ua.cnap.planner.travel.FallbackAssessment;
import ua.cnap.planner.travel.FallbackParameters;
import ua.cnap.planner.travel.ModelError;
import ua.cnap.planner.travel.TravelModelProvider;
import ua.cnap.planner.travel.VariantAssessment;
import ua.cnap.planner.travel.VariantParameters;

/**
 * {@code cnap-planner calibrate}: fits the straight-line fallback to real OSRM times, measures its error
 * in-sample and out of sample (k-fold cross-validation), tries regional variants and prints which one
 * the planner uses.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fits the fallback travel model (great circle × circuity / speed + access) to the real "
                + "OSRM car times of the KSE table, prints its error in-sample and out of sample (10-fold "
                + "cross-validation) by distance band, oblast and mountain hromada, and the regional variants "
                + "tried, with the one adopted.")
class CalibrateCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommandLine parent;

    @Override
    public Integer call() {
        CommonOptions options = parent.common;
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(options, WebApplicationType.NONE)) {
            FallbackAssessment assessment = context.getBean(TravelModelProvider.class).assess();
            if (options.json()) {
                PlannerCommandLine.printJson(CalibrationSummary.of(assessment));
            } else {
                System.out.println(CalibrationReport.text(assessment));
            }
            return 0;
        }
    }

    /**
     * The fit without the per-trip lists. {@code parameters}, {@code error}, {@code rmseMinutes},
     * {@code tripsUsed} and {@code tripsExcluded} are as before (today's two-parameter fit; {@code error}
     * now also carries the out-of-sample figures of the model used).
     */
    record CalibrationSummary(FallbackParameters parameters, ModelError error, double rmseMinutes, int tripsUsed,
            int tripsExcluded, FallbackAssessment.TripSet trips, Errors inSample, OutOfSample outOfSample,
            List<VariantAssessment> variants, Adopted adopted) {

        static CalibrationSummary of(FallbackAssessment a) {
            ErrorBreakdown in = a.inSample();
            ErrorBreakdown out = a.outOfSample();
            ErrorFigures o = out == null ? null : out.all();
            VariantParameters p = a.adopted();
            return new CalibrationSummary(a.today().parameters(), a.error(), a.today().rmseMinutes(),
                    a.today().trips().size(), a.today().excluded().size(), a.trips(),
                    new Errors(a.adopted().variant().name(), in.all().medianAbsolutePercentError(),
                            in.all().p90AbsolutePercentError(), in.all().medianSignedPercentError(), in.byDistanceBand(),
                            in.byOblast(), in.byMountain()),
                    out == null ? null : new OutOfSample(a.adopted().variant().name(), a.trips().description(),
                            o.medianAbsolutePercentError(), o.p90AbsolutePercentError(), o.medianSignedPercentError(),
                            new Folds(a.crossValidation().k(), a.crossValidation().seed(), a.crossValidation().method(),
                                    a.folds()),
                            out.byDistanceBand(), out.byOblast(), out.byMountain()),
                    a.variants(),
                    new Adopted(p.variant().name(), a.adoptionReason(), p.accessSeconds() / 60,
                            p.shared().speedKilometersPerHour(), CalibrationReport.speedsByGroupName(a),
                            p.variant().mountainFactor() ? p.mountainExtraSecondsPerMeter() * 1000 / 60 : null));
        }
    }

    /** The adopted model's in-sample errors (fitted to all trips, measured on them). */
    record Errors(String model, Double medianAbsolutePercentError, Double p90AbsolutePercentError,
            Double medianSignedPercentError, List<ErrorBreakdown.DistanceBand> byDistanceBand,
            List<ErrorFigures> byOblast, List<ErrorFigures> byMountain) {
    }

    /** The adopted model's cross-validated errors and the trips they were measured on (null: too few trips). */
    record OutOfSample(String model, String measuredOn, Double medianAbsolutePercentError,
            Double p90AbsolutePercentError, Double medianSignedPercentError, Folds folds,
            List<ErrorBreakdown.DistanceBand> byDistanceBand, List<ErrorFigures> byOblast,
            List<ErrorFigures> byMountain) {
    }

    /** The folds: k, the seed of the shuffle, how trips were dealt, and the error per fold. */
    record Folds(int k, long seed, String method, List<ErrorFigures> perFold) {
    }

    /**
     * The variant the planner uses, why, and its speeds (road km/h at the assumed circuity).
     *
     * @param mountainExtraMinutesPerKilometre added to the minutes per great-circle km of trips in mountain
     *                                        hromadas; null without the factor
     */
    record Adopted(String variant, String reason, double accessMinutes, double sharedSpeedKilometersPerHour,
            Map<String, Double> speedKilometersPerHourByGroup, Double mountainExtraMinutesPerKilometre) {
    }
}
