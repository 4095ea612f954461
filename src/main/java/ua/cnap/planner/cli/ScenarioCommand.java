package ua.cnap.planner.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.scenario.Scenario;
import ua.cnap.planner.scenario.ScenarioBatch;
import ua.cnap.planner.scenario.ScenarioComparison;
import ua.cnap.planner.scenario.ScenarioJson;
import ua.cnap.planner.scenario.ScenarioKpis;
import ua.cnap.planner.scenario.ScenarioService;
import ua.cnap.planner.scenario.ScenarioSummary;

/** {@code cnap-planner scenario run|list|show|rename|delete|compare}: saved scenarios, headless. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Saved scenarios: run YAML files headless, list, show, rename, delete, compare.",
        subcommands = {ScenarioCommand.Run.class, ScenarioCommand.ListScenarios.class, ScenarioCommand.Show.class,
            ScenarioCommand.Rename.class, ScenarioCommand.Delete.class, ScenarioCommand.Compare.class})
class ScenarioCommand {

    @ParentCommand
    PlannerCommandLine parent;

    <T> T withService(Function<ConfigurableApplicationContext, T> action) {
        try (ConfigurableApplicationContext context =
                PlannerCommandLine.startSpring(parent.common, WebApplicationType.NONE)) {
            return action.apply(context);
        }
    }

    boolean json() {
        return parent.common.json();
    }

    static String share(Double value) {
        return value == null ? "-" : String.format("%.1f %%", value * 100);
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Runs a scenario file (or every *.yaml of a folder), saves it in the store and writes "
                    + "scenario.json, proposals.csv (donor report) and kpis.csv; a folder also gets summary.csv.")
    static class Run implements Callable<Integer> {

        @ParentCommand
        ScenarioCommand scenario;

        @Parameters(paramLabel = "FILE.yaml|DIR", description = "A scenario file or a folder of them.")
        Path input;

        @Option(names = "--out", paramLabel = "DIR",
                description = "Results folder (default: scenario-results/<file name>; for a folder: scenario-results).")
        Path out;

        @Override
        public Integer call() {
            Path folder = out != null ? out : Files.isDirectory(input) ? Path.of("scenario-results")
                    : Path.of("scenario-results", ScenarioBatch.stem(input));
            List<ScenarioBatch.Outcome> outcomes = scenario.withService(context -> new ScenarioBatch(
                    context.getBean(ScenarioService.class), context.getBean(AccessStandard.class)).run(input, folder));
            if (scenario.json()) {
                PlannerCommandLine.printJson(outcomes.stream().map(o -> new RunLine(o.file().toString(),
                        o.scenario().id(), o.scenario().name(), o.scenario().status().name(),
                        o.scenario().result() == null ? null : o.scenario().result().totals(),
                        o.resultFolder().toString(), o.scenario().error())).toList());
            } else {
                for (ScenarioBatch.Outcome o : outcomes) {
                    Scenario s = o.scenario();
                    ScenarioKpis k = s.result() == null ? null : s.result().totals();
                    System.out.printf("%s  %s  %s%s → %s%n", s.id(), s.status(), s.name(), k == null ? ""
                            : String.format(": covered %s → %s (+%,d) for %,d UAH, %d proposals",
                                    share(k.coveredShareBefore()), share(k.coveredShareAfter()),
                                    k.newlyCoveredPopulation(), k.costUah(), k.proposals()),
                            o.resultFolder());
                    if (s.error() != null) {
                        System.out.println("  error: " + s.error());
                    }
                }
            }
            return outcomes.stream().allMatch(o -> o.scenario().error() == null) ? 0 : PlannerCommandLine.EXIT_FAILURE;
        }
    }

    /** One run in {@code scenario run --json}. */
    record RunLine(String file, String id, String name, String status, ScenarioKpis totals, String resultFolder,
            String error) {
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Saved scenarios, newest first.")
    static class ListScenarios implements Callable<Integer> {

        @ParentCommand
        ScenarioCommand scenario;

        @Override
        public Integer call() {
            List<ScenarioSummary> list = scenario.withService(c -> c.getBean(ScenarioService.class).list());
            if (scenario.json()) {
                PlannerCommandLine.printJson(list);
            } else {
                for (ScenarioSummary s : list) {
                    System.out.printf("%s  %-11s %s  %s%s%s%n", s.id(), s.status(), s.updatedAt(), s.name(),
                            s.totals() == null ? "" : "  covered " + share(s.totals().coveredShareAfter()),
                            s.owner() == null ? "" : "  (" + s.owner() + ")");
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A saved scenario with its result (JSON).")
    static class Show implements Callable<Integer> {

        @ParentCommand
        ScenarioCommand scenario;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            Scenario s = scenario.withService(c -> c.getBean(ScenarioService.class).get(id));
            System.out.println(ScenarioJson.writePretty(s));
            return 0;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Gives a saved scenario a new name.")
    static class Rename implements Callable<Integer> {

        @ParentCommand
        ScenarioCommand scenario;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Scenario s = scenario.withService(c -> c.getBean(ScenarioService.class).rename(id, name));
            System.out.println(scenario.json() ? ScenarioJson.write(s) : s.id() + "  " + s.name());
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a saved scenario.")
    static class Delete implements Callable<Integer> {

        @ParentCommand
        ScenarioCommand scenario;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            scenario.withService(c -> {
                c.getBean(ScenarioService.class).delete(id);
                return null;
            });
            System.out.println("deleted " + id);
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Two finished scenarios side by side: KPIs and the covered share per hromada (B − A).")
    static class Compare implements Callable<Integer> {

        @ParentCommand
        ScenarioCommand scenario;

        @Parameters(index = "0", paramLabel = "A")
        String a;

        @Parameters(index = "1", paramLabel = "B")
        String b;

        @Option(names = "--geojson", paramLabel = "FILE",
                description = "Write the difference layer (hromadas with the change of covered share).")
        Path geojson;

        @Override
        public Integer call() {
            ScenarioComparison comparison = scenario.withService(c -> {
                ScenarioService service = c.getBean(ScenarioService.class);
                ScenarioComparison result = service.compare(a, b);
                if (geojson != null) {
                    try (OutputStream out = Files.newOutputStream(geojson)) {
                        service.writeDifferenceLayer(result, out);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException("cannot write " + geojson, e);
                    }
                }
                return result;
            });
            if (scenario.json()) {
                PlannerCommandLine.printJson(comparison);
                return 0;
            }
            System.out.printf("A: %s  %s%nB: %s  %s%n%n%-32s %16s %16s %16s%n", comparison.a().id(),
                    comparison.a().name(), comparison.b().id(), comparison.b().name(), "kpi", "A", "B", "B − A");
            for (ScenarioComparison.KpiRow row : comparison.kpis()) {
                System.out.printf("%-32s %16s %16s %16s%n", row.kpi(), figure(row.a()), figure(row.b()),
                        figure(row.difference()));
            }
            System.out.printf("%n%-20s %-28s %9s %9s %9s%n", "hromada", "name", "A", "B", "B − A");
            comparison.hromadas().stream().filter(h -> h.difference() == null || h.difference() != 0)
                    .forEach(h -> System.out.printf("%-20s %-28s %9s %9s %9s%n", h.code(), h.name(),
                            share(h.coveredShareA()), share(h.coveredShareB()), share(h.difference())));
            return 0;
        }

        private static String figure(Double value) {
            if (value == null) {
                return "-";
            }
            return Math.abs(value) < 1 && value != 0 ? String.format("%.4f", value) : String.format("%,.0f", value);
        }
    }
}
