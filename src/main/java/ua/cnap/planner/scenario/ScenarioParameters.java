package ua.cnap.planner.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.Equipment;
import ua.cnap.planner.planning.PlanParameters;
import ua.cnap.planner.planning.PlanRequest;

/**
 * What a scenario asks: one or more oblasts, a budget (one pool or split per oblast), the access
 * standard and the planning settings. Saved with the scenario as JSON; written by hand as YAML
 * ({@link ScenarioFile}, docs/scenario-example.yaml).
 *
 * @param oblasts                the oblasts, each with its register and, when split, its budget
 * @param budgetMode             POOL: one budget over all oblasts; SPLIT: each oblast its own
 * @param budgetUah              the pool, or the total that shares divide (null when SPLIT by amounts)
 * @param maxMinutes             the access standard: minutes
 * @param maxKilometres          and kilometres
 * @param standardRule           EITHER (within the time or the distance) or BOTH
 * @param rules                  "default" (main office per hromada, branches need one, capacity soft)
 *                               or "none" (pure maximal covering)
 * @param horizonYears           years of running costs counted; null: the configured default
 * @param minCandidatePopulation smallest settlement that is a candidate
 * @param kinds                  kinds that may open; empty: all configured kinds
 * @param timeLimitSeconds       OptaPlanner's time limit per solve
 * @param exactTimeLimitSeconds  OR-Tools' time limit for the bound; 0 skips it
 * @param stepLimit              stop the local search after this many steps (a reproducible plan);
 *                               null: only the time limit
 * @param mobileRoutes           after the plan, route mobile offices or cases to what is still beyond
 *                               the standard in each oblast; null: no routes
 * @param excludeOccupied        leave out the Order 376 territories (occupied, active hostilities);
 *                               null: the default of {@link ExclusionChoice#DEFAULT} (left out)
 * @param asOf                   the date the list is read on; null: the day of the run
 * @param service                the service group planned for (PASSPORT, ... or the Ukrainian name);
 *                               null: any access point
 * @param barrierFree            count only access points with step-free access
 * @param passportStations       the donor's passport stations: at most this many (POOL only)
 * @param mobileCases            the donor's mobile cases: at most this many (POOL only)
 */
