package ua.cnap.planner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.routing.mobile.MobileRoutePlan;
import ua.cnap.planner.routing.mobile.MobileRouteRequest;
import ua.cnap.planner.routing.mobile.MobileRouteResult;
import ua.cnap.planner.routing.mobile.MobileRouteService;
import ua.cnap.planner.routing.mobile.RouteGeoJson;
import ua.cnap.planner.routing.mobile.SolveLimits;
import ua.cnap.planner.routing.mobile.TimetableLayer;
import ua.cnap.planner.export.ExportFiles;
import ua.cnap.planner.export.ExportFormat;

/** {@code cnap-planner routes}: a mobile office or mobile case schedule for the settlements beyond the standard. */
@Command(name = "routes", mixinStandardHelpOptions = true,
        description = "Schedules mobile offices (vans) or mobile cases (visit patterns, ruin-and-recreate engine, OptaPlanner polish) for the settlements that the "
                + "fixed network leaves beyond the standard: which vehicle goes where, on which day of the cycle, "
                + "in what order and at what time.")
class RoutesCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommandLine parent;

    @Mixin
    AreaOptions area;

    @Mixin
    ExclusionOptions exclusions;

    @Option(names = "--rule", paramLabel = "either|both",
            description = "Covered when within minutes OR km (either, default) or both.")
    String rule;

    @Option(names = "--hromada", paramLabel = "CODE", description = "Only this hromada's settlements (KATOTTG code).")
    String hromada;

    @Option(names = "--vehicles", required = true, paramLabel = "N", description = "Fleet size.")
    int vehicles;

    @Option(names = "--kind", paramLabel = "MOBILE_OFFICE|MOBILE_CASE", defaultValue = "MOBILE_OFFICE",
            description = "Van with workplaces, or an administrator with a mobile case (default MOBILE_OFFICE).")
    AccessPointKind kind;

    @Option(names = "--depot", paramLabel = "ACCESS_POINT_ID", split = ",",
            description = "Access points the vehicles are based at (default: chosen near the settlements).")
    List<String> depots;

    @Option(names = "--cycle-days", paramLabel = "DAYS", defaultValue = "20",
            description = "Working days in the cycle (default 20 = four weeks).")
    int cycleDays;

    @Option(names = "--shift-hours", paramLabel = "H", defaultValue = "8",
            description = "Working day, driving included (default 8).")
    double shiftHours;

    @Option(names = "--min-spacing-days", paramLabel = "DAYS",
            description = "Least working days between two visits of one settlement (default 5, less when the cycle "
                    + "is too short for four visits at 5); visit patterns closer than this are not offered.")
    Integer minSpacingDays;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "30s",
            description = "Solver time limit (default 30s).")
    String timeLimit;

    @Option(names = "--after-plan-budget", paramLabel = "UAH",
            description = "Joint plan: first open fixed access points for this budget (as `plan`), then route what "
                    + "remains beyond the standard.")
    Long afterPlanBudgetUah;

    @Option(names = "--geojson", paramLabel = "FILE", description = "Write routes, stops and depots as GeoJSON.")
    Path geojson;

    @Option(names = "--timetables", paramLabel = "FILE",
            description = "Write the settlements' timetables as an export layer: .csv (for printing), .geojson or .gpkg.")
    Path timetables;

    @Override
    public Integer call() {
        CommonOptions options = parent.common;
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(options, WebApplicationType.NONE)) {
            AccessStandard standard = area.standard(context.getBean(AccessStandard.class), rule());
            MobileRouteRequest request = MobileRouteRequest.of(area.oblast, standard, kind, vehicles)
                    .withSchedule(cycleDays, Math.round(shiftHours * 3600), minSpacingDays)
                    .withHromada(hromada)
                    .withDepots(depots)
                    .withRegister(area.register)
                    .withLimits(SolveLimits.of(PlanCommand.duration(timeLimit, "--time-limit")));
            if (afterPlanBudgetUah != null) {
                PlanDefaults defaults = context.getBean(PlanDefaults.class);
                request = request.withSitingPlan(new PlanRequest(area.oblast, area.register, standard,
                        afterPlanBudgetUah, defaults.horizonYears(), defaults.kinds(), PlanRequest.defaultRules(), 300,
                        request.limits().timeLimit(), java.time.Duration.ZERO));
            }
            request = request.withChanges(exclusions.changes()).withExclusionChoice(exclusions.choice());
            MobileRouteService routes = context.getBean(MobileRouteService.class);
            MobileRouteResult result = routes.solve(request);
            if (geojson != null) {
                RouteGeoJson.write(geojson, result.schedule(), routes.travelModel());
            }
            if (timetables != null) {
                String file = timetables.getFileName().toString();
                new ExportFiles().write(List.of(TimetableLayer.of(result.schedule())),
                        ExportFormat.parse(file.substring(file.lastIndexOf('.') + 1)), timetables);
            }
            if (options.json()) {
                PlannerCommandLine.printJson(result);
            } else {
                print(result, System.out);
            }
            return 0;
        }
    }

    private AccessStandard.Rule rule() {
        return AccessStandard.Rule.parse(rule, "--rule");
    }

    private static void print(MobileRouteResult r, PrintStream out) {
        MobileRoutePlan s = r.schedule();
        out.printf("Mobile routes for %s%s: %s, %s%n", r.oblastName(),
                r.hromadaCode() == null ? "" : " (hromada " + r.hromadaCode() + ")", r.standard(), s.kind());
        out.printf("  input: %s: %d settlements, %,d residents%n", r.input(), s.settlements(), r.populationUncovered());
        out.printf("  %s%n", ExclusionOptions.describe(r.exclusions()));
        if (r.siting() != null) {
            out.printf("  siting plan first: %d new points, covered %,d → %,d; %,d UAH one-off, %,d UAH a year%n",
                    r.siting().proposals().size(), r.siting().populationCoveredBefore(),
                    r.siting().populationCoveredAfter(), r.siting().oneOffUah(), r.siting().yearlyUah());
        }
        out.printf("  depots: %s; travel model: %s%n", r.depotChoice(), s.travelModel());
        out.printf("  cycle %d working days, shift %d h, spacing ≥ %d days; longest day %.1f h%s%n", s.cycleDays(),
                s.shiftSeconds() / 3600, s.minSpacingDays(), s.maxWorkSeconds() / 3600.0,
                s.feasible() ? "" : "  SHIFT OR DAY RULE BROKEN");
        out.printf("  visits %d of %d required; residents reached %,d (all visits: %,d); spacing shortfalls %d%n",
                s.visitsScheduled(), s.visitsRequired(), s.populationReached(), s.populationFullyServed(),
                s.spacingShortfalls());
        out.printf("  cost: %d vehicle(s), %,d UAH a cycle, %,d UAH a year (%.1f h driving a cycle); total yearly "
                + "with siting %,d UAH%n", s.costs().vehiclesUsed(), s.costs().perCycleUah(), s.costs().perYearUah(),
                s.costs().driveHoursPerCycle(), r.yearlyCostUah().total());
        out.printf("  a visit cannot offer: %s%n", s.offer().notOffered().keySet());
        for (MobileRoutePlan.VehicleRoutes vehicle : s.vehicles()) {
            out.printf("%n  %s from %s (%s)%n", vehicle.id(), vehicle.depotName(), vehicle.depotId());
            for (MobileRoutePlan.DayRoute day : vehicle.days()) {
                StringBuilder stops = new StringBuilder();
                day.stops().forEach(stop -> stops.append(stops.isEmpty() ? "" : " → ").append(stop.arrivalTime())
                        .append(' ').append(stop.name()));
                out.printf("    day %2d  %4.1f h drive  %s%n", day.day(), day.driveSeconds() / 3600.0, stops);
            }
        }
        if (!s.timetables().isEmpty()) {
            out.printf("%n  timetables (the same every %d-day cycle; days run Monday to Friday):%n", s.cycleDays());
            s.timetables().forEach(t -> out.printf("    %-26s %-14s %s%n", t.name(), t.pattern(), t.timetable()));
        }
        if (!s.unscheduled().isEmpty()) {
            out.printf("%n  short of visits:%n");
            s.unscheduled().forEach(u -> out.printf("    %-26s %d of %d: %s%n", u.name(), u.visitsScheduled(),
                    u.visitsRequired(), u.reason()));
        }
    }
}
