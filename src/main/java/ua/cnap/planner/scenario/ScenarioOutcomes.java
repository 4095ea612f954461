package ua.cnap.planner.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.PlanningInstance;
import ua.cnap.planner.planning.PlanningInstance.Candidate;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.planning.PlanningService.Prepared;
import ua.cnap.planner.planning.Proposal;
import ua.cnap.planner.territory.Hromada;

/**
 * Turns the solver runs of a scenario into its figures: per hromada and oblast coverage before and
 * after (plain set arithmetic on the instances' coverage sets, as {@code PlanEvaluator} does for the
 * totals), the proposals ranked by cost per newly covered resident across oblasts with what the first
 * ones achieve together, and the totals.
 */
final class ScenarioOutcomes {

    /**
     * One solver run.
     *
     * @param prepared  the instance it solved (one oblast or the union of a pool)
     * @param plan      its plan; null when it was cancelled before it started
     * @param budgetUah its budget
     */
    record Solved(Prepared prepared, PlanResult plan, long budgetUah) {
    }

    private final Map<String, Hromada> hromadas;
    private final Map<String, String> oblastNames;
    private final Map<String, ua.cnap.planner.coverage.ExclusionSummary> exclusions;

    /**
     * @param hromadas    hromadas of the scenario's oblasts by code (names, oblast)
     * @param oblastNames oblast names by code
     */
    ScenarioOutcomes(Map<String, Hromada> hromadas, Map<String, String> oblastNames) {
        this(hromadas, oblastNames, Map.of());
    }

    /** @param exclusions per oblast code, what today's coverage left out (Order 376, closures) */
    ScenarioOutcomes(Map<String, Hromada> hromadas, Map<String, String> oblastNames,
            Map<String, ua.cnap.planner.coverage.ExclusionSummary> exclusions) {
        this.hromadas = hromadas;
        this.oblastNames = oblastNames;
        this.exclusions = exclusions;
    }

    ScenarioResult build(ScenarioParameters parameters, List<Solved> solves, boolean complete) {
        Map<String, Long> population = new TreeMap<>();
        Map<String, Long> before = new HashMap<>();
        Map<String, Long> after = new HashMap<>();
        Map<String, long[]> proposalsAndCost = new HashMap<>();
        Map<String, Demand> demand = new HashMap<>();
        Map<String, Candidate> candidates = new HashMap<>();
        Set<String> coveredToday = new HashSet<>();
        List<Proposal> proposals = new ArrayList<>();
        List<ScenarioResult.SolveOutcome> solveOutcomes = new ArrayList<>();

        for (Solved solved : solves) {
            PlanningInstance instance = solved.prepared().instance();
            instance.hromadaCodes().forEach(code -> population.putIfAbsent(code, 0L));
            instance.demand().forEach(d -> demand.put(d.id(), d));
            instance.candidates().forEach(c -> candidates.put(c.id(), c));
            coveredToday.addAll(instance.coveredByExisting());
            Set<String> coveredAfter = new HashSet<>(instance.coveredByExisting());
            List<Proposal> chosen = solved.plan() == null ? List.of() : solved.plan().proposals();
            for (Proposal p : chosen) {
                coveredAfter.addAll(covers(candidates.get(p.candidateId()), p));
                long[] figures = proposalsAndCost.computeIfAbsent(p.hromadaCode(), k -> new long[2]);
                figures[0]++;
                figures[1] += p.costUah();
            }
            proposals.addAll(chosen);
            for (Demand d : instance.demand()) {
                population.merge(d.hromadaCode(), d.population(), Long::sum);
                if (instance.coveredByExisting().contains(d.id())) {
                    before.merge(d.hromadaCode(), d.population(), Long::sum);
                }
                if (coveredAfter.contains(d.id())) {
                    after.merge(d.hromadaCode(), d.population(), Long::sum);
                }
            }
            if (solved.plan() != null) {
                PlanResult r = solved.plan();
                solveOutcomes.add(new ScenarioResult.SolveOutcome(solved.prepared().areaCode(),
                        solved.prepared().areaName(), solved.budgetUah(), r.candidates(), r.newlyCoveredPopulation(),
                        r.costUah(), r.feasible(), r.violations(), r.score(), r.bound(), r.gap(), r.exactStatus(),
                        false, r.solveSeconds(), r.costGap(), r.stoppedAtOptimum(), r.exactSeconds(),
                        r.stoppedAtOptimum() && !r.progress().isEmpty()
                                ? r.progress().get(r.progress().size() - 1).seconds() : null, r.planSource()));
            }
        }

        List<ScenarioResult.AreaOutcome> hromadaOutcomes = new ArrayList<>();
        Map<String, long[]> perOblast = new TreeMap<>();
        for (Map.Entry<String, Long> entry : population.entrySet()) {
            String code = entry.getKey();
            Hromada hromada = hromadas.get(code);
            String oblastCode = hromada == null ? null : hromada.oblastCode();
            long[] figures = proposalsAndCost.getOrDefault(code, new long[2]);
            ScenarioKpis kpis = ScenarioKpis.of(entry.getValue(), before.getOrDefault(code, 0L),
                    after.getOrDefault(code, 0L), null, figures[1], (int) figures[0]);
            hromadaOutcomes.add(new ScenarioResult.AreaOutcome(code, hromada == null ? code : hromada.nameUk(),
                    oblastCode, kpis));
            long[] oblast = perOblast.computeIfAbsent(oblastCode == null ? "?" : oblastCode, k -> new long[5]);
            oblast[0] += kpis.population();
            oblast[1] += kpis.populationCoveredBefore();
            oblast[2] += kpis.populationCoveredAfter();
            oblast[3] += kpis.costUah();
            oblast[4] += kpis.proposals();
        }
        Map<String, Long> oblastBudgets = oblastBudgets(parameters, solves);
        List<ScenarioResult.AreaOutcome> oblastOutcomes = new ArrayList<>();
        perOblast.forEach((code, f) -> oblastOutcomes.add(new ScenarioResult.AreaOutcome(code,
                oblastNames.getOrDefault(code, code), code,
                ScenarioKpis.of(f[0], f[1], f[2], oblastBudgets.get(code), f[3], (int) f[4]))));

        long totalPopulation = population.values().stream().mapToLong(Long::longValue).sum();
        long totalBefore = before.values().stream().mapToLong(Long::longValue).sum();
        long totalAfter = after.values().stream().mapToLong(Long::longValue).sum();
        long totalCost = proposals.stream().mapToLong(Proposal::costUah).sum();
        ScenarioKpis totals = ScenarioKpis.of(totalPopulation, totalBefore, totalAfter,
                solves.stream().mapToLong(Solved::budgetUah).sum(), totalCost, proposals.size());

        List<RankedProposal> ranked = rank(proposals, candidates, demand, coveredToday, totalPopulation);
        Solved first = solves.get(0);
        CoverageResult coverage = first.prepared().coverage();
        String method = parameters.budgetMode() == ScenarioParameters.BudgetMode.POOL
                ? "one combined plan over " + first.prepared().areaCode().split(",").length + " oblast(s) with one budget: the solver "
                        + "puts the money where it newly covers the most people"
                : "a separate plan per oblast, each within its own budget";
        return new ScenarioResult(method, complete, coverage.accessibility().standard(),
                coverage.accessibility().modelName(), coverage.accessibility().modelError(),
                first.prepared().instance().horizonYears(), first.prepared().instance().kinds(), totals,
                oblastOutcomes, hromadaOutcomes, ranked, solveOutcomes, exclusions);
    }

