package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.cnap.planner.export.ExportFeature;
import ua.cnap.planner.export.ExportLayer;
import ua.cnap.planner.export.ExportService;
import ua.cnap.planner.export.MapStyles;
import ua.cnap.planner.export.StandardLayer;
import ua.cnap.planner.importing.RealServices;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.store.JdbcWartimeRepository;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.KyivCity;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.wartime.WartimeExclusions;

/**
 * Issue 12 on the real open data: Kyiv counted, national figures that say what they cover, unknown
 * coverage never shown as uncovered. Skipped, saying so, when the data folder is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalFiguresRealDataTest {

    /** Ukrstat table 6, first row "Україна": the official total without Crimea and Sevastopol, 1 Jan 2022. */
    static final long UKRAINE_2022 = 41_167_335L;
    /** Ukrstat table 6, row "м. Київ". */
    static final long KYIV_2022 = 2_952_301L;

    RealServices real;

    @BeforeAll
    void importRealData() {
        real = new RealServices();
    }

    CoverageResult coverage(String oblast, String register, TerritoryExclusions exclusions) {
        return real.coverage.compute(new CoverageRequest(oblast, AccessStandard.national(), register,
                NetworkChanges.NONE, exclusions));
    }

    @Test
    void kyivIsATerritoryAndAHromadaOfItsOwn() {
        Oblast kyiv = real.territory.listOblasts().stream().filter(o -> o.code().equals(KyivCity.CODE))
                .findFirst().orElseThrow();
        assertThat(kyiv.nameUk()).isEqualTo("Київ");
        assertThat(kyiv.nameEn()).isEqualTo("Kyiv");
        Hromada city = real.territory.findHromada(KyivCity.CODE).orElseThrow();
        assertThat(city.population2022()).isEqualTo(KYIV_2022);
        assertThat(city.raionCode()).isEqualTo(KyivCity.CODE);
        assertThat(city.boundary()).isNotNull();
        // Kyiv covers about 839 km²; at 50.45° N a square degree is about 71 km × 111 km
        double km2 = city.boundary().getArea() * 111.32 * 111.32 * Math.cos(Math.toRadians(50.45));
        assertThat(km2).isBetween(780.0, 900.0);
        assertThat(real.territory.listHromadas().stream().mapToLong(Hromada::population2022).sum())
                .isEqualTo(UKRAINE_2022);

        List<Settlement> settlements = real.settlements.listSettlementsInOblast(KyivCity.CODE);
        assertThat(settlements).isNotEmpty();
        assertThat(settlements).allSatisfy(s -> assertThat(s.hromadaCode()).isEqualTo(KyivCity.CODE));
        assertThat(settlements.stream().mapToLong(Settlement::population).sum()).isEqualTo(KYIV_2022);
    }

    @Test
    void kyivsOfficesOnThe2017MapStandInKyivAndServeKyivOblastToo() {
        List<AccessPoint> map2017 = real.network.listAccessPoints("ukraine-2017");
        List<AccessPoint> inKyiv = map2017.stream().filter(p -> KyivCity.CODE.equals(p.hromadaCode())).toList();
        assertThat(inKyiv).hasSizeGreaterThanOrEqualTo(5);

        CoverageResult kyivOblast = coverage("Київська", "ukraine-2017", TerritoryExclusions.NONE);
        Set<String> kyivIds = inKyiv.stream().map(AccessPoint::id).collect(Collectors.toSet());
        long servedFromKyiv = kyivOblast.accessibility().settlements().stream()
                .filter(s -> kyivIds.contains(s.nearestAccessPointId())).count();
        assertThat(servedFromKyiv).as("Kyiv oblast settlements whose nearest office is in Kyiv").isPositive();
        System.out.printf("2017 map: %d offices in Kyiv; %d Kyiv-oblast settlements have their nearest there%n",
                inKyiv.size(), servedFromKyiv);
    }

    @Test
    void theCountryWithDefaultRegistersKeepsItsPopulationAndSaysWhatIsUnknown() {
        CoverageSummary s = CoverageSummary.of(coverage("all", null, TerritoryExclusions.NONE));

        assertThat(s.population()).isEqualTo(UKRAINE_2022);
        assertThat(s.populationNote()).contains("Crimea").contains("2022");
        assertThat(s.populationWithRegister()).isPositive().isLessThan(s.population());
        assertThat(s.coveredShare()).isEqualTo((double) s.populationCovered() / s.populationWithRegister());
        assertThat(s.oblastsWithoutRegister()).isNotEmpty().contains(KyivCity.CODE);
        assertThat(s.registerLoaded()).isFalse();
        CoverageKpis kyiv = s.oblasts().stream().filter(o -> o.code().equals(KyivCity.CODE)).findFirst().orElseThrow();
        assertThat(kyiv.name()).isEqualTo("Київ");
        assertThat(kyiv.population()).isEqualTo(KYIV_2022);
        assertThat(kyiv.populationWithRegister()).isZero();
        assertThat(kyiv.populationCovered()).isNull();
        assertThat(kyiv.coveredShare()).isNull();
        // the oblasts add up to the country: with a register or not
        assertThat(s.oblasts().stream().mapToLong(CoverageKpis::population).sum()).isEqualTo(s.population());
        assertThat(s.oblasts().stream().mapToLong(CoverageKpis::populationWithRegister).sum())
                .isEqualTo(s.populationWithRegister());
        System.out.printf("default registers: population %d, with a register %d, covered %d (%.4f), "
                        + "%d oblasts without a register%n", s.population(), s.populationWithRegister(),
                s.populationCovered(), s.coveredShare(), s.oblastsWithoutRegister().size());
    }

    @Test
    void onThe2017MapWithRegisterPlusExcludedIsThePopulation() {
        WartimeExclusions wartime = new WartimeExclusions(new JdbcWartimeRepository(real.store), real.territory,
                real.settlements);
        for (TerritoryExclusions exclusions : List.of(TerritoryExclusions.NONE,
                wartime.asOf(LocalDate.of(2025, 5, 7)))) {
            CoverageSummary s = CoverageSummary.of(coverage("all", "ukraine-2017", exclusions));

            assertThat(s.population()).isEqualTo(UKRAINE_2022);
            assertThat(s.oblastsWithoutRegister()).isEmpty();
            assertThat(s.populationWithRegister() + s.exclusions().excludedPopulation()).isEqualTo(s.population());
            assertThat(s.coveredShare()).isEqualTo((double) s.populationCovered() / s.populationWithRegister());
            assertThat(s.hromadasWithoutMainOffice()).isNull();
            assertThat(s.hromadasWithoutMainOfficeNote()).contains("ukraine-2017");
            System.out.printf("2017 map%s: population %d, with a register %d, excluded %d, covered %d (%.4f)%n",
                    exclusions.isEmpty() ? "" : ", Order 376 as of 2025-05-07", s.population(),
                    s.populationWithRegister(), s.exclusions().excludedPopulation(), s.populationCovered(),
                    s.coveredShare());
        }
    }

    @Test
    void theSettlementsExportOfAnOblastWithoutRegisterHasNoCoveredValue() {
        ExportService export = new ExportService(real.coverage, real.territory, MapStyles.load());
        ExportService.Layers layers = export.layers(new CoverageRequest("Рівненська", AccessStandard.national(), null),
                List.of(StandardLayer.SETTLEMENTS, StandardLayer.HROMADAS), null);
        Map<String, ExportLayer> byName = layers.layers().stream()
                .collect(Collectors.toMap(ExportLayer::name, Function.identity()));

        List<ExportFeature> settlements = byName.get(StandardLayer.SETTLEMENTS.layerName()).features();
        assertThat(settlements).hasSizeGreaterThan(500);
        assertThat(settlements).allSatisfy(f -> {
            assertThat(f.values()).containsKey("covered");
            assertThat(f.values().get("covered")).isNull();
        });
        assertThat(byName.get(StandardLayer.HROMADAS.layerName()).features())
                .allSatisfy(f -> assertThat(f.values().get("coveredShare")).isNull());
    }
}
