package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.territory.Codifier;
import ua.cnap.planner.territory.CodifierReader;
import ua.cnap.planner.territory.CodifierSettlement;
import ua.cnap.planner.territory.Hromada;

/**
 * The spread on the real open data with the settlements of the KATOTTG codifier, as the import
 * builds them once settlements carry codes: every codifier settlement (M, X, C) with its code and
 * hromada, placed at its hromada's centre (points do not matter for populations). Skipped with a
 * message when the data folder is missing.
 */
class CensusWeightedSpreaderRealDataTest {

    private static List<Hromada> hromadas;
    private static Codifier codifier;
    private static List<OfficialUrbanFigure> urban;
    private static PopulationSpread spread;
    private static ImportLog log;

    @BeforeAll
    static void spreadTheCodifierSettlements() {
        Path data = RealData.folder();
        log = new ImportLog();
        KseHromadaTableReader kse = new KseHromadaTableReader();
        Path kseTable = data.resolve("population/full_dataset.csv");
        hromadas = kse.read(kseTable, log);
        codifier = new CodifierReader().read(data.resolve("codifier/kodifikator-16-05-2025.csv"), log);
        urban = new UkrstatUrbanTableReader()
                .read(data.resolve("population/ukrstat_2022_table5_population_oblast_raion_cities_towns.csv"), log);
        List<OsmPlace> osm = new OsmPlaceReader().read(data.resolve("settlements/osm-places/ua-name-places.csv"), log);
        Map<String, Hromada> byCode = hromadas.stream().collect(Collectors.toMap(Hromada::code, Function.identity()));
        List<Settlement> settlements = codifier.settlements().stream()
                .map(s -> new Settlement("katottg:" + s.code(), s.code(), s.name(), null,
                        byCode.containsKey(s.hromadaCode()) ? byCode.get(s.hromadaCode()).centre() : null,
                        s.hromadaCode(), 0, 0, null))
                .toList();
        spread = new CensusWeightedSpreader(kse.readPlaceNames(kseTable), codifier, osm)
                .spread(hromadas, settlements, urban, log);
    }

    @Test
    void everyHromadaAddsUpToItsOfficialTotal() {
        Map<String, Long> sums = spread.settlements().stream()
                .collect(Collectors.groupingBy(Settlement::hromadaCode, Collectors.summingLong(Settlement::population)));
        assertThat(hromadas).allSatisfy(h -> assertThat(sums.get(h.code())).as(h.code()).isEqualTo(h.population2022()));
        assertThat(spread.settlements()).allSatisfy(s -> {
            assertThat(s.population()).isNotNegative();
            assertThat(s.populationRule()).isNotNull();
        });
        // the codifier settlements of hromadas outside the table (Crimea, Sevastopol) are reported in one line
        long outside = codifier.settlements().stream()
                .filter(s -> hromadas.stream().noneMatch(h -> h.code().equals(s.hromadaCode()))).count();
        assertThat(spread.settlements().stream().filter(s -> s.katottgCode() != null
                && s.populationRule() != PopulationRule.HROMADA_CENTRE_ONLY)).hasSize(
                        (int) (codifier.settlements().size() - outside));
        assertThat(log.rejected()).anyMatch(r -> r.source().equals(CensusWeightedSpreader.SOURCE)
                && r.item().equals(outside + " settlements"));
    }

    @Test
    void nikopolGetsItsOfficialCityFigure() {
        long official = urban.stream().filter(f -> f.nameUk().equals("Нікополь")).findFirst().orElseThrow().population();
        CodifierSettlement nikopol = codifier.settlements().stream()
                .filter(s -> s.name().equals("Нікополь") && s.category().equals(CodifierSettlement.CITY))
                .findFirst().orElseThrow();
        Settlement settlement = spread.settlements().stream().filter(s -> nikopol.code().equals(s.katottgCode()))
                .findFirst().orElseThrow();

        assertThat(official).isEqualTo(105_160);
        assertThat(settlement.population()).isEqualTo(official);
        assertThat(settlement.populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE);
    }

    @Test
    void everyHromadasOfficialCityAndTownFiguresMakeUpItsUrbanPopulation() {
        // table 5 and the KSE urban population come from the same 2022 statistics: a figure tied to the wrong
        // settlement (another hromada) would break this for two hromadas at once
        Map<String, Long> officialSums = spread.settlements().stream()
                .filter(s -> s.populationRule() == PopulationRule.OFFICIAL_URBAN_FIGURE)
                .collect(Collectors.groupingBy(Settlement::hromadaCode, Collectors.summingLong(Settlement::population)));
        assertThat(hromadas).allSatisfy(h -> assertThat(officialSums.getOrDefault(h.code(), 0L)).as(h.code())
                .isEqualTo(h.urbanPopulation2022()));
    }

    @Test
    void reportsTheRuleCountsAndTheLargestCorrections() {
        Map<PopulationRule, Long> rules = new EnumMap<>(PopulationRule.class);
        spread.settlements().forEach(s -> rules.merge(s.populationRule(), 1L, Long::sum));
        System.out.printf("codifier settlements %d, spread %d; rules %s%n", codifier.settlements().size(),
                spread.settlements().size(), rules);
        spread.largestCorrections().forEach(c -> System.out.printf("correction %s %s (%s, %s): %s %d -> %d, factor %s%n",
                c.katottgCode(), c.nameUk(), c.hromadaNameUk(), c.hromadaCode(), c.rule(), c.sourcePopulation(),
                c.population(), c.factor()));
        log.rejected().forEach(r -> System.out.println("rejected " + r.source() + " " + r.item() + ": " + r.reason()));
        log.warnings().stream().filter(w -> !w.source().contains("codifier"))
                .forEach(w -> System.out.println("warn " + w.source() + " " + w.item() + ": " + w.reason()));

        // almost every settlement has a census-based OSM figure (the data README: 29,415 of 29,705 codes)
        long osmWeighted = rules.getOrDefault(PopulationRule.OSM_FIGURE_WEIGHTED, 0L);
        long official = rules.getOrDefault(PopulationRule.OFFICIAL_URBAN_FIGURE, 0L);
        assertThat(official).isEqualTo(urban.stream().filter(f -> f.raionNameUk() != null).count());
        assertThat(osmWeighted + official).isGreaterThan(spread.settlements().size() * 99L / 100);
        assertThat(spread.largestCorrections()).hasSize(CensusWeightedSpreader.LARGEST_CORRECTIONS);
        assertThat(spread.largestCorrections()).isSortedAccordingTo(
                (a, b) -> Long.compare(Math.abs(b.difference()), Math.abs(a.difference())));
    }
}
