package ua.cnap.planner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import ua.cnap.planner.CnapPlannerApplication;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.store.StoreException;

/**
 * {@code cnap-planner [options] [command]}: without a command it serves the web API and map; with one
 * it runs headless and exits. Exit codes: 0 done, 1 failure, 2 bad input or usage.
 */
@Command(name = "cnap-planner", mixinStandardHelpOptions = true, version = "cnap-planner 0.1",
        description = "Plans the reach of Ukraine's administrative service centres (ЦНАП). "
                + "Without a command: starts the web server.",
        subcommands = {ImportCommand.class, CoverageCommand.class, PlanCommand.class, RoutesCommand.class,
            ScenarioCommand.class, ExportCommand.class, CalibrateCommand.class, BenchCommand.class,
            LoadBenchCommand.class, FetchDataCommand.class, AccountCommand.class, StoreCommand.class,
            CommandLine.HelpCommand.class})
public class PlannerCommandLine implements Callable<Integer> {

    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @Mixin
    CommonOptions common;

    /**
     * Spring Boot's own {@code --name=value} arguments ({@code --server.port=18181},
     * {@code --spring.profiles.active=production}), handed to Spring as they are; anything else unknown
     * is a usage error.
     */
    @CommandLine.Unmatched
    List<String> springArguments = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final java.util.regex.Pattern SPRING_ARGUMENT =
            java.util.regex.Pattern.compile("--[a-z][A-Za-z0-9_\\-\\[\\]]*(?:\\.[A-Za-z0-9_\\-\\[\\]]+)+=.*",
                    java.util.regex.Pattern.DOTALL);

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new PlannerCommandLine());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> reportFailure(e, cmd));
        return commandLine.execute(args);
    }

    /** Serves the web API until stopped. */
    @Override
    public Integer call() throws InterruptedException {
        for (String argument : springArguments) {
            if (!isSpringArgument(argument)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown command or option: " + argument
                        + " (Spring settings go as --name=value, e.g. --server.port=18181)");
            }
        }
        common.extraSpringArguments = List.copyOf(springArguments);
        ConfigurableApplicationContext context = startSpring(common, WebApplicationType.SERVLET);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        closed.await();
        return 0;
    }

    /** {@code --name.with.dots=value}: a Spring Boot property given on the command line. */
    static boolean isSpringArgument(String argument) {
        return SPRING_ARGUMENT.matcher(argument).matches();
    }

    static ConfigurableApplicationContext startSpring(CommonOptions options, WebApplicationType type) {
        return startSpring(options, type, CnapPlannerApplication.class);
    }

    /** Starts Spring with {@code source} as the only configuration (the {@code account} commands need little). */
    static ConfigurableApplicationContext startSpring(CommonOptions options, WebApplicationType type, Class<?> source) {
        List<String> arguments = new ArrayList<>(options.springArguments());
        return new SpringApplicationBuilder(source)
                .web(type)
                .logStartupInfo(type != WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }

    static void printJson(Object value) {
        try {
            System.out.println(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON output", e);
        }
    }

    private static int reportFailure(Exception e, CommandLine command) {
        Throwable cause = rootCause(e);
        boolean json = findJsonFlag(command);
        PrintStream err = System.err;
        int exitCode = cause instanceof BadInputException ? EXIT_BAD_INPUT : EXIT_FAILURE;
        err.println("error: " + cause.getMessage());
        if (!(cause instanceof BadInputException) && !(cause instanceof StoreException)) {
            e.printStackTrace(err);
        }
        if (json) {
            Map<String, Object> error = new LinkedHashMap<>();
            if (cause instanceof BadInputException bad) {
                error.put("source", bad.source());
                error.put("item", bad.item());
                error.put("reason", bad.reason());
            }
            error.put("message", cause.getMessage());
            printJson(Map.of("error", error));
        }
        return exitCode;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && !(current instanceof BadInputException)
                && !(current instanceof StoreException)) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean findJsonFlag(CommandLine command) {
        for (CommandLine c = command; c != null; c = c.getParent()) {
            if (c.getCommand() instanceof PlannerCommandLine root && root.common != null && root.common.json) {
                return true;
            }
        }
        return command.getParseResult() != null && command.getParseResult().hasMatchedOption("--json");
    }
}
