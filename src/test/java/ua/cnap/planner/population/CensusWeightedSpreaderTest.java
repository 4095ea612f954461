package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.population.OfficialUrbanFigure.Kind;
import ua.cnap.planner.territory.Codifier;
import ua.cnap.planner.territory.CodifierSettlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;

/**
 * The spread on small hromadas whose answers follow by hand. Settlement codes are built as
 * hromada digits + settlement digits; hromadas H1, H2 lie in raion "Перший", H3 in "Другий" of
 * oblast "Тестова".
 */
class CensusWeightedSpreaderTest {

    private static final String H1 = "UA01010010000000001";
    private static final String H2 = "UA01010030000000002";
    private static final String H3 = "UA01020010000000003";
    private static final String KYIV = "UA80000000000093317";

    private static String code(String hromada, int n) {
        return hromada.substring(0, 9) + String.format("%03d", n) + "0000" + hromada.charAt(18) + "0" + n % 10;
    }

    private static Hromada hromada(String code, long total, long urban, String centreCode, String centreName) {
        return new Hromada(code, code.substring(0, 6) + "0000000000000", "UA01000000000000000",
                "Громада" + code.charAt(18), null, "сільська", total, urban, Wgs84.point(30, 50, "test", code),
                centreCode, centreName, null);
    }

    private static Settlement coded(String code, String name, String hromada) {
        return new Settlement("katottg:" + code, code, name, null, Wgs84.point(30, 50, "test", code), hromada, 0, 0, null);
    }

    private static Settlement geonames(String id, String name, String hromada, long geonamesPopulation, double lon) {
        return new Settlement(id, null, name, null, Wgs84.point(lon, 50, "test", id), hromada, geonamesPopulation, 0, null);
    }

    private static OsmPlace osm(String code, String name, String place, Long population, String... otherNames) {
        return new OsmPlace("1", code, name, List.of(otherNames), place, population, 2);
    }

    private static OfficialUrbanFigure town(String raion, String name, long population) {
        return new OfficialUrbanFigure("Тестова", raion, Kind.URBAN_TYPE, name, null, population, null);
    }

    private static CensusWeightedSpreader spreader(List<CodifierSettlement> codifierSettlements, List<OsmPlace> osm) {
        Codifier codifier = new Codifier(List.of(new Oblast("UA01000000000000000", "Тестова", null),
                new Oblast(KYIV, "Київ", null)), List.of(), Map.of(), codifierSettlements);
        return new CensusWeightedSpreader(Map.of(
                H1, new HromadaPlaceNames(H1, "Тестова", "Перший"),
                H2, new HromadaPlaceNames(H2, "Тестова", "Перший"),
                H3, new HromadaPlaceNames(H3, "Тестова", "Другий")), codifier, osm);
    }

