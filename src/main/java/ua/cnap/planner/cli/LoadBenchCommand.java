package ua.cnap.planner.cli;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.cnap.planner.CnapPlannerApplication;
import ua.cnap.planner.bench.LatencyStats;
import ua.cnap.planner.bench.LoadBenchmark;
import ua.cnap.planner.bench.LoadReport;
import ua.cnap.planner.bench.LoadSettings;

/**
 * {@code cnap-planner bench-load}: simulated map users and plan clients against the web API, on a
 * server started here on a random loopback port over the configured store, or on a running one given
 * by {@code --url} (loopback only). Prints count, errors, 429s, latency percentiles and throughput
 * per path. A figure, not a test.
 */
@Command(name = "bench-load", mixinStandardHelpOptions = true,
        description = "Load test of the web API: N map users requesting GET paths with a short think time, "
                + "plus K clients starting and polling plans, for a set duration; prints latency percentiles "
                + "and throughput per path. Starts the server in-process unless --url is given (loopback only).")
class LoadBenchCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommandLine parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL",
            description = "A running server, e.g. http://127.0.0.1:8080 (loopback only). Default: start one here.")
    URI url;

    @Option(names = "--users", paramLabel = "N", description = "Concurrent map users, 1..200 (default 50).")
    int users = 50;

    @Option(names = "--duration", paramLabel = "DURATION", description = "How long, at most 300s (default 60s).")
    String duration = "60s";

    @Option(names = "--paths", paramLabel = "PATH", split = ",",
            description = "GET paths each user requests in turn (default: oblasts, Chernivtsi hromadas, "
                    + "coverage and white spots of Chernivetska).")
    List<String> paths;

    @Option(names = "--think-ms", paramLabel = "MS", description = "Mean pause between a user's requests (default 100).")
    long thinkMillis = 100;

    @Option(names = "--solves", paramLabel = "K", description = "Concurrent plan clients, 0..10 (default 2).")
    int solves = 2;

    @Option(names = "--plan-oblast", paramLabel = "OBLAST", description = "Oblast of the plans (default Chernivetska).")
    String planOblast = LoadSettings.PlanLoad.DEFAULT.oblast();

    @Option(names = "--plan-budget", paramLabel = "UAH", description = "Budget of the plans (default 3000000).")
    long planBudgetUah = LoadSettings.PlanLoad.DEFAULT.budgetUah();

    @Option(names = "--plan-minutes", paramLabel = "M", description = "Standard of the plans: minutes (default 10).")
    double planMinutes = LoadSettings.PlanLoad.DEFAULT.minutes();

    @Option(names = "--plan-km", paramLabel = "KM", description = "Standard of the plans: kilometres (default 5).")
    double planKm = LoadSettings.PlanLoad.DEFAULT.km();

    @Option(names = "--plan-time-limit", paramLabel = "SECONDS",
            description = "Solver time limit of each plan, also used for its exact reference (default 20).")
    int planTimeLimitSeconds = LoadSettings.PlanLoad.DEFAULT.timeLimitSeconds();

    @Option(names = "--token", paramLabel = "TOKEN", description = "Sent as 'Authorization: Bearer TOKEN'.")
    String token;

    @Override
    public Integer call() throws InterruptedException {
        CommonOptions options = parent.common;
        if (url != null) {
            return run(settings(url), options);
        }
        List<String> arguments = new ArrayList<>(options.springArguments());
        arguments.add("--server.port=0");
        arguments.add("--server.address=127.0.0.1");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CnapPlannerApplication.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            if (token == null) {
                // the server as shipped, security included: a planner's token for this run only
                token = benchToken(context.getBean(ua.cnap.planner.account.AccountService.class), "load-bench",
                        "bench-load");
            }
            return run(settings(URI.create("http://127.0.0.1:" + port)), options);
        }
    }

    /** A planner's API token for one bench ({@code user} is made a planner with a random password if new). */
    static String benchToken(ua.cnap.planner.account.AccountService accounts, String user, String bench) {
        if (accounts.findAccount(user).isEmpty()) {
            accounts.create(user, java.util.UUID.randomUUID().toString(), ua.cnap.planner.account.Role.PLANNER);
        }
        return accounts.issueToken(user, bench + " " + java.time.Instant.now()).token();
    }

    private LoadSettings settings(URI baseUrl) {
        try {
            return new LoadSettings(baseUrl, users, PlanCommand.duration(duration, "--duration"),
                    paths == null ? LoadSettings.DEFAULT_PATHS : paths, Duration.ofMillis(thinkMillis), solves,
                    new LoadSettings.PlanLoad(planOblast, planBudgetUah, planMinutes, planKm, planTimeLimitSeconds,
                            planTimeLimitSeconds),
                    token);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static int run(LoadSettings settings, CommonOptions options) throws InterruptedException {
        System.err.printf("bench-load: %d users, %d plan clients, %d s against %s%n", settings.users(),
                settings.solves(), settings.duration().toSeconds(), settings.baseUrl());
        LoadReport report = new LoadBenchmark(settings).run();
        if (options.json()) {
            PlannerCommandLine.printJson(report);
            return 0;
        }
        System.out.printf("bench-load: %d map users + %d plan clients for %.1f s against %s on %d cores%n",
                report.users(), report.solveClients(), report.seconds(), report.baseUrl(),
                Runtime.getRuntime().availableProcessors());
        report.warmUpMillis().forEach((path, millis) ->
                System.out.printf("  warm-up (alone, once) %-60s %9.1f ms%n", path, millis));
        System.out.printf("  %-70s %7s %6s %5s %8s %8s %8s %8s %7s%n", "request", "count", "errors", "429",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s");
        for (LatencyStats line : report.requests()) {
            print(line);
        }
        print(report.mapOverall());
        LoadReport.SolveFigures s = report.solves();
        System.out.printf("  plans: %d started, %d done (median %.1f s), %d failed, %d refused with 429, "
                + "%d stopped at the end%n", s.started(), s.completed(), s.medianSolveSeconds(), s.failed(),
                s.throttled(), s.stoppedAtEnd());
        for (String error : report.errorSamples()) {
            System.out.println("  error: " + error);
        }
        return 0;
    }

    private static void print(LatencyStats l) {
        String name = l.name().length() > 70 ? l.name().substring(0, 67) + "..." : l.name();
        System.out.printf("  %-70s %7d %6d %5d %8.1f %8.1f %8.1f %8.1f %7.1f%n", name, l.count(), l.errors(),
                l.throttled(), l.p50Millis(), l.p95Millis(), l.p99Millis(), l.maxMillis(), l.requestsPerSecond());
    }
}
