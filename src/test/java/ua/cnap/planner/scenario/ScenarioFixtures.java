package ua.cnap.planner.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.CostAssumptions;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.travel.ModelError;

/** Hand-made scenarios with every part filled (Cyrillic names, nulls, fractions), for store tests. */
public final class ScenarioFixtures {

    private ScenarioFixtures() {
    }

    public static ScenarioParameters pool(long budgetUah, String... oblasts) {
        return new ScenarioParameters(java.util.Arrays.stream(oblasts)
                .map(o -> new ScenarioParameters.OblastPart(o, null, null, null)).toList(),
                ScenarioParameters.BudgetMode.POOL, budgetUah, 10, 5, AccessStandard.Rule.EITHER, "none", 3, 300,
                Set.of(), 60, 0, 200, null);
    }

    public static Scenario done(String id, String name, Instant createdAt) {
        ScenarioKpis totals = ScenarioKpis.of(900_000, 800_000, 812_345, 5_000_000L, 4_440_000, 2);
        ScenarioKpis hromada = ScenarioKpis.of(12_000, 10_000, 11_500, null, 1_140_000, 1);
        ScenarioResult result = new ScenarioResult("one combined plan", true,
                new AccessStandard(10, 5, AccessStandard.Rule.EITHER), "fallback (great circle × 1.3)",
                new ModelError(1377, 0.108, 0.289, "KSE OSRM"), 3, CostAssumptions.defaults(), totals,
                List.of(new ScenarioResult.AreaOutcome("UA73000000000000000", "Чернівецька", "UA73000000000000000",
                        totals)),
                List.of(new ScenarioResult.AreaOutcome("UA73020010000012345", "Вашківецька", "UA73000000000000000",
                        hromada)),
                List.of(new RankedProposal(1, "UA73000000000000000", "Чернівецька", "UA73020010000012345",
                        "Вашківецька", AccessPointKind.REMOTE_WORKPLACE, "candidate:s1", "s1", "Карапчів", 25.1234567,
                        48.3456789, 1_140_000, 1_500, 760.0, 1_140_000, 801_500, 1_500, 801_500 / 900_000.0)),
                List.of(new ScenarioResult.SolveOutcome("UA73000000000000000", "Чернівецька", 5_000_000, 120, 12_345,
                        4_440_000, true, List.of(), "0hard/12345soft", null, null, null, false, 1.25, null, false, null, null,
                        PlanResult.SOURCE_SEARCH)));
        DataVintage vintage = new DataVintage(7L, Instant.parse("2025-05-01T10:15:30.123Z"), "/data",
                List.of(new DataVintage.RegisterUsed("UA73000000000000000", "chernivetska-2025", "Реєстр ЦНАП",
                        LocalDate.of(2025, 3, 1), false)));
        return new Scenario(id, name, ScenarioStatus.DONE, pool(5_000_000, "Чернівецька"), vintage, result, null,
                null, createdAt, createdAt.plusSeconds(90), "olena");
    }

    public static Scenario fresh(String id, String name, ScenarioStatus status, Instant createdAt) {
        return new Scenario(id, name, status, pool(1_000_000, "Закарпатська", "Чернівецька"), null, null, null, null,
                createdAt, createdAt, null);
    }
}