    private static Settlement byId(PopulationSpread spread, String id) {
        return spread.settlements().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Settlement byCode(PopulationSpread spread, String code) {
        return byId(spread, "katottg:" + code);
    }

    private static long sum(PopulationSpread spread, String hromadaCode) {
        return spread.settlements().stream().filter(s -> s.hromadaCode().equals(hromadaCode))
                .mapToLong(Settlement::population).sum();
    }

    @Test
    void osmFiguresAreScaledToTheOfficialTotalWithExactIntegerSums() {
        // OSM (census) says 1,200 + 600 + 203 = 2,003; the official 2022 total is 1,000 (smaller than the weights)
        String a = code(H1, 1), b = code(H1, 2), c = code(H1, 3);
        Hromada h = hromada(H1, 1_000, 0, a, "Альфа");
        List<CodifierSettlement> codifier = List.of(new CodifierSettlement(a, H1, "C", "Альфа"),
                new CodifierSettlement(b, H1, "C", "Бета"), new CodifierSettlement(c, H1, "C", "Гама"));
        List<OsmPlace> osm = List.of(osm(a, "Альфа", "village", 1_200L), osm(b, "Бета", "village", 600L),
                osm(c, "Гама", "hamlet", 203L));

        PopulationSpread spread = spreader(codifier, osm).spread(List.of(h),
                List.of(coded(a, "Альфа", H1), coded(b, "Бета", H1), coded(c, "Гама", H1)), List.of(), new ImportLog());

        // quotas 599.1, 299.55, 101.35 → 599, 299, 101 (999) and the unit left to the largest remainder (.55)
        assertThat(spread.settlements()).extracting(Settlement::population).containsExactly(599L, 300L, 101L);
        assertThat(spread.settlements()).extracting(Settlement::populationRule)
                .containsOnly(PopulationRule.OSM_FIGURE_WEIGHTED);
        assertThat(sum(spread, H1)).isEqualTo(1_000);
        // the largest correction is Альфа's: 1,200 → 599, factor 0.499
        assertThat(spread.largestCorrections()).first().satisfies(c1 -> {
            assertThat(c1.katottgCode()).isEqualTo(a);
            assertThat(c1.hromadaCode()).isEqualTo(H1);
            assertThat(c1.sourcePopulation()).isEqualTo(1_200);
            assertThat(c1.population()).isEqualTo(599);
            assertThat(c1.factor()).isEqualTo(0.499);
        });
        assertThat(spread.largestCorrections()).extracting(PopulationCorrection::difference)
                .containsExactly(-601L, -300L, -102L);
    }

    @Test
    void tiedRemaindersGoToTheLargerFigureThenToTheEarlierSettlement() {
        String a = code(H1, 1), b = code(H1, 2), c = code(H1, 3);
        Hromada h = hromada(H1, 5, 0, null, null);
        List<CodifierSettlement> codifier = List.of(new CodifierSettlement(a, H1, "C", "А"),
                new CodifierSettlement(b, H1, "C", "Б"), new CodifierSettlement(c, H1, "C", "В"));
        // weights 1, 2, 1 (sum 4): quotas 1.25, 2.5, 1.25 → 1, 2, 1 and one unit for the remainder .5 of Б
        // weights 3, 3, 3 would give 5/3 each: 1, 1, 1 and two units to the first two (ties, equal weights)
        PopulationSpread unequal = spreader(codifier, List.of(osm(a, "А", "village", 1L), osm(b, "Б", "village", 2L),
                osm(c, "В", "village", 1L))).spread(List.of(h),
                List.of(coded(a, "А", H1), coded(b, "Б", H1), coded(c, "В", H1)), List.of(), new ImportLog());
        PopulationSpread equal = spreader(codifier, List.of(osm(a, "А", "village", 3L), osm(b, "Б", "village", 3L),
                osm(c, "В", "village", 3L))).spread(List.of(h),
                List.of(coded(a, "А", H1), coded(b, "Б", H1), coded(c, "В", H1)), List.of(), new ImportLog());

        assertThat(unequal.settlements()).extracting(Settlement::population).containsExactly(1L, 3L, 1L);
        assertThat(equal.settlements()).extracting(Settlement::population).containsExactly(2L, 2L, 1L);
    }

    @Test
    void anOfficialUrbanFigureKeepsPriorityByCodeAndTheRestIsScaled() {
        // the town's OSM figure (7,100, census 2001) is ignored: the official 2022 figure 6,000 stands
        String town = code(H1, 1), village = code(H1, 2), sameNameElsewhere = code(H2, 1);
        Hromada h1 = hromada(H1, 10_000, 6_000, town, "Містечко");
        Hromada h2 = hromada(H2, 700, 0, null, null);
        List<CodifierSettlement> codifier = List.of(new CodifierSettlement(town, H1, "X", "Містечко"),
                new CodifierSettlement(village, H1, "C", "Вербівка"),
                new CodifierSettlement(sameNameElsewhere, H2, "C", "Містечко"));
        List<OsmPlace> osm = List.of(osm(town, "Містечко", "town", 7_100L), osm(village, "Вербівка", "village", 300L),
                osm(sameNameElsewhere, "Містечко", "village", 700L));
        ImportLog log = new ImportLog();

        PopulationSpread spread = spreader(codifier, osm).spread(List.of(h1, h2),
                List.of(coded(town, "Містечко", H1), coded(village, "Вербівка", H1),
                        coded(sameNameElsewhere, "Містечко", H2)),
                List.of(town("Перший", "Містечко", 6_000)), log);

        assertThat(byCode(spread, town).population()).isEqualTo(6_000);
        assertThat(byCode(spread, town).populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE);
        assertThat(byCode(spread, village).population()).isEqualTo(4_000);
        assertThat(byCode(spread, village).populationRule()).isEqualTo(PopulationRule.OSM_FIGURE_WEIGHTED);
        // the village of the same name in the other hromada of the raion keeps its weight rule
        assertThat(byCode(spread, sameNameElsewhere).populationRule()).isEqualTo(PopulationRule.OSM_FIGURE_WEIGHTED);
        assertThat(byCode(spread, sameNameElsewhere).population()).isEqualTo(700);
        assertThat(log.warnings()).anyMatch(w -> w.reason().startsWith("tied 1 of 1 figures"));
        assertThat(log.warnings()).anyMatch(w -> w.reason().startsWith("given to 1 settlements: 1 by KATOTTG code, 0 by name"));
    }

    @Test
    void aRenamedCityIsFoundByItsFormerNameOrItsKseCentreName() {
        // table 5 (2022) still says Новомосковськ and Новоград-Волинський; the 2025 codifier has Самар and Звягель
        String samar = code(H1, 1), suburb = code(H1, 2), zvyahel = code(H3, 1), village = code(H3, 2);
        Hromada h1 = hromada(H1, 70_000, 69_855, null, null);
        Hromada h3 = hromada(H3, 60_000, 55_086, zvyahel, "Новоград-Волинський");
        List<CodifierSettlement> codifier = List.of(new CodifierSettlement(samar, H1, "M", "Самар"),
                new CodifierSettlement(suburb, H1, "C", "Орлівщина"),
                new CodifierSettlement(zvyahel, H3, "M", "Звягель"), new CodifierSettlement(village, H3, "C", "Гульськ"));
        List<OsmPlace> osm = List.of(osm(samar, "Самар", "town", 72_000L, "Новомосковськ"),
                osm(suburb, "Орлівщина", "village", 1_500L),
                osm(zvyahel, "Звягель", "town", 56_254L), osm(village, "Гульськ", "village", 1_000L));
        List<OfficialUrbanFigure> urban = List.of(
                new OfficialUrbanFigure("Тестова", "Перший", Kind.CITY, "Новомосковськ", null, 69_855, null),
                new OfficialUrbanFigure("Тестова", "Другий", Kind.CITY, "Новоград-Волинський", null, 55_086, null));

        PopulationSpread spread = spreader(codifier, osm).spread(List.of(h1, h3),
                List.of(coded(samar, "Самар", H1), coded(suburb, "Орлівщина", H1), coded(zvyahel, "Звягель", H3),
                        coded(village, "Гульськ", H3)), urban, new ImportLog());

        assertThat(byCode(spread, samar).population()).isEqualTo(69_855);
        assertThat(byCode(spread, samar).populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE);
        assertThat(byCode(spread, suburb).population()).isEqualTo(145);
        assertThat(byCode(spread, zvyahel).population()).isEqualTo(55_086);
        assertThat(byCode(spread, zvyahel).populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE);
        assertThat(byCode(spread, village).population()).isEqualTo(4_914);
    }

    @Test
    void anOfficialFigureIsScaledUpWhenItsSettlementIsTheWholeHromada() {
        String city = code(H1, 1);
        Hromada h = hromada(H1, 70_000, 69_855, city, "Місто");
        ImportLog log = new ImportLog();

        PopulationSpread spread = spreader(List.of(new CodifierSettlement(city, H1, "M", "Місто")), List.of())
                .spread(List.of(h), List.of(coded(city, "Місто", H1)),
                        List.of(new OfficialUrbanFigure("Тестова", "Перший", Kind.CITY, "Місто", null, 69_855, null)), log);

        assertThat(byCode(spread, city).population()).isEqualTo(70_000);
        assertThat(byCode(spread, city).populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE_SCALED);
        assertThat(log.warnings()).anyMatch(w -> w.reason().contains("scaled up"));
    }

    @Test
    void settlementsWithoutAFigureWeighLikeTheMedianAndTheCentreLikeTheLargest() {
        // figures 100, 300, 900; Нове and the centre Центр have none
        String c1 = code(H1, 1), c2 = code(H1, 2), c3 = code(H1, 3), none = code(H1, 4), centre = code(H1, 5);
        Hromada h = hromada(H1, 3_000, 0, centre, "Центр");
        List<CodifierSettlement> codifier = List.of(new CodifierSettlement(c1, H1, "C", "Перше"),
                new CodifierSettlement(c2, H1, "C", "Друге"), new CodifierSettlement(c3, H1, "C", "Третє"),
                new CodifierSettlement(none, H1, "C", "Нове"), new CodifierSettlement(centre, H1, "C", "Центр"));
        List<OsmPlace> osm = List.of(osm(c1, "Перше", "hamlet", 100L), osm(c2, "Друге", "village", 300L),
                osm(c3, "Третє", "village", 900L), osm(none, "Нове", "village", null));

        PopulationSpread spread = spreader(codifier, osm).spread(List.of(h), List.of(coded(c1, "Перше", H1),
                coded(c2, "Друге", H1), coded(c3, "Третє", H1), coded(none, "Нове", H1), coded(centre, "Центр", H1)),
                List.of(), new ImportLog());

        // weights 100, 300, 900, 300 (median), 900 (largest) = 2,500 → factor 1.2
        assertThat(byCode(spread, none).populationRule()).isEqualTo(PopulationRule.NO_FIGURE_MEDIAN_WEIGHT);
        assertThat(byCode(spread, none).population()).isEqualTo(360);
        assertThat(byCode(spread, centre).populationRule()).isEqualTo(PopulationRule.NO_FIGURE_CENTRE_LARGEST_WEIGHT);
        assertThat(byCode(spread, centre).population()).isEqualTo(1_080);
        assertThat(byCode(spread, c1).population()).isEqualTo(120);
        assertThat(sum(spread, H1)).isEqualTo(3_000);
        // settlements without a figure have no source figure to be corrected from
        assertThat(spread.largestCorrections()).extracting(PopulationCorrection::katottgCode).doesNotContain(none, centre);
    }

    @Test
    void aHromadaWithoutAnyFigureStillAddsUpExactly() {
        String a = code(H2, 1), b = code(H2, 2), c = code(H2, 3);
        Hromada h = hromada(H2, 10, 0, a, "А");
        List<CodifierSettlement> codifier = List.of(new CodifierSettlement(a, H2, "C", "А"),
                new CodifierSettlement(b, H2, "C", "Б"), new CodifierSettlement(c, H2, "C", "В"));

        PopulationSpread spread = spreader(codifier, List.of()).spread(List.of(h),
                List.of(coded(a, "А", H2), coded(b, "Б", H2), coded(c, "В", H2)), List.of(), new ImportLog());

        // 10 / 3: the unit left goes to the first (equal remainders and weights)
        assertThat(spread.settlements()).extracting(Settlement::population).containsExactly(4L, 3L, 3L);
        assertThat(spread.settlements()).extracting(Settlement::populationRule)
                .containsOnly(PopulationRule.EQUAL_SHARE_OF_REMAINDER);
        assertThat(spread.largestCorrections()).isEmpty();
    }

    @Test
    void aPlaceTaggedUninhabitedGetsNobodyAndTheOthersShareTheTotal() throws URISyntaxException {
        // the reader's fixture: Містечко 5,800, Вербівка 300, Лужки "Нежилий", Липки empty, Новопетрівка "?",
        // Чорноземне 0
        ImportLog log = new ImportLog();
        List<OsmPlace> osm = new OsmPlaceReader().read(
                Path.of(getClass().getResource("osm-places-flawed.csv").toURI()), log);
        String h = "UA01010010000000001";
        List<CodifierSettlement> codifier = new ArrayList<>();
        List<Settlement> settlements = new ArrayList<>();
        for (OsmPlace place : osm) {
            codifier.add(new CodifierSettlement(place.katottgCode(), h, "C", place.nameUk()));
            settlements.add(coded(place.katottgCode(), place.nameUk(), h));
        }
        Hromada hromada = hromada(h, 6_100, 0, "UA01010010010000001", "Містечко");

        PopulationSpread spread = spreader(codifier, osm).spread(List.of(hromada), settlements, List.of(), log);

        Settlement luzhky = byCode(spread, "UA01010010030000003");
        assertThat(luzhky.population()).isZero();
        assertThat(luzhky.populationRule()).isEqualTo(PopulationRule.OSM_FIGURE_WEIGHTED);
        assertThat(byCode(spread, "UA01010010070000007").population()).isZero();
        // Липки and Новопетрівка have no figure: the median of the known positive figures (300, 5,800) is 300
        assertThat(byCode(spread, "UA01010010040000004").populationRule()).isEqualTo(PopulationRule.NO_FIGURE_MEDIAN_WEIGHT);
        // weights 5,800 + 300 + 300 + 300 = 6,700 for 6,100
        assertThat(byCode(spread, "UA01010010040000004").population()).isEqualTo(273);
        assertThat(sum(spread, h)).isEqualTo(6_100);
    }

    @Test
    void settlementsWithoutCodesFallBackToNamesAndGeoNamesFigures() {
        // before settlements carry codes: GeoNames points, matched to the coded town by name in its hromada
        String town = code(H1, 1);
        Hromada h = hromada(H1, 5_000, 3_000, town, "Містечко");
        List<CodifierSettlement> codifier = List.of(new CodifierSettlement(town, H1, "X", "Містечко"));
        List<Settlement> placed = List.of(
                geonames("g:small", "Містечко", H1, 40, 30.3),
                geonames("g:large", "Містечко", H1, 2_800, 30.1),
                geonames("g:village", "Вербівка", H1, 1_000, 30.2),
                geonames("g:none", "Липки", H1, 0, 30.2));
        ImportLog log = new ImportLog();

        PopulationSpread spread = spreader(codifier, List.of()).spread(List.of(h), placed,
                List.of(town("Перший", "Містечко", 3_000)), log);

        assertThat(byId(spread, "g:large").population()).isEqualTo(3_000);
        assertThat(byId(spread, "g:large").populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE);
        // 2,000 left over weights 40, 1,000 and the median of (40, 1,000) = 40 for Липки
        assertThat(byId(spread, "g:small").populationRule()).isEqualTo(PopulationRule.GEONAMES_WEIGHTED);
        assertThat(byId(spread, "g:none").populationRule()).isEqualTo(PopulationRule.NO_FIGURE_MEDIAN_WEIGHT);
        assertThat(byId(spread, "g:village").population()).isEqualTo(1_852);
        assertThat(sum(spread, H1)).isEqualTo(5_000);
        assertThat(log.warnings()).anyMatch(w -> w.reason().startsWith("given to 1 settlements: 0 by KATOTTG code, 1 by name"));
    }

    @Test
    void aPointWithoutCodeIsAlsoFoundByItsGeoNamesAlternateNames() {
        String city = code(H1, 1);
        Hromada h = hromada(H1, 110_000, 105_141, city, "Слов'янськ");
        List<Settlement> placed = List.of(geonames("geonames:1", "Slov'yans'k", H1, 118_000, 30),
                geonames("geonames:2", "Village", H1, 1_000, 30));
        CensusWeightedSpreader spreader = new CensusWeightedSpreader(Map.of(H1, new HromadaPlaceNames(H1, "Тестова", "Перший")),
                new Codifier(List.of(), List.of(), Map.of(), List.of(new CodifierSettlement(city, H1, "M", "Слов’янськ"))),
                List.of(), Map.of("geonames:1", List.of("Slavyansk", "Славянск", "Слов'янськ")));

        PopulationSpread spread = spreader.spread(List.of(h), placed,
                List.of(new OfficialUrbanFigure("Тестова", "Перший", Kind.CITY, "Слов'янськ", "Sloviansk", 105_141, null)),
                new ImportLog());

        assertThat(byId(spread, "geonames:1").population()).isEqualTo(105_141);
        assertThat(byId(spread, "geonames:1").populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE);
        assertThat(byId(spread, "geonames:2").population()).isEqualTo(4_859);
    }

    @Test
    void aCentreWithoutCodeOrFigureIsFoundByNameAndWeighsLikeTheLargest() {
        Hromada h = hromada(H1, 1_100, 0, null, "Центр");
        List<Settlement> placed = List.of(geonames("g:1", "Хутір", H1, 100, 30), geonames("g:2", "Село", H1, 900, 30),
                geonames("g:3", "Центр", H1, 0, 30));

        PopulationSpread spread = spreader(List.of(), List.of()).spread(List.of(h), placed, List.of(), new ImportLog());

        assertThat(byId(spread, "g:3").populationRule()).isEqualTo(PopulationRule.NO_FIGURE_CENTRE_LARGEST_WEIGHT);
        // weights 100, 900, 900 → 1,100 × 900 / 1,900 = 521.05…
        assertThat(byId(spread, "g:3").population()).isEqualTo(521);
        assertThat(sum(spread, H1)).isEqualTo(1_100);
    }

    @Test
    void officialFiguresAboveTheTotalAreScaledDownWithAWarning() {
        // flawed on purpose: the town's figure (6,000) exceeds the hromada total (5,000)
        String town = code(H1, 1), village = code(H1, 2);
        Hromada h = hromada(H1, 5_000, 7_000, town, "Місто");
        List<CodifierSettlement> codifier = List.of(new CodifierSettlement(town, H1, "X", "Місто"),
                new CodifierSettlement(village, H1, "C", "Село"));
        ImportLog log = new ImportLog();

        PopulationSpread spread = spreader(codifier, List.of(osm(village, "Село", "village", 50L))).spread(List.of(h),
                List.of(coded(town, "Місто", H1), coded(village, "Село", H1)), List.of(town("Перший", "Місто", 6_000)), log);

        assertThat(byCode(spread, town).population()).isEqualTo(5_000);
        assertThat(byCode(spread, town).populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE_SCALED);
        assertThat(byCode(spread, village).population()).isZero();
        assertThat(log.warnings()).anyMatch(w -> w.item().contains(H1) && w.reason().contains("exceed"));
        assertThat(spread.largestCorrections()).first().satisfies(c -> {
            assertThat(c.katottgCode()).isEqualTo(town);
            assertThat(c.factor()).isEqualTo(0.833);
        });
    }

    @Test
    void kyivAsAHromadaWithOneSettlementOfItsOwnCodeTakesItsOfficialFigure() {
        Hromada kyiv = new Hromada(KYIV, KYIV, KYIV, "Київ", null, "міська", 2_952_301, 2_952_301,
                Wgs84.point(30.5, 50.45, "test", KYIV), KYIV, "Київ", null);
        ImportLog log = new ImportLog();

        PopulationSpread spread = spreader(List.of(), List.of(osm(KYIV, "Київ", "city", 2_952_301L))).spread(
                List.of(kyiv), List.of(coded(KYIV, "Київ", KYIV)),
                List.of(new OfficialUrbanFigure("Київ", null, Kind.CITY, "Київ", "Kyiv", 2_952_301, null)), log);

        assertThat(byCode(spread, KYIV).population()).isEqualTo(2_952_301);
        assertThat(byCode(spread, KYIV).populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE);
    }

    @Test
    void settlementsOfHromadasWithoutATotalAreReportedNotSilentlyDropped() {
        Hromada h = hromada(H1, 100, 0, null, null);
        String crimea = "UA01020030010000009";
        ImportLog log = new ImportLog();

        PopulationSpread spread = spreader(List.of(), List.of()).spread(List.of(h),
                List.of(coded(code(H1, 1), "А", H1), coded(crimea, "Кримське", "UA01020030000000009")), List.of(), log);

        assertThat(spread.settlements()).extracting(Settlement::katottgCode).containsExactly(code(H1, 1));
        assertThat(log.rejected()).singleElement().satisfies(r -> {
            assertThat(r.item()).isEqualTo("1 settlements");
            assertThat(r.reason()).contains("UA01020030000000009 (1)");
        });
    }

    @Test
    void aHromadaWithoutSettlementsIsItsCentre() {
        Hromada h = hromada(H2, 4_321, 0, null, "Центрове");

        PopulationSpread spread = spreader(List.of(), List.of()).spread(List.of(h), List.of(), List.of(), new ImportLog());

        assertThat(spread.settlements()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("centre:" + H2);
            assertThat(s.population()).isEqualTo(4_321);
            assertThat(s.populationRule()).isEqualTo(PopulationRule.HROMADA_CENTRE_ONLY);
        });
    }