public record ScenarioParameters(
        List<OblastPart> oblasts,
        BudgetMode budgetMode,
        Long budgetUah,
        double maxMinutes,
        double maxKilometres,
        AccessStandard.Rule standardRule,
        String rules,
        Integer horizonYears,
        long minCandidatePopulation,
        Set<AccessPointKind> kinds,
        int timeLimitSeconds,
        int exactTimeLimitSeconds,
        Integer stepLimit,
        MobileRoutes mobileRoutes,
        Boolean excludeOccupied,
        LocalDate asOf,
        String service,
        Boolean barrierFree,
        Integer passportStations,
        Integer mobileCases) {

    /**
     * Mobile routes after the plan.
     *
     * @param kind     MOBILE_OFFICE or MOBILE_CASE
     * @param vehicles fleet size per oblast
     */
    public record MobileRoutes(AccessPointKind kind, int vehicles) {
    }

    /** How the budget is spread over the oblasts. */
    public enum BudgetMode {
        /** One budget; the solver decides in which oblast money newly covers the most people. */
        POOL,
        /** Every oblast its own amount or share; a separate plan per oblast. */
        SPLIT
    }

    /**
     * One oblast of a scenario.
     *
     * @param oblast    KATOTTG code or name, as for coverage
     * @param register  register of today's offices; null: the oblast's current register
     * @param budgetUah SPLIT only: this oblast's amount
     * @param share     SPLIT only: this oblast's share of the scenario's budgetUah (0..1)
     */
    public record OblastPart(String oblast, String register, Long budgetUah, Double share) {
    }

    public ScenarioParameters {
        oblasts = oblasts == null ? List.of() : List.copyOf(oblasts);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        budgetMode = budgetMode == null ? BudgetMode.POOL : budgetMode;
        standardRule = standardRule == null ? AccessStandard.Rule.EITHER : standardRule;
        rules = rules == null ? "default" : rules.strip().toLowerCase(Locale.ROOT);
    }

    /** Any access point, no equipment. */
    public ScenarioParameters(List<OblastPart> oblasts, BudgetMode budgetMode, Long budgetUah, double maxMinutes,
            double maxKilometres, AccessStandard.Rule standardRule, String rules, Integer horizonYears,
            long minCandidatePopulation, Set<AccessPointKind> kinds, int timeLimitSeconds, int exactTimeLimitSeconds,
            Integer stepLimit, MobileRoutes mobileRoutes, Boolean excludeOccupied, LocalDate asOf) {
        this(oblasts, budgetMode, budgetUah, maxMinutes, maxKilometres, standardRule, rules, horizonYears,
                minCandidatePopulation, kinds, timeLimitSeconds, exactTimeLimitSeconds, stepLimit, mobileRoutes,
                excludeOccupied, asOf, null, null, null, null);
    }

    public ScenarioParameters(List<OblastPart> oblasts, BudgetMode budgetMode, Long budgetUah, double maxMinutes,
            double maxKilometres, AccessStandard.Rule standardRule, String rules, Integer horizonYears,
            long minCandidatePopulation, Set<AccessPointKind> kinds, int timeLimitSeconds, int exactTimeLimitSeconds,
            Integer stepLimit, MobileRoutes mobileRoutes) {
        this(oblasts, budgetMode, budgetUah, maxMinutes, maxKilometres, standardRule, rules, horizonYears,
                minCandidatePopulation, kinds, timeLimitSeconds, exactTimeLimitSeconds, stepLimit, mobileRoutes, null,
                null);
    }

    /**
     * A plan of the web API ({@code POST /api/plans}) as a scenario of one oblast with one budget: the
     * fields asked, with the defaults that {@link PlanParameters#toRequest} filled in (read from the
     * checked request, so they are decided once, there). Empty when the plan closes access points by
     * hand ({@code closed}), which a scenario does not express.
     *
     * @param asked   the plan's fields as posted
     * @param checked the request they were checked into
     */
    public static Optional<ScenarioParameters> ofPlan(PlanParameters asked, PlanRequest checked) {
        if (asked.closed() != null && asked.closed().stream().anyMatch(c -> !c.isBlank())) {
            return Optional.empty();
        }
        // the kinds as the checked request parsed them (offices only: equipment has its own counts)
        Set<AccessPointKind> kinds = asked.kinds() == null ? Set.of() : checked.kinds().keySet().stream()
                .filter(kind -> !kind.isEquipment()).collect(java.util.stream.Collectors.toSet());
        AccessStandard standard = checked.standard();
        return Optional.of(new ScenarioParameters(List.of(new OblastPart(asked.oblast(), asked.register(), null, null)),
                BudgetMode.POOL, asked.budgetUah(), standard.maxMinutes(), standard.maxKilometres(), standard.rule(),
                asked.rules(), checked.horizonYears(), checked.minCandidatePopulation(), kinds,
                (int) checked.timeLimit().toSeconds(), (int) checked.exactTimeLimit().toSeconds(), null, null,
                asked.excludeOccupied(), checked.exclusionChoice().asOf(), asked.service(), asked.barrierFree(),
                asked.passportStations(), asked.mobileCases()));
    }

    /** Whether the Order 376 territories are left out, as every other request says it. */
    public ExclusionChoice exclusionChoice() {
        if (Boolean.FALSE.equals(excludeOccupied)) {
            return ExclusionChoice.INCLUDE;
        }
        return new ExclusionChoice(true, asOf, Boolean.TRUE.equals(excludeOccupied));
    }

    /** The service planned for, parsed as the CLI and the web API parse it. */
    public ServiceRequirement requirement() {
        return ServiceRequirement.parse(service, barrierFree, "service");
    }

    /** The donor's equipment asked for. */
    public Equipment equipment() {
        return Equipment.of(passportStations, mobileCases);
    }

    public AccessStandard standard() {
        return new AccessStandard(maxMinutes, maxKilometres, standardRule);
    }

    /**
     * Checks the parameters as a whole; a problem names the key, as in the YAML file.
     *
     * @param source the file or request they came from, for the message
     */
    public void validate(String source) {
        if (oblasts.isEmpty()) {
            throw new BadInputException(source, "oblasts", "list at least one oblast");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < oblasts.size(); i++) {
            OblastPart part = oblasts.get(i);
            String key = "oblasts[" + i + "]";
            if (part.oblast() == null || part.oblast().isBlank()) {
                throw new BadInputException(source, key + ".oblast", "missing: a KATOTTG code or name");
            }
            if (!seen.add(part.oblast().strip().toLowerCase(Locale.ROOT))) {
                throw new BadInputException(source, key + ".oblast", "listed twice: " + part.oblast());
            }
            if (budgetMode == BudgetMode.POOL && (part.budgetUah() != null || part.share() != null)) {
                throw new BadInputException(source, key, "budgetUah and share per oblast need budgetMode: split");
            }
            if (budgetMode == BudgetMode.SPLIT) {
                if ((part.budgetUah() == null) == (part.share() == null)) {
                    throw new BadInputException(source, key, "with budgetMode: split give either budgetUah or "
                            + "share for every oblast");
                }
                if (part.budgetUah() != null && part.budgetUah() < 0) {
                    throw new BadInputException(source, key + ".budgetUah", "cannot be negative");
                }
                if (part.share() != null && (part.share() < 0 || part.share() > 1)) {
                    throw new BadInputException(source, key + ".share", "must be between 0 and 1");
                }
                if (part.share() != null && budgetUah == null) {
                    throw new BadInputException(source, "budgetUah", "shares need the total budgetUah they divide");
                }
            }
        }
        Equipment equipment;
        try {
            equipment = equipment();
            requirement();
        } catch (BadInputException e) {
            throw new BadInputException(source, e.item(), e.reason());
        }
        if (budgetMode == BudgetMode.POOL && budgetUah == null && !equipment.isAsked()) {
            throw new BadInputException(source, "budgetUah", "missing: the budget pool in UAH (or passportStations, "
                    + "mobileCases)");
        }
        if (budgetMode == BudgetMode.SPLIT && equipment.isAsked()) {
            throw new BadInputException(source, "budgetMode", "passport stations and mobile cases are counted over "
                    + "all oblasts: use budgetMode pool");
        }
        if (budgetUah != null && budgetUah < 0) {
            throw new BadInputException(source, "budgetUah", "cannot be negative");
        }
        double shares = oblasts.stream().filter(p -> p.share() != null).mapToDouble(OblastPart::share).sum();
        if (shares > 1 + 1e-9) {
            throw new BadInputException(source, "oblasts", "the shares add up to " + shares + ", more than 1");
        }
        if (!(maxMinutes > 0) || !(maxKilometres > 0)) {
            throw new BadInputException(source, "standard", "minutes and km must be positive");
        }
        if (!rules.equals("default") && !rules.equals("none")) {
            throw new BadInputException(source, "rules", "must be default or none, not " + rules);
        }
        if (horizonYears != null && horizonYears < 0) {
            throw new BadInputException(source, "horizonYears", "cannot be negative");
        }
        if (timeLimitSeconds <= 0) {
            throw new BadInputException(source, "solver.timeLimitSeconds", "must be positive");
        }
        if (exactTimeLimitSeconds < 0) {
            throw new BadInputException(source, "solver.exactTimeLimitSeconds", "cannot be negative");
        }
        if (Boolean.FALSE.equals(excludeOccupied) && asOf != null) {
            throw new BadInputException(source, "asOf", "applies only when the occupied territories and those of "
                    + "hostilities are left out; drop it or drop excludeOccupied: false");
        }
        if (stepLimit != null && stepLimit <= 0) {
            throw new BadInputException(source, "solver.stepLimit", "must be positive");
        }
    }

    /** The budget of each oblast when SPLIT (shares rounded down to whole UAH), in list order. */
    public List<Long> splitBudgetsUah() {
        List<Long> budgets = new ArrayList<>();
        for (OblastPart part : oblasts) {
            budgets.add(part.budgetUah() != null ? part.budgetUah() : (long) Math.floor(part.share() * budgetUah));
        }
        return budgets;
    }

    /**
     * The whole money of the scenario: the pool, or the sum of the oblasts' budgets; null for the donor's
     * equipment asked without a budget (its cost, known once planned, is the budget: the result's KPIs).
     */
    public Long totalBudgetUah() {
        if (budgetMode == BudgetMode.POOL) {
            return budgetUah;
        }
        return splitBudgetsUah().stream().mapToLong(Long::longValue).sum();
    }
}
