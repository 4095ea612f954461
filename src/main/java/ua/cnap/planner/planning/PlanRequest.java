package ua.cnap.planner.planning;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.coverage.NetworkChanges;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.coverage.TerritoryExclusions;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;
import ua.cnap.planner.planning.PlanningInstance.Rules;

/**
 * What a planner asks: where to open what in an oblast, for a budget.
 *
 * @param oblast                 KATOTTG code or name (as for coverage); {@value CoverageRequest#ALL} for
 *                               every oblast and Kyiv under one budget, or several joined by commas
 * @param register               register id or name; null for the oblast's current register
 * @param standard               the access standard that defines "covered"
 * @param budgetUah              budget: one-off costs plus yearly costs over the horizon
 * @param horizonYears           years of running costs
 * @param kinds                  kinds that may open, with their cost and capacity assumptions
 * @param rules                  rules that apply ({@link Rules#none()} for the pure maximal-covering problem)
 * @param minCandidatePopulation smallest settlement that is a candidate (hromada centres always are)
 * @param timeLimit              OptaPlanner's time limit
 * @param exactTimeLimit         OR-Tools' time limit for the reference (bound and gap); zero to skip it
 * @param changes                closures and what-if changes of today's network
 * @param exclusions             territories whose demand is not planned for, given by hand
 * @param exclusionChoice        whether the Order 376 territories are left out and as of when (default:
 *                               left out as of today); used when {@code exclusions} is empty
 * @param service                the service (and step-free access) planned for: "covered" means an
 *                               access point offering it within the standard ({@link ServiceRequirement#ANY}:
 *                               any access point)
 * @param equipment              passport stations and mobile cases asked for ({@link Equipment#NONE}: none);
 *                               their assumptions are in {@code kinds}
 */