    @Test
    void everyHromadaAddsUpWhateverTheMixOfFigures() {
        List<Hromada> hromadas = List.of(hromada(H1, 7_777, 0, null, null), hromada(H2, 1, 0, null, null),
                hromada(H3, 0, 0, null, null));
        List<Settlement> placed = new ArrayList<>();
        List<OsmPlace> osm = new ArrayList<>();
        List<CodifierSettlement> codifier = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            String hromada = hromadas.get(i % 3).code();
            if (i % 2 == 0) {
                placed.add(geonames("g:" + i, "S" + i, hromada, random.nextInt(3) == 0 ? 0 : random.nextInt(5_000), 30));
            } else {
                String c = code(hromada, i);
                codifier.add(new CodifierSettlement(c, hromada, "C", "S" + i));
                placed.add(coded(c, "S" + i, hromada));
                int kind = random.nextInt(3);
                osm.add(osm(c, "S" + i, "village", kind == 0 ? null : kind == 1 ? 0L : (long) random.nextInt(5_000)));
            }
        }

        PopulationSpread spread = spreader(codifier, osm).spread(hromadas, placed, List.of(), new ImportLog());

        assertThat(spread.settlements()).hasSize(60).allSatisfy(s -> assertThat(s.population()).isNotNegative());
        assertThat(hromadas).allSatisfy(h -> assertThat(sum(spread, h.code())).isEqualTo(h.population2022()));
    }
}