    /** SPLIT: each oblast's own budget; POOL: none per oblast (the money goes where it does most). */
    private static Map<String, Long> oblastBudgets(ScenarioParameters parameters, List<Solved> solves) {
        Map<String, Long> budgets = new HashMap<>();
        if (parameters.budgetMode() == ScenarioParameters.BudgetMode.SPLIT) {
            solves.forEach(s -> budgets.put(s.prepared().areaCode(), s.budgetUah()));
        }
        return budgets;
    }

    private List<RankedProposal> rank(List<Proposal> proposals, Map<String, Candidate> candidates,
            Map<String, Demand> demand, Set<String> coveredToday, long totalPopulation) {
        List<Proposal> order = new ArrayList<>(proposals);
        order.sort(Comparator.comparing((Proposal p) -> p.costPerNewlyCoveredResidentUah() == null)
                .thenComparing(p -> p.costPerNewlyCoveredResidentUah() == null ? 0
                        : p.costPerNewlyCoveredResidentUah())
                .thenComparingLong(Proposal::costUah)
                .thenComparing(Proposal::candidateId));
        Set<String> covered = new HashSet<>(coveredToday);
        long coveredPopulation = covered.stream().map(demand::get).mapToLong(Demand::population).sum();
        long coveredTodayPopulation = coveredPopulation;
        long cumulativeCost = 0;
        List<RankedProposal> ranked = new ArrayList<>();
        for (Proposal p : order) {
            for (String id : covers(candidates.get(p.candidateId()), p)) {
                Demand d = demand.get(id);
                if (d != null && covered.add(id)) {
                    coveredPopulation += d.population();
                }
            }
            cumulativeCost += p.costUah();
            Hromada hromada = hromadas.get(p.hromadaCode());
            String oblastCode = hromada == null ? null : hromada.oblastCode();
            ranked.add(new RankedProposal(ranked.size() + 1, oblastCode, oblastNames.get(oblastCode), p.hromadaCode(),
                    hromada == null ? null : hromada.nameUk(), p.kind(), p.candidateId(), p.settlementId(), p.name(),
                    p.lon(), p.lat(), p.costUah(), p.newlyCoveredPopulation(), p.costPerNewlyCoveredResidentUah(),
                    cumulativeCost, coveredPopulation, coveredPopulation - coveredTodayPopulation,
                    ScenarioKpis.share(coveredPopulation, totalPopulation)));
        }
        return ranked;
    }

    private static List<String> covers(Candidate candidate, Proposal p) {
        if (candidate == null) {
            throw new IllegalStateException("the plan names candidate " + p.candidateId() + ", not in its instance");
        }
        return candidate.options().stream().filter(o -> o.kind() == p.kind()).findFirst()
                .map(PlanningInstance.Option::covers)
                .orElseThrow(() -> new IllegalStateException(p.candidateId() + " cannot open as " + p.kind()));
    }
}
