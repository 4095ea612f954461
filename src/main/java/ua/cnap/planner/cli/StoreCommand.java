package ua.cnap.planner.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ua.cnap.planner.config.PlannerProperties;
import ua.cnap.planner.config.StoreConfiguration;
import ua.cnap.planner.store.EmbeddedStoreFiles;
import ua.cnap.planner.store.StoreCheck;
import ua.cnap.planner.store.StoreException;
import ua.cnap.planner.store.StoreKind;
import ua.cnap.planner.store.StoreSettings;

/**
 * {@code cnap-planner store check|backup|restore}: the store's health and its backups, on a stopped
 * server. These commands read only the settings (application.yml, environment, options), never start
 * the application, so they work on a store that no longer opens.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Checks, backs up or restores the store (stop the server first).",
        subcommands = {StoreCommand.Check.class, StoreCommand.Backup.class, StoreCommand.Restore.class})
class StoreCommand {

    @ParentCommand
    PlannerCommandLine parent;

    /** Binds the settings alone: no store, no services. */
    @EnableConfigurationProperties(PlannerProperties.class)
    static class SettingsOnly {
    }

    /** The store the options, environment and application.yml name, read as the server reads them. */
    static StoreSettings storeSettings(CommonOptions options) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(options.springArguments().toArray(String[]::new))) {
            return StoreConfiguration.storeSettings(context.getBean(PlannerProperties.class));
        }
    }

    static EmbeddedStoreFiles embeddedFiles(CommonOptions options, String what) {
        StoreSettings settings = storeSettings(options);
        if (settings.kind() != StoreKind.EMBEDDED) {
            throw new StoreException("`store " + what + "` works on the embedded store; for PostGIS use pg_dump and"
                    + " pg_restore (the server's own backups) / `store " + what + "` працює з вбудованим сховищем;"
                    + " для PostGIS використовуйте pg_dump і pg_restore");
        }
        return new EmbeddedStoreFiles(settings.workspace());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Opens the store, reads every table and lists the backups. Exit 1 if it is damaged.")
    static class Check implements Callable<Integer> {

        @ParentCommand
        StoreCommand store;

        @Override
        public Integer call() {
            CommonOptions options = store.parent.common;
            StoreCheck check = StoreCheck.run(storeSettings(options));
            if (options.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("status", "ok");
                json.put("store", check.store());
                json.put("schemaVersion", check.schemaVersion());
                json.put("rowsByTable", check.rowsByTable());
                json.put("backups", check.backups().stream().map(Path::toString).toList());
                PlannerCommandLine.printJson(json);
            } else {
                System.out.printf("The store opens and every table reads: %s, schema version %s%n", check.store(),
                        check.schemaVersion());
                check.rowsByTable().forEach((table, rows) -> System.out.printf("  %-24s %,d rows%n", table, rows));
                System.out.printf("Backups: %d%n", check.backups().size());
                check.backups().forEach(b -> System.out.println("  " + b));
            }
            return 0;
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Copies the embedded store to FILE (default: workspace/backups/cnap-planner-<time>.mv.db).")
    static class Backup implements Callable<Integer> {

        @ParentCommand
        StoreCommand store;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write the backup (*.mv.db).")
        Path file;

        @Override
        public Integer call() {
            CommonOptions options = store.parent.common;
            long started = System.nanoTime();
            Path written = embeddedFiles(options, "backup").backup(file);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (options.json()) {
                PlannerCommandLine.printJson(Map.of("backup", written.toString(), "seconds", seconds));
            } else {
                System.out.printf("Backup written to %s in %.1f s%n", written, seconds);
            }
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Puts a backup in the place of the embedded store, after checking that it opens; the"
                    + " replaced file is kept in workspace/backups.")
    static class Restore implements Callable<Integer> {

        @ParentCommand
        StoreCommand store;

        @Parameters(paramLabel = "FILE", description = "The backup (*.mv.db), e.g. from `store check`.")
        Path file;

        @Override
        public Integer call() {
            CommonOptions options = store.parent.common;
            Optional<Path> replaced = embeddedFiles(options, "restore").restore(file);
            if (options.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("restored", file.toString());
                json.put("replacedKeptAt", replaced.map(Path::toString).orElse(null));
                PlannerCommandLine.printJson(json);
            } else {
                System.out.printf("Restored the store from %s%n", file);
                replaced.ifPresent(p -> System.out.printf("The file it replaced is kept at %s%n", p));
            }
            return 0;
        }
    }
}
