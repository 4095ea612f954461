package ua.cnap.planner.wartime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.AccessibilityCalculator;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.coverage.ExclusionSummary;
import ua.cnap.planner.coverage.WhiteSpotFinder;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.importing.RealServices;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.store.JdbcWartimeRepository;
import ua.cnap.planner.territory.Codifier;
import ua.cnap.planner.territory.CodifierReader;
import ua.cnap.planner.territory.CodifierSettlement;
import ua.cnap.planner.territory.Hromada;

/**
 * Order 376 by code, on by default, on the real data: coverage of Zaporizhzhia oblast as
 * {@code coverage --oblast Запорізька} computes it (the list wired into coverage, no switch given)
 * leaves out at least every hromada that the list names whole or all of whose codifier settlements
 * it names, Berdiansk among them. What is expected is recomputed here from the two files (the
 * codifier CSV and the .docx), not from the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Order376ByCodeRealDataTest {


    RealServices real;
    CoverageService coverage;
    WartimeList list;
    Codifier codifier;
    String zaporizka;

    @BeforeAll
    void setUp() {
        real = new RealServices();
        WartimeExclusions wartime = new WartimeExclusions(new JdbcWartimeRepository(real.store), real.territory,
                real.settlements);
        coverage = new CoverageService(real.territory, real.settlements, real.network, real.travelModel,
                new AccessibilityCalculator(), new WhiteSpotFinder(), wartime);
        list = new Order376Reader().read(RealData.folder().resolve(WartimeSources.ORDER_376_PATH), new ImportLog());
        zaporizka = CoverageService.resolveOblast("Запорізька", real.territory.listOblasts()).code();
        codifier = new CodifierReader().read(RealData.folder().resolve("codifier/kodifikator-16-05-2025.csv"),
                new ImportLog());
    }

    /** Hromadas of the oblast listed whole on the date, from the files: by their code, raion, oblast or settlements. */
    Map<String, Hromada> listedWholeFromTheFiles(LocalDate asOf) {
        Set<String> inForce = new HashSet<>();
        list.entries().stream()
                .filter(e -> WartimeExclusions.DEFAULT_CATEGORIES.contains(e.category()) && e.isInForceOn(asOf))
                .forEach(e -> inForce.add(e.code()));
        Map<String, Set<String>> settlementsOf = new HashMap<>();
        for (CodifierSettlement s : codifier.settlements()) {
            settlementsOf.computeIfAbsent(s.hromadaCode(), h -> new HashSet<>()).add(s.code());
        }
        Map<String, Hromada> whole = new HashMap<>();
        for (Hromada h : real.territory.listHromadasInOblast(zaporizka)) {
            Set<String> own = settlementsOf.getOrDefault(h.code(), Set.of());
            if (inForce.contains(h.code()) || inForce.contains(h.raionCode()) || inForce.contains(h.oblastCode())
                    || (!own.isEmpty() && inForce.containsAll(own))) {
                whole.put(h.code(), h);
            }
        }
        return whole;
    }

    @Test
    void byDefaultZaporizhzhiaLeavesOutEveryHromadaListedWholeOrSettlementBySettlement() {
        CoverageResult result = coverage.compute(new CoverageRequest("Запорізька", AccessStandard.national(), null));
        ExclusionSummary s = result.exclusions();
        assertThat(s.excludeOccupied()).isTrue();
        assertThat(s.listAvailable()).isTrue();
        assertThat(s.edition()).isEqualTo("Наказ Мінрегіону № 376, редакція 07.05.2025");
        assertThat(s.categories()).containsExactly("ACTIVE_HOSTILITIES", "OCCUPIED");
        assertThat(s.asOf()).isEqualTo(LocalDate.now());

        Map<String, Hromada> whole = listedWholeFromTheFiles(s.asOf());
        assertThat(whole.values()).extracting(Hromada::nameUk).contains("Бердянська");
        long wholePopulation = whole.values().stream().mapToLong(Hromada::population2022).sum();
        System.out.printf("Запорізька as of %s: excluded %,d residents, %d settlements, %d whole hromadas (%d by their "
                        + "settlements); from the files %d hromadas listed whole with %,d residents%n", s.asOf(),
                s.excludedPopulation(), s.excludedSettlements(), s.excludedHromadas(),
                s.hromadasListedBySettlements().size(), whole.size(), wholePopulation);
        assertThat(s.excludedHromadaCodes()).containsAll(whole.keySet());
        assertThat(s.excludedPopulation()).isGreaterThanOrEqualTo(wholePopulation);
        String berdianska = whole.values().stream().filter(h -> h.nameUk().equals("Бердянська")).findFirst()
                .orElseThrow().code();
        assertThat(s.hromadasListedBySettlements()).contains(berdianska);
    }

    @Test
    void theSwitchKeepsThemIn() {
        CoverageResult result = coverage.compute(new CoverageRequest("Запорізька", AccessStandard.national(), null)
                .withExclusionChoice(ExclusionChoice.INCLUDE));
        assertThat(result.exclusions().excludedPopulation()).isZero();
        assertThat(result.exclusions().excludedHromadaCodes()).isEmpty();
        assertThat(result.accessibility().settlements()).hasSameSizeAs(real.settlements.listSettlementsInOblast(zaporizka));
    }

    @Test
    void listedSettlementsLeaveOutTheSettlementsWithTheirCodes() {
        CoverageResult result = coverage.compute(new CoverageRequest("Запорізька", AccessStandard.national(), null));
        Set<String> inForce = new HashSet<>();
        list.entries().stream().filter(e -> WartimeExclusions.DEFAULT_CATEGORIES.contains(e.category())
                && e.isInForceOn(result.exclusions().asOf())).forEach(e -> inForce.add(e.code()));
        // no settlement left in carries a listed code
        assertThat(result.accessibility().settlements()).noneMatch(a -> a.settlement().katottgCode() != null
                && inForce.contains(a.settlement().katottgCode()));
        List<String> codes = real.settlements.listSettlementsInOblast(zaporizka).stream()
                .filter(x -> x.katottgCode() != null).map(x -> x.katottgCode()).toList();
        System.out.printf("Запорізька: %d of %d settlements in the store carry a KATOTTG code%n", codes.size(),
                real.settlements.listSettlementsInOblast(zaporizka).size());
    }

    @Test
    void aPlanByDefaultServesNoListedTerritoryAndSaysWhatWasLeftOut() {
        {
            ua.cnap.planner.planning.PlanningService planning = new ua.cnap.planner.planning.PlanningService(coverage,
                real.territory, real.network, real.travelModel);
            ua.cnap.planner.planning.PlanRequest request = new ua.cnap.planner.planning.PlanRequest("Запорізька",
                    "ukraine-2017", new AccessStandard(10, 5, AccessStandard.Rule.EITHER), 1_000_000, 3,
                    ua.cnap.planner.planning.CostAssumptions.defaults(),
                    ua.cnap.planner.planning.PlanningInstance.Rules.none(), 300, java.time.Duration.ofSeconds(1),
                    java.time.Duration.ZERO);
            ua.cnap.planner.planning.PlanningService.Prepared prepared = planning.prepare(request);
            Set<String> excluded = Set.copyOf(prepared.coverage().exclusions().excludedHromadaCodes());
            assertThat(excluded).containsAll(listedWholeFromTheFiles(prepared.coverage().exclusions().asOf()).keySet());
            assertThat(prepared.instance().demand()).isNotEmpty()
                    .noneMatch(d -> excluded.contains(d.hromadaCode()));
            assertThat(prepared.instance().candidates()).noneMatch(c -> excluded.contains(c.hromadaCode()));
            ua.cnap.planner.planning.PlanResult result = planning.solve(request, prepared, null, step -> { },
                    new ua.cnap.planner.planning.StopSignal());
            assertThat(result.exclusions().edition()).isEqualTo("Наказ Мінрегіону № 376, редакція 07.05.2025");
            assertThat(result.exclusions().excludedHromadaCodes()).containsExactlyInAnyOrderElementsOf(excluded);
            assertThat(result.exclusions().closedAccessPoints()).isPositive();
        }
    }
}
