package ua.cnap.planner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageGeoJson;
import ua.cnap.planner.coverage.CoverageKpis;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.coverage.CoverageSensitivity;
import ua.cnap.planner.coverage.CoverageSummary;

/** {@code cnap-planner coverage}: who reaches an access point within the standard, and who does not. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Coverage of an oblast (or the country) against the access standard: KPIs per hromada, "
                + "travel times per settlement, white spots.")
class CoverageCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommandLine parent;

    @Mixin
    AreaOptions area;

    @Mixin
    ExclusionOptions exclusions;

    @Mixin
    ServiceOptions services;

    @Option(names = "--rule", paramLabel = "either|both",
            description = "Covered within the time OR the distance (either, default), or within both.")
    AccessStandard.Rule rule;

    @Option(names = "--geojson", paramLabel = "FILE", description = "Write settlements with travel times as GeoJSON.")
    Path settlementsFile;

    @Option(names = "--white-spots", paramLabel = "FILE", description = "Write white-spot polygons as GeoJSON.")
    Path whiteSpotsFile;

    @Override
    public Integer call() {
        CommonOptions options = parent.common;
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(options, WebApplicationType.NONE)) {
            AccessStandard standard = area.standard(context.getBean(AccessStandard.class), rule);
            CoverageResult result = context.getBean(CoverageService.class)
                    .compute(exclusions.apply(new CoverageRequest(area.oblast, standard, area.register))
                            .withRequirement(services.requirement()));
            if (settlementsFile != null) {
                CoverageGeoJson.writeSettlements(settlementsFile, result);
            }
            if (whiteSpotsFile != null) {
                CoverageGeoJson.writeWhiteSpots(whiteSpotsFile, result.whiteSpots());
            }
            CoverageSummary summary = CoverageSummary.of(result);
            if (options.json()) {
                PlannerCommandLine.printJson(summary);
            } else {
                print(summary, System.out);
            }
            return 0;
        }
    }

    private static void print(CoverageSummary s, PrintStream out) {
        out.printf("Coverage of %s (%s), standard %s%n", s.oblastName(), s.oblastCode(), s.standard());
        out.printf("  travel model: %s%n", s.travelModel().name());
        if (s.travelModel().error() != null) {
            out.printf("  model error: median %.1f %%, 90th percentile %.1f %% over %,d real trips%n",
                    s.travelModel().error().medianAbsolutePercentError(),
                    s.travelModel().error().p90AbsolutePercentError(), s.travelModel().error().pairs());
            if (s.travelModel().error().outOfSampleMedianAbsolutePercentError() != null) {
                out.printf(Locale.ROOT, "  out of sample (10-fold cross-validation, see calibrate): median %.1f %%, "
                        + "90th percentile %.1f %%%n", s.travelModel().error().outOfSampleMedianAbsolutePercentError(),
                        s.travelModel().error().outOfSampleP90AbsolutePercentError());
            }
        }
        s.registers().forEach(r -> out.printf("  register: %s (%s)%n", r.name(), r.date()));
        if (s.service() != null) {
            out.printf("  service: %s%n", s.service().note());
        }
        if (!s.registerLoaded()) {
            out.printf("  no register for %d oblast(s) %s: their coverage is unknown (not 0 %%)%n",
                    s.oblastsWithoutRegister().size(), s.oblastsWithoutRegister());
        }
        out.printf("  population %,d (%s)%n", s.population(), s.populationNote());
        out.printf("  with a register (exclusions left out) %,d, covered %s (%s of them), mean %s, p90 %s%n",
                s.populationWithRegister(),
                s.populationCovered() == null ? "unknown" : String.format("%,d", s.populationCovered()),
                percent(s.coveredShare()), minutes(s.meanTravelTimeSeconds()), minutes(s.p90TravelTimeSeconds()));
        printSensitivity(s.sensitivity(), out);
        if (s.exclusions().source() != null || s.exclusions().closedAccessPoints() > 0) {
            out.printf("  excluded: %,d residents in %,d settlements (%d whole hromadas); closed access points %d%n",
                    s.exclusions().excludedPopulation(), s.exclusions().excludedSettlements(),
                    s.exclusions().excludedHromadas(), s.exclusions().closedAccessPoints());
            if (s.exclusions().source() != null) {
                out.printf("  exclusions from: %s%n", s.exclusions().source());
            }
        }
        if (s.exclusions().note() != null) {
            out.printf("  exclusions: %s%n", s.exclusions().note());
        }
        out.printf("  uncovered settlements %s, hromadas without a main office %s, white spots %d%n",
                s.uncoveredSettlements() == null ? "unknown" : s.uncoveredSettlements(),
                s.hromadasWithoutMainOffice() == null ? "unknown" : s.hromadasWithoutMainOffice(),
                s.whiteSpots().size());
        if (s.hromadasWithoutMainOfficeNote() != null) {
            out.printf("  (%s)%n", s.hromadasWithoutMainOfficeNote());
        }
        out.printf("%n  %-22s %-28s %10s %10s %7s %8s%n", "hromada", "", "population", "covered", "share", "mean");
        for (CoverageKpis h : s.hromadas()) {
            out.printf("  %-22s %-28s %,10d %10s %7s %8s%n", h.code(), h.name(), h.population(),
                    h.populationCovered() == null ? "unknown" : String.format("%,d", h.populationCovered()),
                    percent(h.coveredShare()), minutes(h.meanTravelTimeSeconds()));
        }
        out.printf("%n  computed in %.2f s%n", s.seconds());
    }

    /** The sensitivity band: one line, or why there is none. */
    private static void printSensitivity(CoverageSensitivity band, PrintStream out) {
        if (band == null) {
            return;
        }
        if (band.reason() != null) {
            out.printf("  sensitivity: %s%n", band.reason());
            return;
        }
        out.printf(Locale.ROOT, "  sensitivity: if trips take %.1f %% longer, covered %,d (%s); if %.1f %% shorter, "
                + "covered %,d (%s) (%s)%n", band.percent(), band.populationCoveredIfSlower(),
                percent(band.coveredShareIfSlower()), band.percent(), band.populationCoveredIfFaster(),
                percent(band.coveredShareIfFaster()), band.basis());
    }

    private static String percent(Double share) {
        return share == null ? "unknown" : String.format("%.1f%%", share * 100);
    }

    private static String minutes(Double seconds) {
        return seconds == null ? "?" : String.format("%.1f min", seconds / 60);
    }
}
