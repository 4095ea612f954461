package ua.cnap.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.importing.RealServices;
import ua.cnap.planner.planning.CostAssumptions;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.JdbcScenarioRepository;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/**
 * Scenarios on the real data: Chernivtsi (its 2025 register) and Ivano-Frankivsk (the 2017 map) at
 * 10 minutes / 5 km, pure maximal covering, solves stopped after a fixed number of local-search
 * steps. Scenarios are kept in a store of their own, which the restart test closes and reopens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioServiceRealDataTest {

    static final String CHERNIVTSI = "Чернівецька";
    static final String IVANO_FRANKIVSK = "Івано-Франківська";
    static final int STEPS = 300;

    RealServices real;
    PlanningService planning;
    Path workspace;
    PlannerStore scenarioStore;
    ScenarioService scenarios;

    @BeforeAll
    void setUp() throws Exception {
        real = new RealServices();
        planning = new PlanningService(real.coverage, real.territory, real.network, real.travelModel);
        workspace = Files.createTempDirectory("cnap-scenarios");
        openScenarioStore();
    }

    private void openScenarioStore() {
        scenarioStore = PlannerStore.open(StoreSettings.embedded(workspace));
        scenarios = new ScenarioService(new JdbcScenarioRepository(scenarioStore), planning, real.territory,
                new JdbcDatasetStore(real.store), new PlanDefaults(CostAssumptions.defaults(), 3), Clock.systemUTC(),
                new ua.cnap.planner.routing.mobile.MobileRouteService(real.coverage, planning, real.network,
                        real.travelModel));
    }

    @AfterAll
    void close() {
        scenarioStore.close();
    }

    static ScenarioParameters.OblastPart part(String oblast, String register, Double share) {
        return new ScenarioParameters.OblastPart(oblast, register, null, share);
    }

    static ScenarioParameters parameters(ScenarioParameters.BudgetMode mode, long budgetUah, Integer stepLimit,
            ScenarioParameters.OblastPart... oblasts) {
        return new ScenarioParameters(List.of(oblasts), mode, budgetUah, 10, 5, AccessStandard.Rule.EITHER, "none", 3,
                300, Set.of(), stepLimit == null ? 300 : 120, 0, stepLimit, null);
    }

    Scenario pool;
    Scenario split;

    Scenario pool() {
        if (pool == null) {
            Scenario created = scenarios.create("пул 6 млн", parameters(ScenarioParameters.BudgetMode.POOL, 6_000_000,
                    STEPS, part(CHERNIVTSI, null, null), part(IVANO_FRANKIVSK, "ukraine-2017", null)), "test");
            pool = scenarios.runAndWait(created.id());
        }
        return pool;
    }

    Scenario split() {
        if (split == null) {
            Scenario created = scenarios.create("50/50", parameters(ScenarioParameters.BudgetMode.SPLIT, 6_000_000,
                    STEPS, part(CHERNIVTSI, null, 0.5), part(IVANO_FRANKIVSK, "ukraine-2017", 0.5)), "test");
            split = scenarios.runAndWait(created.id());
        }
        return split;
    }

    @Test
    void mobileRoutesAfterThePlanServeWhatThePlanLeavesUncovered() throws Exception {
        ScenarioParameters withRoutes = new ScenarioParameters(List.of(part(CHERNIVTSI, null, null)),
                ScenarioParameters.BudgetMode.POOL, 2_000_000L, 10, 5, AccessStandard.Rule.EITHER, "none", 3, 300,
                Set.of(), 60, 0, 200, new ScenarioParameters.MobileRoutes(
                        ua.cnap.planner.network.AccessPointKind.MOBILE_OFFICE, 2));
        Scenario done = scenarios.runAndWait(scenarios.create("план і маршрути", withRoutes, "test").id());
        assertThat(done.status()).as(done.error()).isEqualTo(ScenarioStatus.DONE);
        assertThat(done.routesJson()).isNotNull();

        com.fasterxml.jackson.databind.JsonNode routes = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(done.routesJson());
        assertThat(routes).hasSize(1);
        com.fasterxml.jackson.databind.JsonNode oblast = routes.get(0);
        // the routed residents are exactly those the plan leaves beyond the standard
        ScenarioKpis totals = done.result().totals();
        assertThat(oblast.get("populationUncovered").asLong())
                .isEqualTo(totals.population() - totals.populationCoveredAfter());
        assertThat(oblast.get("populationReached").asLong()).isPositive()
                .isLessThanOrEqualTo(oblast.get("populationUncovered").asLong());
        assertThat(oblast.get("vehicles")).hasSize(2);
        assertThat(oblast.get("feasible").asBoolean()).isTrue();
        // and it survives a reload from the store
        assertThat(scenarios.get(done.id()).routesJson()).isEqualTo(done.routesJson());
    }

    @Test
    void theDonorsStationsAndCasesAreProposedWithinTheirCountsForTheServiceAsked() {
        ScenarioParameters donor = ScenarioFile.read(ScenarioFileTest.resource("/scenarios-donor/chernivtsi-donor.yaml"),
                AccessStandard.national()).parameters();
        Scenario done = scenarios.runAndWait(scenarios.create("донор", donor, "test").id());
        assertThat(done.status()).as(done.error()).isEqualTo(ScenarioStatus.DONE);

        ScenarioKpis totals = done.result().totals();
        // before: passport coverage as coverage --service PASSPORT computes it at the same standard
        long passportCoveredToday = real.coverage.compute(new ua.cnap.planner.coverage.CoverageRequest(CHERNIVTSI,
                donor.standard(), null).withRequirement(donor.requirement())).totals().populationCovered();
        assertThat(totals.populationCoveredBefore()).isEqualTo(passportCoveredToday);
        assertThat(totals.newlyCoveredPopulation()).isPositive();
        assertThat(done.result().proposals()).isNotEmpty().allSatisfy(p -> assertThat(p.kind())
                .isIn(ua.cnap.planner.network.AccessPointKind.PASSPORT_STATION,
                        ua.cnap.planner.network.AccessPointKind.MOBILE_CASE));
        assertThat(done.result().proposals().stream()
                .filter(p -> p.kind() == ua.cnap.planner.network.AccessPointKind.PASSPORT_STATION)).hasSizeLessThanOrEqualTo(2);
        assertThat(done.result().proposals().stream()
                .filter(p -> p.kind() == ua.cnap.planner.network.AccessPointKind.MOBILE_CASE)).hasSizeLessThanOrEqualTo(3);
        // the equipment's own cost is the budget
        assertThat(totals.costUah()).isLessThanOrEqualTo(totals.budgetUah());
    }

    @Test
    void aPoolIsSolvedAsOneCombinedPlanAcrossBothOblasts() {
        Scenario s = pool();
        assertThat(s.status()).as(s.error()).isEqualTo(ScenarioStatus.DONE);
        ScenarioResult r = s.result();
        assertThat(r.complete()).isTrue();
        assertThat(r.solves()).hasSize(1);
        assertThat(r.solves().get(0).areaCode().split(",")).hasSize(2);
        assertThat(r.solves().get(0).feasible()).isTrue();
        assertThat(r.oblasts()).extracting(ScenarioResult.AreaOutcome::name)
                .containsExactlyInAnyOrder(CHERNIVTSI, IVANO_FRANKIVSK);

        ScenarioKpis t = r.totals();
        assertThat(t.costUah()).isPositive().isLessThanOrEqualTo(6_000_000);
        assertThat(t.newlyCoveredPopulation()).isPositive().isEqualTo(r.solves().get(0).newlyCoveredPopulation());
        assertThat(t.proposals()).isEqualTo(r.proposals().size());
        // per hromada and per oblast add up to the totals
        assertThat(r.hromadas().stream().mapToLong(h -> h.kpis().populationCoveredAfter()).sum())
                .isEqualTo(t.populationCoveredAfter());
        assertThat(r.oblasts().stream().mapToLong(o -> o.kpis().population()).sum()).isEqualTo(t.population());
        assertThat(r.oblasts().stream().mapToLong(o -> o.kpis().costUah()).sum()).isEqualTo(t.costUah());

        // the data vintage: the import run and both oblasts' registers
        assertThat(s.vintage().importRunId()).isNotNull();
        assertThat(s.vintage().registers()).extracting(DataVintage.RegisterUsed::id).contains("ukraine-2017");
        assertThat(s.vintage().registers()).extracting(DataVintage.RegisterUsed::oblastCode).doesNotHaveDuplicates()
                .hasSize(2);
    }

    @Test
    void proposalsAreRankedByCostPerNewlyCoveredResidentWithTrueCumulativeCoverage() {
        ScenarioResult r = pool().result();
        List<RankedProposal> proposals = r.proposals();
        assertThat(proposals).isNotEmpty();
        for (int i = 1; i < proposals.size(); i++) {
            Double previous = proposals.get(i - 1).costPerNewlyCoveredResidentUah();
            Double current = proposals.get(i).costPerNewlyCoveredResidentUah();
            if (current != null) {
                assertThat(previous).isNotNull().isLessThanOrEqualTo(current);
            }
            assertThat(proposals.get(i).cumulativePopulationCovered())
                    .isGreaterThanOrEqualTo(proposals.get(i - 1).cumulativePopulationCovered());
        }
        RankedProposal last = proposals.get(proposals.size() - 1);
        assertThat(last.cumulativeCostUah()).isEqualTo(r.totals().costUah());
        assertThat(last.cumulativePopulationCovered()).isEqualTo(r.totals().populationCoveredAfter());
        assertThat(proposals.get(0).cumulativeNewlyCovered()).isGreaterThanOrEqualTo(
                proposals.get(0).newlyCoveredPopulation());
        assertThat(proposals).allSatisfy(p -> {
            assertThat(p.hromadaName()).isNotBlank();
            assertThat(p.oblastName()).isIn(CHERNIVTSI, IVANO_FRANKIVSK);
        });
    }

    @Test
    void aSplitGivesEachOblastItsOwnPlanWithinItsShare() {
        Scenario s = split();
        assertThat(s.status()).as(s.error()).isEqualTo(ScenarioStatus.DONE);
        ScenarioResult r = s.result();
        assertThat(r.solves()).hasSize(2).allSatisfy(solve -> {
            assertThat(solve.budgetUah()).isEqualTo(3_000_000);
            assertThat(solve.costUah()).isLessThanOrEqualTo(3_000_000);
        });
        assertThat(r.oblasts()).allSatisfy(o -> {
            assertThat(o.kpis().budgetUah()).isEqualTo(3_000_000);
            assertThat(o.kpis().costUah()).isLessThanOrEqualTo(3_000_000);
        });
        assertThat(r.totals().budgetUah()).isEqualTo(6_000_000);
        assertThat(r.totals().populationCoveredBefore()).isEqualTo(pool().result().totals().populationCoveredBefore());
    }

    @Test
    void theDonorReportIsOneRankedRowPerProposal() throws Exception {
        Scenario s = pool();
        StringWriter text = new StringWriter();
        scenarios.writeDonorReport(s.id(), text);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.toString())).getRecords();

        assertThat(text.toString()).startsWith(String.join(",", DonorReportCsv.HEADER) + "\n");
        assertThat(rows).hasSize(s.result().proposals().size());
        CSVRecord first = rows.get(0);
        RankedProposal best = s.result().proposals().get(0);
        assertThat(first.get("hromadaCode")).isEqualTo(best.hromadaCode());
        assertThat(first.get("hromada")).isEqualTo(best.hromadaName());
        assertThat(first.get("site")).isEqualTo(best.site());
        assertThat(Long.parseLong(first.get("newlyCovered"))).isEqualTo(best.newlyCoveredPopulation());
        CSVRecord last = rows.get(rows.size() - 1);
        assertThat(Long.parseLong(last.get("cumulativeCostUah"))).isEqualTo(s.result().totals().costUah());
        assertThat(Long.parseLong(last.get("cumulativePopulationCovered")))
                .isEqualTo(s.result().totals().populationCoveredAfter());
    }

    @Test
    void comparingPoolAndSplitGivesKpisPerHromadaDifferencesAndALayer() throws Exception {
        ScenarioComparison c = scenarios.compare(pool().id(), split().id());
        c.kpis().forEach(k -> System.out.printf("pool vs split: %s %s %s%n", k.kpi(), k.a(), k.b()));
        ScenarioComparison.KpiRow after = c.kpis().stream().filter(k -> k.kpi().equals("populationCoveredAfter"))
                .findFirst().orElseThrow();
        assertThat(after.a()).isEqualTo((double) pool.result().totals().populationCoveredAfter());
        assertThat(after.b()).isEqualTo((double) split.result().totals().populationCoveredAfter());
        assertThat(after.difference()).isEqualTo(after.b() - after.a());
        assertThat(c.hromadas()).hasSize(pool.result().hromadas().size());
        long changed = c.hromadas().stream().filter(h -> h.difference() != 0).count();
        // hromadas whose coverage differs must account for the whole difference of covered population
        long sumOfDifferences = c.hromadas().stream()
                .mapToLong(h -> h.populationCoveredB() - h.populationCoveredA()).sum();
        assertThat((double) sumOfDifferences).isEqualTo(after.difference());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scenarios.writeDifferenceLayer(c, out);
        JsonNode layer = new ObjectMapper().readTree(out.toByteArray());
        assertThat(layer.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(layer.get("features")).hasSize(c.hromadas().size());
        long featuresChanged = 0;
        for (JsonNode feature : layer.get("features")) {
            assertThat(feature.get("properties").get("layer").asText()).isEqualTo(ScenarioDifferenceGeoJson.LAYER);
            assertThat(feature.get("geometry").get("type").asText()).isIn("Polygon", "MultiPolygon");
            if (feature.get("properties").get("coveredShareDifference").asDouble() != 0) {
                featuresChanged++;
            }
        }
        assertThat(featuresChanged).isEqualTo(changed);
    }

    @Test
    void aSavedScenarioSurvivesARestart() {
        Scenario done = pool();

        // the process "dies": the store is closed without the service marking anything
        scenarioStore.close();
        openScenarioStore();

        assertThat(scenarios.get(done.id())).isEqualTo(done);
    }

    @Test
    void renameAndDelete() {
        Scenario created = scenarios.create("before", parameters(ScenarioParameters.BudgetMode.POOL, 1_000_000, STEPS,
                part(CHERNIVTSI, null, null)), "test");
        assertThat(scenarios.rename(created.id(), "after").name()).isEqualTo("after");
        assertThat(scenarios.list()).extracting(ScenarioSummary::name).contains("after").doesNotContain("before");
        scenarios.delete(created.id());
        assertThat(scenarios.find(created.id())).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenarios.delete(created.id()))
                .isInstanceOf(ScenarioNotFoundException.class);
    }

    @Test
    void aCancelledRunKeepsTheBestPlanSoFar() throws Exception {
        Scenario created = scenarios.create("cancelled", parameters(ScenarioParameters.BudgetMode.POOL, 6_000_000,
                null, part(CHERNIVTSI, null, null)), "test");
        java.util.List<ua.cnap.planner.planning.PlanProgress> progress =
                new java.util.concurrent.CopyOnWriteArrayList<>();
        ua.cnap.planner.planning.StopSignal stop = new ua.cnap.planner.planning.StopSignal();
        java.util.concurrent.CompletableFuture<Scenario> running = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> scenarios.execute(new ScenarioRun(created.id(), stop, step -> { }, progress::add)));
        for (int i = 0; i < 1200 && progress.isEmpty(); i++) {
            Thread.sleep(100); // until the solver has a first plan (bounded: two minutes)
        }
        assertThat(progress).isNotEmpty();
        assertThat(scenarios.get(created.id()).status()).isEqualTo(ScenarioStatus.RUNNING);
        stop.request();
        Scenario s = running.get(2, java.util.concurrent.TimeUnit.MINUTES);

        assertThat(s.status()).isEqualTo(ScenarioStatus.CANCELLED);
        assertThat(s.result().solves()).hasSize(1);
        assertThat(s.result().totals().costUah()).isLessThanOrEqualTo(6_000_000);
        assertThat(scenarios.get(created.id()).status()).isEqualTo(ScenarioStatus.CANCELLED);
    }

    /** What {@code bench runs} prints per oblast: when the optimum was proven, and when the search reached it. */
    @Test
    void aSolveSaysWhenTheOptimumWasProvenAndWhenTheSearchReachedIt() {
        // the exact reference on, a time limit the search should never need (it stops at the proof)
        ScenarioParameters proven = new ScenarioParameters(List.of(part(CHERNIVTSI, null, null)),
                ScenarioParameters.BudgetMode.POOL, 5_000_000L, 10, 5, AccessStandard.Rule.EITHER, "none", 3, 300,
                Set.of(), 300, 60, null, null);
        Scenario s = scenarios.runAndWait(scenarios.create("proven", proven, "test").id());

        assertThat(s.status()).as(s.error()).isEqualTo(ScenarioStatus.DONE);
        ScenarioResult.SolveOutcome solve = s.result().solves().get(0);
        assertThat(solve.exactStatus()).isEqualTo("OPTIMAL");
        assertThat(solve.exactSeconds()).isNotNull().isPositive();
        assertThat(solve.stoppedAtOptimum()).as("stopped by the proof, not by the 5-minute limit").isTrue();
        // counted from the solve's start, so after the reference's proof and before the solve ended
        assertThat(solve.optimumSeconds()).isNotNull().isGreaterThanOrEqualTo(solve.exactSeconds())
                .isLessThan(300.0);
        assertThat(solve.planSource()).as("the search reached the optimum: its own plan")
                .isEqualTo(ua.cnap.planner.planning.PlanResult.SOURCE_SEARCH);

        ScenarioParameters timeLimited = new ScenarioParameters(List.of(part(CHERNIVTSI, null, null)),
                ScenarioParameters.BudgetMode.POOL, 5_000_000L, 10, 5, AccessStandard.Rule.EITHER, "none", 3, 300,
                Set.of(), 2, 0, null, null);
        ScenarioResult.SolveOutcome unproven = scenarios.runAndWait(scenarios.create("unproven", timeLimited, "test")
                .id()).result().solves().get(0);
        assertThat(unproven.exactSeconds()).as("no reference asked for").isNull();
        assertThat(unproven.optimumSeconds()).as("nothing proven to reach").isNull();
    }
}
