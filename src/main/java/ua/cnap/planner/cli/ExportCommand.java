package ua.cnap.planner.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.export.ExportFormat;
import ua.cnap.planner.export.ExportLayer;
import ua.cnap.planner.export.ExportService;
import ua.cnap.planner.export.StandardLayer;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.PlanningService;

/** {@code cnap-planner export}: the map's layers as GeoJSON, CSV or GeoPackage files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes layers of an oblast (hromadas with KPIs, settlements with travel times, access "
                + "points, white spots, a plan's proposals) as GeoJSON, CSV or GeoPackage.")
class ExportCommand implements Callable<Integer> {

    static final String ALL = "all";

    @ParentCommand
    PlannerCommandLine parent;

    @Mixin
    AreaOptions area;

    @Mixin
    ExclusionOptions exclusions;

    @Mixin
    ServiceOptions service;

    @Option(names = "--rule", paramLabel = "either|both",
            description = "Covered within the time OR the distance (either, default), or within both.")
    AccessStandard.Rule rule;

    @Option(names = "--layer", paramLabel = "LAYER", defaultValue = ALL,
            description = "hromadas, settlements, access-points, white-spots, proposals or all (default). With all, "
                    + "gpkg holds one table per layer; geojson and csv write one file per layer next to --out, "
                    + "named <out>-<layer>.<ext>. Proposals need --plan-budget.")
    String layer;

    @Option(names = "--format", required = true, paramLabel = "geojson|csv|gpkg", description = "File format.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
    Path out;

    @Option(names = "--plan-budget", paramLabel = "UAH",
            description = "Plan new access points for this budget (default rules) and export their proposals.")
    Long planBudgetUah;

    @Option(names = "--plan-time-limit", paramLabel = "DURATION", defaultValue = "30s",
            description = "OptaPlanner's time limit for --plan-budget (default 30s).")
    String planTimeLimit;

    @Override
    public Integer call() {
        CommonOptions options = parent.common;
        ExportFormat exportFormat = ExportFormat.parse(format);
        List<StandardLayer> layers = new ArrayList<>();
        if (ALL.equalsIgnoreCase(layer.strip())) {
            for (StandardLayer each : StandardLayer.values()) {
                if (each != StandardLayer.PROPOSALS || planBudgetUah != null) {
                    layers.add(each);
                }
            }
        } else {
            layers.add(StandardLayer.parse(layer));
        }
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(options, WebApplicationType.NONE)) {
            AccessStandard standard = area.standard(context.getBean(AccessStandard.class), rule);
            CoverageRequest request = exclusions.apply(new CoverageRequest(area.oblast, standard, area.register))
                    .withRequirement(service.requirement());
            PlanResult plan = null;
            if (layers.contains(StandardLayer.PROPOSALS)) {
                plan = plan(context, standard, request);
            }
            ExportService export = context.getBean(ExportService.class);
            ExportService.Layers built = export.layers(request, layers, plan);
            List<Path> files = export.write(built, exportFormat, out);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("format", exportFormat.extension());
            report.put("files", files.stream().map(Path::toString).toList());
            List<Map<String, Object>> layerFigures = new ArrayList<>();
            for (ExportLayer l : built.layers()) {
                layerFigures.add(Map.of("name", l.name(), "features", l.features().size()));
            }
            report.put("layers", layerFigures);
            report.put("exclusions", built.coverage().exclusions());
            if (options.json()) {
                PlannerCommandLine.printJson(report);
            } else {
                built.layers().forEach(l -> System.out.printf("  %-14s %,7d features%n", l.name(), l.features().size()));
                files.forEach(f -> System.out.printf("wrote %s%n", f));
            }
            return 0;
        }
    }

    private PlanResult plan(ConfigurableApplicationContext context, AccessStandard standard, CoverageRequest coverage) {
        if (planBudgetUah == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "the proposals layer needs --plan-budget UAH");
        }
        PlanDefaults defaults = context.getBean(PlanDefaults.class);
        PlanRequest request = new PlanRequest(area.oblast, area.register, standard, planBudgetUah,
                defaults.horizonYears(), defaults.kinds(), PlanRequest.defaultRules(), 300,
                PlanCommand.duration(planTimeLimit, "--plan-time-limit"), Duration.ZERO)
                .withExclusionChoice(coverage.changes(), coverage.exclusionChoice());
        return context.getBean(PlanningService.class).solve(request);
    }
}
