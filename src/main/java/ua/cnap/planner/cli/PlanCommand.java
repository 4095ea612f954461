package ua.cnap.planner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.Equipment;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.PlanningInstance;
import ua.cnap.planner.planning.PlanningInstanceJson;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.planning.Proposal;

/** {@code cnap-planner plan}: where to open what within a budget, and how close that is to the best. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Proposes new main offices, branches and remote workplaces that close white spots within a "
                + "budget (OptaPlanner), with the bound and gap of an exact OR-Tools reference; for a service "
                + "(--service), also passport stations and mobile cases for existing offices.")
class PlanCommand implements Callable<Integer> {

    @ParentCommand
    PlannerCommandLine parent;

    @Mixin
    AreaOptions area;

    @Mixin
    ExclusionOptions exclusions;

    @Mixin
    ServiceOptions service;

    @Option(names = "--passport-stations", paramLabel = "K",
            description = "Give at most K passport stations to existing offices without passport services "
                    + "(with --service PASSPORT). Without --budget only equipment is proposed, within its cost.")
    Integer passportStations;

    @Option(names = "--mobile-cases", paramLabel = "M",
            description = "Give at most M mobile cases to existing offices, to serve settlements beyond the "
                    + "standard. Without --budget only equipment is proposed, within its cost.")
    Integer mobileCases;

    @Option(names = "--budget", paramLabel = "UAH",
            description = "Budget: one-off costs plus yearly costs over the horizon.")
    Long budgetUah;

    @Option(names = "--p-median", paramLabel = "P",
            description = "Instead of a budget: where P new offices minimise the population-weighted travel time "
                    + "(today's offices kept).")
    Integer pMedian;

    @Option(names = "--time-limit", paramLabel = "DURATION",
            description = "OptaPlanner's time limit, e.g. 30s, 2m (default 30s, at most 30m).")
    String timeLimit;

    @Option(names = "--rule", paramLabel = "either|both",
            description = "Covered within the time or the distance (either, default) or within both.")
    String rule;

    @Option(names = "--exact-time-limit", paramLabel = "DURATION",
            description = "OR-Tools' time limit for the exact reference (default 60s, at most 10m; 0 skips it).")
    String exactTimeLimit;

    @Option(names = "--rules", paramLabel = "default|none", defaultValue = "default",
            description = "none: only budget and one per settlement (pure maximal covering).")
    String rules;

    @Option(names = "--horizon", paramLabel = "YEARS", description = "Years of running costs (default 3).")
    Integer horizonYears;

    @Option(names = "--min-population", paramLabel = "N",
            description = "Smallest settlement that is a candidate; hromada centres always are (default 300).")
    Long minPopulation;

    @Option(names = "--export-instance", paramLabel = "FILE", description = "Write the instance as JSON.")
    Path exportInstance;

    @Override
    public Integer call() {
        CommonOptions options = parent.common;
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(options, WebApplicationType.NONE)) {
            AccessStandard standard = area.standard(context.getBean(AccessStandard.class),
                    AccessStandard.Rule.parse(rule, "--rule"));
            PlanningService planning = context.getBean(PlanningService.class);
            if (pMedian != null) {
                var answer = planning.planPMedian(area.oblast, area.register, standard, pMedian,
                        timeLimit == null ? PlanRequest.DEFAULT_TIME_LIMIT : duration(timeLimit, "--time-limit"),
                        exclusions.choice());
                if (options.json()) {
                    PlannerCommandLine.printJson(answer);
                } else {
                    System.out.printf("%d new offices: population-weighted mean travel time %.1f → %.1f min (%s)%n",
                            answer.p(), answer.meanTravelTimeSecondsBefore() / 60,
                            answer.meanTravelTimeSecondsAfter() / 60, answer.travelModel());
                    answer.sites().forEach(site -> System.out.printf("  %-28s %,8d residents  %s%n", site.name(),
                            site.population(), site.settlementId()));
                }
                return 0;
            }
            Equipment equipment = Equipment.of(passportStations, mobileCases);
            if (budgetUah == null && !equipment.isAsked()) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "give --budget UAH, --passport-stations K or --mobile-cases M (or --p-median P)");
            }
            PlanDefaults defaults = context.getBean(PlanDefaults.class);
            PlanRequest request = defaults.forService(new PlanRequest(area.oblast, area.register, standard,
                    budgetUah == null ? 0 : budgetUah, horizonYears == null ? defaults.horizonYears() : horizonYears,
                    defaults.kinds(), rules(),
                    minPopulation == null ? PlanRequest.DEFAULT_MIN_CANDIDATE_POPULATION : minPopulation,
                    timeLimit == null ? PlanRequest.DEFAULT_TIME_LIMIT : duration(timeLimit, "--time-limit"),
                    exactTimeLimit == null ? PlanRequest.DEFAULT_EXACT_TIME_LIMIT
                            : duration(exactTimeLimit, "--exact-time-limit"))
                    .withExclusionChoice(exclusions.changes(), exclusions.choice()),
                    service.requirement(), equipment, null, budgetUah);
            PlanningService.Prepared prepared = planning.prepare(request);
            if (exportInstance != null) {
                PlanningInstanceJson.write(prepared.instance(), exportInstance);
            }
            PlanResult result = planning.solve(request, prepared, null, step -> { }, new ua.cnap.planner.planning.StopSignal());
            if (options.json()) {
                PlannerCommandLine.printJson(result);
            } else {
                print(result, System.out);
            }
            return 0;
        }
    }

    private PlanningInstance.Rules rules() {
        return PlanRequest.rulesNamed(rules, "--rules");
    }

    /** 30s, 2m, 1h, 500ms or ISO-8601 (PT30S). */
    static Duration duration(String text, String option) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long amount = Long.parseLong(t.replaceAll("[smh]$", ""));
            return switch (t.charAt(t.length() - 1)) {
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a duration such as 30s or 2m", e);
        }
    }

    private static void print(PlanResult r, PrintStream out) {
        out.printf("Plan for %s: %s, budget %,d UAH (one-off + %d years of running costs)%n", r.oblastName(),
                r.standard(), r.budgetUah(), r.horizonYears());
        out.printf("  travel model: %s%n", r.travelModel());
        if (r.service() != null && !r.service().isAny()) {
            out.printf("  service: %s (covered: an access point offering it within the standard)%n",
                    r.service().describeUk());
        }
        if (!r.kindLimits().isEmpty()) {
            out.printf("  at most: %s%n", r.kindLimits());
        }
        out.printf("  %s%n", ExclusionOptions.describe(r.exclusions()));
        if (!r.feasible()) {
            // a plan that breaks a hard rule is no result: say why, print none of its figures
            out.printf("  NO FEASIBLE PLAN FOUND in %.1f s: the best plan the search reached breaks %s%n",
                    r.seconds(), String.join("; ", r.violations()));
            if (r.exactStatus() != null) {
                out.printf("  OR-Tools (%s): %s%n", r.exactStatus(), "INFEASIBLE".equals(r.exactStatus())
                        ? "no plan satisfies the rules within this budget"
                        : String.format("a plan newly covering %,d exists", r.exactNewlyCovered()));
            }
            return;
        }
        if (r.rulesNote() != null) {
            out.printf("  %s%n", r.rulesNote());
        }
        boolean cases = r.proposals().stream().anyMatch(p -> p.kind() == AccessPointKind.MOBILE_CASE);
        out.printf("  covered today %,d → with the plan %,d (+%,d%s) for %,d UAH%n", r.populationCoveredBefore(),
                r.populationCoveredAfter(), r.newlyCoveredPopulation(),
                cases ? " newly covered or served by a mobile case" : "", r.costUah());
        if (r.bound() != null) {
            out.printf("  OR-Tools (%s): at most %,.0f newly covered; gap %.2f %%%n", r.exactStatus(), r.bound(),
                    r.gap() * 100);
        }
        if (r.costGap() != null) {
            out.printf("  cheapest plan of this coverage (%s): %,d UAH; cost gap %.2f %%%n", r.cheapestStatus(),
                    r.cheapestCostUah(), r.costGap() * 100);
        }
        out.printf("  %d candidates, %d settlements; OptaPlanner %.1f s%s, score %s; %.1f s in all%n", r.candidates(),
                r.demandPoints(), r.solveSeconds(), r.stoppedAtOptimum() ? " (stopped at the proven optimum)" : "",
                r.score(), r.seconds());
        if (PlanResult.SOURCE_EXACT_REFERENCE.equals(r.planSource())) {
            out.printf("  proposed: the exact reference's plan, better than the search's own (+%,d for %,d UAH%s)%n",
                    r.searchNewlyCovered(), r.searchCostUah(), Boolean.FALSE.equals(r.searchFeasible())
                            ? ", breaking a rule" : "");
        }
        out.printf("%n  %-17s %-26s %12s %10s %10s%n", "kind", "settlement", "cost UAH", "newly cov.", "UAH/person");
        for (Proposal p : r.proposals()) {
            out.printf("  %-17s %-26s %,12d %,10d %10s%n", p.kind(), p.name(), p.costUah(),
                    p.newlyCoveredPopulation(), p.costPerNewlyCoveredResidentUah() == null ? "-"
                            : String.format("%,.0f", p.costPerNewlyCoveredResidentUah()));
        }
        out.printf("%n  assumptions (UAH): %s%n", r.assumptions());
        if (r.equipmentNote() != null) {
            out.printf("  %s%n", r.equipmentNote());
        }
    }
}
