package ua.cnap.planner.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import ua.cnap.planner.importing.ImportReport;
import ua.cnap.planner.importing.ImportService;
import ua.cnap.planner.importing.ImportSources;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.store.EmbeddedStoreFiles;
import ua.cnap.planner.store.StoreKind;
import ua.cnap.planner.store.StoreSettings;

/** {@code cnap-planner import}: reads the open data into the store, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports hromadas, population, settlements, registers and grids from the data folder "
                + "into the store. Idempotent; a broken file leaves the store as it was. The embedded store is "
                + "copied to workspace/backups first (the newest 3 are kept).")
class ImportCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommandLine parent;

    @Override
    public Integer call() {
        CommonOptions options = parent.common;
        backUpBeforeImport(options);
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(options, WebApplicationType.NONE)) {
            ImportReport report = context.getBean(ImportService.class).importAll(context.getBean(ImportSources.class));
            if (options.json()) {
                PlannerCommandLine.printJson(report);
            } else {
                printSummary(report, System.out);
            }
            return 0;
        }
    }

    /**
     * A copy of the closed embedded store before anything is read, so that even a store the import
     * damaged could be restored ({@code store restore}); the newest few are kept. PostGIS keeps its own.
     */
    private static void backUpBeforeImport(CommonOptions options) {
        StoreSettings settings = StoreCommand.storeSettings(options);
        if (settings.kind() != StoreKind.EMBEDDED) {
            return;
        }
        long started = System.nanoTime();
        new EmbeddedStoreFiles(settings.workspace()).backupBeforeImport().ifPresent(file -> System.err.printf(
                "Backup of the store before the import: %s (%.1f s)%n", file, (System.nanoTime() - started) / 1e9));
    }

    static void printSummary(ImportReport report, PrintStream out) {
        out.printf("Imported into the %s from %s in %.1f s%n", report.store(), report.dataDir(), report.seconds());
        out.printf("  hromadas:            %,d (%,d with a boundary polygon)%n", report.hromadas(),
                report.hromadasWithGeometry());
        out.printf("  population (2022):   %,d%n", report.population());
        out.printf("  settlements:         %,d  by rule %s%n", report.settlements(), report.settlementsByRule());
        out.printf("  access points:       %,d in current registers%n", report.accessPoints());
        report.registers().forEach(r -> out.printf("    %-20s %s %s: %,d%n", r.id(), r.date(),
                r.historical() ? "(historical)" : "(current)", r.accessPoints()));
        out.printf("  population cells:    %,d%n", report.populationCells());
        printIssues("rejected", report.rejected(), out);
        printIssues("repaired", report.repaired(), out);
        printIssues("warnings", report.warnings(), out);
    }

    private static void printIssues(String title, List<ImportIssue> issues, PrintStream out) {
        out.printf("  %s: %d%n", title, issues.size());
        int shown = Math.min(issues.size(), 20);
        for (int i = 0; i < shown; i++) {
            ImportIssue issue = issues.get(i);
            out.printf("    %s, %s: %s%n", issue.source(), issue.item(), issue.reason());
        }
        if (issues.size() > shown) {
            out.printf("    … %d more (all of them with --json)%n", issues.size() - shown);
        }
    }
}
