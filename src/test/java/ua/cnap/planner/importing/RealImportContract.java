package ua.cnap.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.store.JdbcAccessPointRepository;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.JdbcSettlementRepository;
import ua.cnap.planner.store.JdbcTerritoryRepository;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.territory.Hromada;

/**
 * The whole real import, checked against the figures the open data itself states (data README,
 * register counts), run once per store by the subclasses. What is read back comes from the store,
 * not from the report, so both must agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealImportContract {

    /**
     * Official population on 1 Jan 2022 without Crimea and Sevastopol (Ukrstat table 6, first row): the
     * 1469 hromadas of the KSE table (38,215,034) and Kyiv city (2,952,301).
     */
    static final long UKRAINE_POPULATION_2022 = 41_167_335L;
    static final String CHERNIVTSI_OBLAST = "UA73000000000044923";

    PlannerStore store;
    ImportReport report;

    abstract PlannerStore openStore() throws Exception;

    @BeforeAll
    void importRealData() throws Exception {
        var dataDir = RealData.folder();
        store = openStore();
        report = new ImportService(new JdbcDatasetStore(store), store.description())
                .importAll(ImportSources.standard(dataDir));
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void reportsTheIssuesFigures() {
        assertThat(report.hromadas()).isEqualTo(1470); // 1469 and Kyiv city
        assertThat(report.hromadasWithGeometry()).isEqualTo(1467);
        assertThat(report.population()).isEqualTo(UKRAINE_POPULATION_2022);
        assertThat(report.accessPoints()).isEqualTo(156);
        assertThat(report.registers()).extracting(ImportReport.RegisterSummary::id, ImportReport.RegisterSummary::historical,
                        ImportReport.RegisterSummary::accessPoints)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("chernivetska-2025", false, 156),
                        org.assertj.core.groups.Tuple.tuple("ukraine-2017", true, 749));
    }

    @Test
    void chernivtsiHromadasAddUpToTheOblastTotalOfUkrstatTable6() {
        // An independent figure: Ukrstat table 6 gives Чернівецька область 890,457 on 1 Jan 2022.
        long sum = new JdbcTerritoryRepository(store).listHromadasInOblast(CHERNIVTSI_OBLAST).stream()
                .mapToLong(Hromada::population2022).sum();
        assertThat(sum).isEqualTo(890_457L);
    }

    @Test
    void theStoreHoldsWhatTheReportSays() {
        List<Hromada> hromadas = new JdbcTerritoryRepository(store).listHromadas();
        assertThat(hromadas).hasSize(report.hromadas());
        assertThat(hromadas.stream().filter(h -> h.boundary() != null)).hasSize(report.hromadasWithGeometry());
        assertThat(hromadas.stream().mapToLong(Hromada::population2022).sum()).isEqualTo(UKRAINE_POPULATION_2022);
        assertThat(new JdbcSettlementRepository(store).listSettlements()).hasSize(report.settlements());
        assertThat(new JdbcAccessPointRepository(store).listAccessPoints("chernivetska-2025")).hasSize(156);
    }

    @Test
    void oblastsHaveCodifierNamesAndTheirNationalTransliteration() {
        var chernivtsi = new JdbcTerritoryRepository(store).listOblasts().stream()
                .filter(o -> o.code().equals(CHERNIVTSI_OBLAST)).findFirst().orElseThrow();
        assertThat(chernivtsi.nameUk()).isEqualTo("Чернівецька");
        assertThat(chernivtsi.nameEn()).isEqualTo("Chernivetska");
    }

    @Test
    void theThreeHromadasWithoutAPolygonAreKeptAndReported() {
        var territory = new JdbcTerritoryRepository(store);
        for (String code : List.of("UA21100270000015047", "UA32120070000050717", "UA51080010000087690")) {
            Hromada hromada = territory.findHromada(code).orElseThrow();
            assertThat(hromada.boundary()).isNull();
            assertThat(hromada.centre()).isNotNull();
            assertThat(hromada.population2022()).isPositive();
            assertThat(report.warnings()).anyMatch(w -> code.equals(w.item()) && w.reason().contains("no polygon"));
        }
    }

    @Test
    void everyHromadasSettlementPopulationsSumToItsOfficialTotal() {
        Map<String, Long> sums = new JdbcSettlementRepository(store).listSettlements().stream()
                .collect(Collectors.groupingBy(Settlement::hromadaCode, Collectors.summingLong(Settlement::population)));
        for (Hromada hromada : new JdbcTerritoryRepository(store).listHromadas()) {
            assertThat(sums.get(hromada.code())).as(hromada.code() + " " + hromada.nameUk())
                    .isEqualTo(hromada.population2022());
        }
    }

    /**
     * Issue 12: the settlements are the codifier's, each with its code and official name. The expected
     * count is read from the raw codifier text (rows of category M, X or C whose level-3 code is a
     * hromada of the store, plus a category K city that is itself a hromada), not through the import's
     * reader.
     */
    @Test
    void settlementsAreTheCodifiersWithCodesAndOfficialNames() throws java.io.IOException {
        Set<String> hromadaCodes = new JdbcTerritoryRepository(store).listHromadas().stream().map(Hromada::code)
                .collect(Collectors.toSet());
        long expected = 0;
        for (String line : Files.readAllLines(RealData.folder().resolve("codifier/kodifikator-16-05-2025.csv"))) {
            String[] cells = line.split(";", -1);
            if (cells.length >= 7 && Set.of("M", "X", "C").contains(cells[5].strip())
                    && hromadaCodes.contains(cells[2].strip())
                    || cells.length >= 7 && cells[5].strip().equals("K") && hromadaCodes.contains(cells[0].strip())) {
                expected++;
            }
        }
        List<Settlement> settlements = new JdbcSettlementRepository(store).listSettlements();

        assertThat(report.settlements()).isEqualTo((int) expected).isEqualTo(settlements.size());
        assertThat(report.settlementsWithCode()).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * report.settlements()));
        assertThat(settlements).allSatisfy(s -> {
            assertThat(s.id()).isEqualTo("katottg:" + s.katottgCode());
            assertThat(s.nameUk()).doesNotContainPattern("[ыэъёЫЭЪЁ]");
            assertThat(s.pointSource()).isNotNull();
        });
        // the names the issue found in the GeoNames-based store are gone, the official ones are there
        assertThat(settlements).extracting(Settlement::nameUk)
                .doesNotContain("Бердянск", "Дніпродзержинськ", "Новомосковск", "Марганец")
                .contains("Бердянськ", "Кам’янське", "Самар", "Марганець");
        var points = report.settlementPoints();
        assertThat(points.withPoint() + points.atFallbackPosition()).isEqualTo(report.settlements());
        assertThat(points.byOblast().stream().mapToInt(o -> o.settlements()).sum()).isEqualTo(report.settlements());
        assertThat(settlements.stream().filter(s -> s.pointSource().isFallback()).count())
                .isEqualTo(points.atFallbackPosition());
        assertThat(points.geoNamesPlacesMatched() + points.geoNamesPlacesUnmatched())
                .isEqualTo(points.geoNamesPlacesInHromadas());
        // every hromada has at least one settlement
        assertThat(settlements.stream().map(Settlement::hromadaCode).collect(Collectors.toSet()))
                .containsAll(hromadaCodes);
    }

    @Test
    void chernivtsiRegisterHasTheKindsItsTypeColumnGives() {
        List<AccessPoint> points = new JdbcAccessPointRepository(store).listAccessPoints("chernivetska-2025");
        Map<AccessPointKind, Long> byKind = points.stream()
                .collect(Collectors.groupingBy(AccessPoint::kind, Collectors.counting()));
        // data README: ЦНАП 46 + ДІЯ ЦЕНТР 6 main offices, ТП 9 branches, ВРМ 95 remote workplaces; БТІ 11 left out
        assertThat(byKind).containsEntry(AccessPointKind.MAIN_OFFICE, 52L)
                .containsEntry(AccessPointKind.BRANCH, 9L)
                .containsEntry(AccessPointKind.REMOTE_WORKPLACE, 95L);
        var chernivtsiHromadas = new JdbcTerritoryRepository(store).listHromadasInOblast(CHERNIVTSI_OBLAST).stream()
                .map(Hromada::code).collect(Collectors.toSet());
        assertThat(points).allMatch(p -> chernivtsiHromadas.contains(p.hromadaCode()));
    }

    @Test
    void theSelfIntersectingBoundaryIsRepairedAndReported() {
        assertThat(report.repaired()).anyMatch(r -> r.item().contains("UA07060150000038564")
                && r.reason().contains("self-intersecting polygon repaired"));
        Hromada repaired = new JdbcTerritoryRepository(store).findHromada("UA07060150000038564").orElseThrow();
        assertThat(repaired.boundary().isValid()).isTrue();
    }
}
