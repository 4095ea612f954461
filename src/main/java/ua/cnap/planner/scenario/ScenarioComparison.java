package ua.cnap.planner.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Two finished scenarios side by side: the headline figures and, per hromada, the covered share with
 * each scenario's proposals. Differences are B − A. A hromada in only one of them (other oblasts) has
 * no share in the other and no difference.
 *
 * @param a        the first scenario
 * @param b        the second
 * @param kpis     one row per figure
 * @param hromadas per hromada, by code
 */
public record ScenarioComparison(Side a, Side b, List<KpiRow> kpis, List<HromadaDifference> hromadas) {

    /**
     * A compared scenario.
     *
     * @param id          its id
     * @param name        its name
     * @param importRunId the import it ran on (results on different imports compare different data)
     */
    public record Side(String id, String name, Long importRunId) {
    }

    /**
     * One figure in both scenarios.
     *
     * @param kpi        name, with its unit
     * @param a          in A (null when undefined, e.g. cost per resident when nobody is newly covered)
     * @param b          in B
     * @param difference b − a, null when either is null
     */
    public record KpiRow(String kpi, Double a, Double b, Double difference) {
    }

    /**
     * A hromada's coverage with each scenario's proposals.
     *
     * @param code                  KATOTTG code
     * @param name                  name
     * @param oblastCode            its oblast
     * @param population            its population
     * @param coveredShareA         covered share after A's proposals (0..1), null if not in A
     * @param coveredShareB         the same for B
     * @param difference            B − A, null when the hromada is not in both
     * @param populationCoveredA    covered population after A, null if not in A
     * @param populationCoveredB    covered population after B, null if not in B
     */
    public record HromadaDifference(String code, String name, String oblastCode, long population,
            Double coveredShareA, Double coveredShareB, Double difference, Long populationCoveredA,
            Long populationCoveredB) {
    }

    public static ScenarioComparison of(Scenario a, Scenario b) {
        ScenarioResult ra = ScenarioService.withResult(a).result();
        ScenarioResult rb = ScenarioService.withResult(b).result();
        List<KpiRow> rows = new ArrayList<>();
        row(rows, "populationCoveredBefore", ra.totals(), rb.totals(), k -> (double) k.populationCoveredBefore());
        row(rows, "populationCoveredAfter", ra.totals(), rb.totals(), k -> (double) k.populationCoveredAfter());
        row(rows, "coveredShareBefore", ra.totals(), rb.totals(), ScenarioKpis::coveredShareBefore);
        row(rows, "coveredShareAfter", ra.totals(), rb.totals(), ScenarioKpis::coveredShareAfter);
        row(rows, "newlyCoveredPopulation", ra.totals(), rb.totals(), k -> (double) k.newlyCoveredPopulation());
        row(rows, "population", ra.totals(), rb.totals(), k -> (double) k.population());
        row(rows, "budgetUah", ra.totals(), rb.totals(), k -> k.budgetUah() == null ? null : k.budgetUah().doubleValue());
        row(rows, "costUah", ra.totals(), rb.totals(), k -> (double) k.costUah());
        row(rows, "proposals", ra.totals(), rb.totals(), k -> (double) k.proposals());
        row(rows, "costPerNewlyCoveredResidentUah", ra.totals(), rb.totals(),
                ScenarioKpis::costPerNewlyCoveredResidentUah);

        Map<String, ScenarioResult.AreaOutcome> inA = byCode(ra.hromadas());
        Map<String, ScenarioResult.AreaOutcome> inB = byCode(rb.hromadas());
        Map<String, ScenarioResult.AreaOutcome> all = new TreeMap<>(inB);
        all.putAll(inA);
        List<HromadaDifference> hromadas = new ArrayList<>();
        all.forEach((code, any) -> {
            ScenarioResult.AreaOutcome ha = inA.get(code);
            ScenarioResult.AreaOutcome hb = inB.get(code);
            Double shareA = ha == null ? null : ha.kpis().coveredShareAfter();
            Double shareB = hb == null ? null : hb.kpis().coveredShareAfter();
            hromadas.add(new HromadaDifference(code, any.name(), any.oblastCode(), any.kpis().population(), shareA,
                    shareB, shareA == null || shareB == null ? null : shareB - shareA,
                    ha == null ? null : ha.kpis().populationCoveredAfter(),
                    hb == null ? null : hb.kpis().populationCoveredAfter()));
        });
        return new ScenarioComparison(side(a), side(b), rows, hromadas);
    }

    private static Side side(Scenario s) {
        return new Side(s.id(), s.name(), s.vintage() == null ? null : s.vintage().importRunId());
    }

    private static void row(List<KpiRow> rows, String name, ScenarioKpis a, ScenarioKpis b,
            Function<ScenarioKpis, Double> figure) {
        Double va = figure.apply(a);
        Double vb = figure.apply(b);
        rows.add(new KpiRow(name, va, vb, va == null || vb == null ? null : vb - va));
    }

    private static Map<String, ScenarioResult.AreaOutcome> byCode(List<ScenarioResult.AreaOutcome> areas) {
        Map<String, ScenarioResult.AreaOutcome> map = new TreeMap<>();
        areas.forEach(area -> map.put(area.code(), area));
        return map;
    }
}
