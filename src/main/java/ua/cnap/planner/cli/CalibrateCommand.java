package ua.cnap.planner.cli;

import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import ua.cnap.planner.travel.CalibrationReport;
import ua.cnap.planner.travel.CalibrationResult;
import ua.cnap.planner.travel.FallbackParameters;
import ua.cnap.planner.travel.ModelError;
import ua.cnap.planner.travel.TravelModelProvider;

/** {@code cnap-planner calibrate}: fits the straight-line fallback to real OSRM times and prints its error. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fits the fallback travel model (great circle × circuity / speed + access) to the real "
                + "OSRM car times of the KSE table and prints the fit and its error.")
class CalibrateCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommandLine parent;

    @Override
    public Integer call() {
        CommonOptions options = parent.common;
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(options, WebApplicationType.NONE)) {
            CalibrationResult result = context.getBean(TravelModelProvider.class).calibrate();
            if (options.json()) {
                PlannerCommandLine.printJson(new CalibrationSummary(result));
            } else {
                System.out.println(CalibrationReport.text(result));
            }
            return 0;
        }
    }

    /** The fit without the per-trip lists. */
    record CalibrationSummary(FallbackParameters parameters, ModelError error, double rmseMinutes, int tripsUsed,
            int tripsExcluded) {
        CalibrationSummary(CalibrationResult r) {
            this(r.parameters(), r.error(), r.rmseMinutes(), r.trips().size(), r.excluded().size());
        }
    }
}
