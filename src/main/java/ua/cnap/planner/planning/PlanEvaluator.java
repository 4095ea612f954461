package ua.cnap.planner.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.Candidate;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.planning.PlanningInstance.Option;

/**
 * Scores chosen options against an instance with plain set arithmetic: the same yardstick for the
 * OptaPlanner plan, the OR-Tools optimum and a plan read back from an exported instance. Checks the
 * hard rules (budget, one per settlement, main office per hromada, branch needs a main office, the most
 * proposals of a kind) and
 * reports each broken one in words.
 */
public final class PlanEvaluator {

    public PlanEvaluation evaluate(PlanningInstance instance, List<Choice> choices) {
        Map<String, Candidate> candidates = new HashMap<>();
        instance.candidates().forEach(c -> candidates.put(c.id(), c));
        Map<String, Demand> demand = new HashMap<>();
        instance.demand().forEach(d -> demand.put(d.id(), d));

        List<String> violations = new ArrayList<>();
        List<Opened> opened = new ArrayList<>();
        Set<String> settlements = new HashSet<>();
        long cost = 0;
        for (Choice choice : choices) {
            Candidate candidate = candidates.get(choice.candidateId());
            if (candidate == null) {
                violations.add("unknown candidate " + choice.candidateId());
                continue;
            }
            Option option = candidate.options().stream().filter(o -> o.kind() == choice.kind()).findFirst()
                    .orElse(null);
            if (option == null) {
                violations.add(candidate.id() + " cannot open as " + choice.kind());
                continue;
            }
            if (!settlements.add(candidate.settlementSlot())) {
                violations.add("more than one new access point in settlement " + candidate.settlementId());
            }
            cost += option.costUah();
            opened.add(new Opened(candidate, option));
        }
        if (cost > instance.budgetUah()) {
            violations.add("cost " + cost + " UAH exceeds the budget of " + instance.budgetUah() + " UAH");
        }
        checkHromadaRules(instance, opened, violations);
        instance.kindLimits().forEach((kind, limit) -> {
            long count = opened.stream().filter(o -> o.option().kind() == kind).count();
            if (count > limit) {
                violations.add(count + " proposals of " + kind + ", more than the " + limit + " asked");
            }
        });

        long before = instance.demand().stream().filter(d -> instance.coveredByExisting().contains(d.id()))
                .mapToLong(Demand::population).sum();
        // who newly covers whom: each newly covered demand point goes to its nearest opened proposal
        Map<String, List<Opened>> coveringNew = new HashMap<>();
        for (Opened o : opened) {
            for (String id : o.option().covers()) {
                if (!instance.coveredByExisting().contains(id)) {
                    coveringNew.computeIfAbsent(id, k -> new ArrayList<>()).add(o);
                }
            }
        }
        Map<Opened, long[]> figures = new HashMap<>();
        opened.forEach(o -> figures.put(o, new long[2]));
        long newly = 0;
        for (Map.Entry<String, List<Opened>> entry : coveringNew.entrySet()) {
            Demand d = demand.get(entry.getKey());
            if (d == null) {
                continue;
            }
            newly += d.population();
            List<Opened> covering = entry.getValue();
            Opened nearest = covering.stream()
                    .min(Comparator.comparingDouble((Opened o) -> o.option().reaches()
                                    .getOrDefault(d.id(), Double.POSITIVE_INFINITY))
                            .thenComparing(o -> o.candidate().id()))
                    .orElseThrow();
            figures.get(nearest)[0] += d.population();
            if (covering.size() == 1) {
                figures.get(nearest)[1] += d.population();
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Opened o : opened) {
            long[] f = figures.get(o);
            Candidate c = o.candidate();
            proposals.add(new Proposal(o.option().kind(), c.id(), c.settlementId(), c.name(), c.lon(), c.lat(),
                    c.hromadaCode(), o.option().costUah(), f[0], f[1],
                    f[0] == 0 ? null : (double) o.option().costUah() / f[0]));
        }
        proposals.sort(Comparator.comparingLong(Proposal::newlyCoveredPopulation).reversed()
                .thenComparing(Proposal::candidateId));
        return new PlanEvaluation(before, before + newly, cost, instance.budgetUah(), proposals, violations);
    }

    private static void checkHromadaRules(PlanningInstance instance, List<Opened> opened, List<String> violations) {
        Set<String> withMainOffice = new HashSet<>(instance.hromadasWithMainOffice());
        for (Opened o : opened) {
            if (o.option().kind() == AccessPointKind.MAIN_OFFICE) {
                withMainOffice.add(o.candidate().hromadaCode());
            }
        }
        if (instance.rules().mainOfficeInEveryHromada()) {
            instance.hromadaCodes().stream().sorted()
                    .filter(code -> !withMainOffice.contains(code))
                    .forEach(code -> violations.add("hromada " + code + " has no main office"));
        }
        if (instance.rules().branchNeedsMainOffice()) {
            for (Opened o : opened) {
                if (o.option().kind() != AccessPointKind.MAIN_OFFICE && !o.candidate().isEquipment()
                        && !withMainOffice.contains(o.candidate().hromadaCode())) {
                    violations.add(o.option().kind() + " at " + o.candidate().id() + " in hromada "
                            + o.candidate().hromadaCode() + ", which has no main office");
                }
            }
        }
    }

    private record Opened(Candidate candidate, Option option) {
    }
}