public record PlanRequest(
        String oblast,
        String register,
        AccessStandard standard,
        long budgetUah,
        int horizonYears,
        Map<AccessPointKind, KindAssumptions> kinds,
        Rules rules,
        long minCandidatePopulation,
        Duration timeLimit,
        Duration exactTimeLimit,
        NetworkChanges changes,
        TerritoryExclusions exclusions,
        ExclusionChoice exclusionChoice,
        ServiceRequirement service,
        Equipment equipment) {

    /** Smallest settlement that is a candidate site unless asked otherwise (hromada centres always are). */
    public static final long DEFAULT_MIN_CANDIDATE_POPULATION = 300;
    /** OptaPlanner's time limit unless asked otherwise. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    /** CP-SAT's time limit for the exact reference unless asked otherwise. */
    public static final Duration DEFAULT_EXACT_TIME_LIMIT = Duration.ofSeconds(60);
    /** The longest search a request may ask for: one plan must not hold the server's plan slot for long. */
    public static final Duration MAX_TIME_LIMIT = Duration.ofMinutes(30);
    /** The longest exact reference a request may ask for. */
    public static final Duration MAX_EXACT_TIME_LIMIT = Duration.ofMinutes(10);
    /** Years of running costs a budget may cover. */
    public static final int MAX_HORIZON_YEARS = 30;

    /**
     * Every bound of a plan request, checked here once for the web API, the CLI and scenario files; a
     * value out of range is a {@link BadInputException} naming the field (HTTP 400, exit code 2).
     */
    public PlanRequest {
        if (budgetUah < 0) {
            throw new BadInputException("plan", "budgetUah", "cannot be negative, got " + budgetUah);
        }
        if (horizonYears < 1 || horizonYears > MAX_HORIZON_YEARS) {
            throw new BadInputException("plan", "horizonYears", "must be 1 to " + MAX_HORIZON_YEARS
                    + " years, got " + horizonYears);
        }
        if (minCandidatePopulation < 0) {
            throw new BadInputException("plan", "minCandidatePopulation", "cannot be negative, got "
                    + minCandidatePopulation);
        }
        if (timeLimit == null || timeLimit.compareTo(Duration.ofSeconds(1)) < 0 || timeLimit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw new BadInputException("plan", "timeLimitSeconds", "must be 1 to " + MAX_TIME_LIMIT.toSeconds()
                    + " seconds, got " + (timeLimit == null ? null : timeLimit.toSeconds()));
        }
        if (exactTimeLimit == null || exactTimeLimit.isNegative() || exactTimeLimit.compareTo(MAX_EXACT_TIME_LIMIT) > 0) {
            throw new BadInputException("plan", "exactTimeLimitSeconds", "must be 0 (skip the exact reference) to "
                    + MAX_EXACT_TIME_LIMIT.toSeconds() + " seconds, got "
                    + (exactTimeLimit == null ? null : exactTimeLimit.toSeconds()));
        }
        kinds = Map.copyOf(kinds);
        changes = changes == null ? NetworkChanges.NONE : changes;
        exclusions = exclusions == null ? TerritoryExclusions.NONE : exclusions;
        exclusionChoice = exclusionChoice == null ? ExclusionChoice.DEFAULT : exclusionChoice;
        service = service == null ? ServiceRequirement.ANY : service;
        equipment = equipment == null ? Equipment.NONE : equipment;
        for (AccessPointKind kind : equipment.limits().keySet()) {
            if (!kinds.containsKey(kind)) {
                throw new BadInputException("plan", "kinds", "no cost assumptions for " + kind);
            }
        }
        if (equipment.passportStations() > 0 && service.service() != ServiceKind.PASSPORT) {
            throw new BadInputException("plan", "passportStations", "a passport station only helps the passport "
                    + "service: ask for service PASSPORT");
        }
    }

    public PlanRequest(String oblast, String register, AccessStandard standard, long budgetUah, int horizonYears,
            Map<AccessPointKind, KindAssumptions> kinds, Rules rules, long minCandidatePopulation, Duration timeLimit,
            Duration exactTimeLimit, NetworkChanges changes, TerritoryExclusions exclusions,
            ExclusionChoice exclusionChoice) {
        this(oblast, register, standard, budgetUah, horizonYears, kinds, rules, minCandidatePopulation, timeLimit,
                exactTimeLimit, changes, exclusions, exclusionChoice, ServiceRequirement.ANY, Equipment.NONE);
    }

    public PlanRequest(String oblast, String register, AccessStandard standard, long budgetUah, int horizonYears,
            Map<AccessPointKind, KindAssumptions> kinds, Rules rules, long minCandidatePopulation, Duration timeLimit,
            Duration exactTimeLimit, NetworkChanges changes, TerritoryExclusions exclusions) {
        this(oblast, register, standard, budgetUah, horizonYears, kinds, rules, minCandidatePopulation, timeLimit,
                exactTimeLimit, changes, exclusions, ExclusionChoice.DEFAULT);
    }

    public PlanRequest(String oblast, String register, AccessStandard standard, long budgetUah, int horizonYears,
            Map<AccessPointKind, KindAssumptions> kinds, Rules rules, long minCandidatePopulation, Duration timeLimit,
            Duration exactTimeLimit) {
        this(oblast, register, standard, budgetUah, horizonYears, kinds, rules, minCandidatePopulation, timeLimit,
                exactTimeLimit, NetworkChanges.NONE, TerritoryExclusions.NONE);
    }

    /** The same plan with closures and territory exclusions. */
    public PlanRequest withExclusions(NetworkChanges newChanges, TerritoryExclusions newExclusions) {
        return new PlanRequest(oblast, register, standard, budgetUah, horizonYears, kinds, rules,
                minCandidatePopulation, timeLimit, exactTimeLimit, newChanges, newExclusions, exclusionChoice, service, equipment);
    }

    /** The same plan with closures and a choice about the Order 376 territories. */
    public PlanRequest withExclusionChoice(NetworkChanges newChanges, ExclusionChoice newChoice) {
        return new PlanRequest(oblast, register, standard, budgetUah, horizonYears, kinds, rules,
                minCandidatePopulation, timeLimit, exactTimeLimit, newChanges, exclusions, newChoice, service, equipment);
    }

    /**
     * The same plan for a service, with equipment: {@code kinds} then says which kinds may be proposed
     * (see {@link PlanDefaults#kindsFor}).
     */
    public PlanRequest forService(ServiceRequirement newService, Equipment newEquipment,
            Map<AccessPointKind, KindAssumptions> newKinds, long newBudgetUah) {
        return new PlanRequest(oblast, register, standard, newBudgetUah, horizonYears, newKinds, rules,
                minCandidatePopulation, timeLimit, exactTimeLimit, changes, exclusions, exclusionChoice, newService,
                newEquipment);
    }

    /** The same plan for one oblast of a national or multi-oblast plan (its code). */
    public PlanRequest forOblast(String oblastCode) {
        return new PlanRequest(oblastCode, register, standard, budgetUah, horizonYears, kinds, rules,
                minCandidatePopulation, timeLimit, exactTimeLimit, changes, exclusions, exclusionChoice, service,
                equipment);
    }

    /** The same plan with a choice about the Order 376 territories. */
    public PlanRequest withExclusionChoice(ExclusionChoice newChoice) {
        return withExclusionChoice(changes, newChoice);
    }

    /** The coverage of today's network this plan starts from. */
    public CoverageRequest coverageRequest() {
        return new CoverageRequest(oblast, standard, register, changes, exclusions, exclusionChoice, service);
    }

    /**
     * The rules by name, as the CLI, the web API and scenario files take them: "default" (also when
     * null or blank) or "none".
     *
     * @param field the option or field it came from, named in the error
     */
    public static Rules rulesNamed(String name, String field) {
        if (name == null || name.isBlank()) {
            return defaultRules();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "default" -> defaultRules();
            case "none" -> Rules.none();
            default -> throw new BadInputException(field, name, "use default (main office in every hromada, "
                    + "branches and remote workplaces need one, capacity) or none (budget only)");
        };
    }

    /** The default rules: main office in every hromada, branches need one, capacity soft. */
    public static Rules defaultRules() {
        return new Rules(true, true, PlanningInstance.CapacityRule.SOFT, CostAssumptions.VISITS_PER_RESIDENT_PER_YEAR,
                CostAssumptions.WORKING_DAYS_PER_YEAR);
    }
}
