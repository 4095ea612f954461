package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.population.OfficialUrbanFigure.Kind;
import ua.cnap.planner.territory.Hromada;

class PopulationSpreaderTest {

    private static final String H1 = "UA01010010000000001";
    private static final String H2 = "UA01010030000000002";
    private static final String H3 = "UA01020010000000003";

    private static Hromada hromada(String code, long total, long urban, String centreName) {
        return new Hromada(code, code.substring(0, 6) + "0000000000000", "UA01000000000000000", "Громада" + code.charAt(18),
                null, "сільська", total, urban, Wgs84.point(30, 50, "test", code), null, centreName, null);
    }

    private static Settlement settlement(String id, String name, String hromadaCode, long geonamesPopulation,
            double lon, double lat) {
        return new Settlement(id, null, name, null, Wgs84.point(lon, lat, "test", id), hromadaCode,
                geonamesPopulation, 0, null);
    }

    /** H1 and H2 in raion "Перший" of oblast "Тестова", H3 in raion "Другий". */
    private static PopulationSpreader spreader(Map<String, List<String>> extraNames) {
        return new PopulationSpreader(Map.of(
                H1, new HromadaPlaceNames(H1, "Тестова", "Перший"),
                H2, new HromadaPlaceNames(H2, "Тестова", "Перший"),
                H3, new HromadaPlaceNames(H3, "Тестова", "Другий")), extraNames);
    }

    private static OfficialUrbanFigure town(String raion, String name, long population) {
        return new OfficialUrbanFigure("Тестова", raion, Kind.URBAN_TYPE, name, null, population, null);
    }

    private static Settlement byId(List<Settlement> settlements, String id) {
        return settlements.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static long sum(List<Settlement> settlements, String hromadaCode) {
        return settlements.stream().filter(s -> s.hromadaCode().equals(hromadaCode)).mapToLong(Settlement::population).sum();
    }

    @Test
    void officialFigureIsKeptAndTheRestFollowsGeoNamesWithTheSmallestFigureForUnknowns() {
        Hromada h = hromada(H1, 10_000, 6_000, "Містечко");
        List<Settlement> placed = List.of(
                settlement("g:1", "Містечко", H1, 5_000, 30, 50),
                settlement("g:2", "Вербівка", H1, 300, 30.1, 50),
                settlement("g:3", "Липки", H1, 0, 30.2, 50));
        ImportLog log = new ImportLog();

        List<Settlement> out = spreader(Map.of()).spread(List.of(h), placed, List.of(town("Перший", "Містечко", 6_000)), log);

        assertThat(sum(out, H1)).isEqualTo(10_000);
        assertThat(byId(out, "g:1").population()).isEqualTo(6_000);
        assertThat(byId(out, "g:1").populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE);
        // 4,000 left: Вербівка weighs 300, Липки (no figure) weighs the smallest figure, 300 too
        assertThat(byId(out, "g:2").population()).isEqualTo(2_000);
        assertThat(byId(out, "g:2").populationRule()).isEqualTo(PopulationRule.GEONAMES_WEIGHTED);
        assertThat(byId(out, "g:3").population()).isEqualTo(2_000);
        assertThat(byId(out, "g:3").populationRule()).isEqualTo(PopulationRule.EQUAL_SHARE_OF_REMAINDER);
    }

    @Test
    void geoNamesFiguresWeightTheTotal() {
        Hromada h = hromada(H1, 1_000, 0, "Ніщо");
        List<Settlement> placed = List.of(settlement("g:1", "А", H1, 100, 30, 50), settlement("g:2", "Б", H1, 300, 30, 50));

        List<Settlement> out = spreader(Map.of()).spread(List.of(h), placed, List.of(), new ImportLog());

        assertThat(out).extracting(Settlement::population).containsExactly(250L, 750L);
        assertThat(out).extracting(Settlement::populationRule).containsOnly(PopulationRule.GEONAMES_WEIGHTED);
    }

    @Test
    void withoutAnyFigureTheTotalIsSharedEquallyAndExactly() {
        Hromada h = hromada(H1, 10, 0, "Ніщо");
        List<Settlement> placed = List.of(settlement("g:1", "А", H1, 0, 30, 50), settlement("g:2", "Б", H1, 0, 30, 50),
                settlement("g:3", "В", H1, 0, 30, 50));

        List<Settlement> out = spreader(Map.of()).spread(List.of(h), placed, List.of(), new ImportLog());

        // 10 / 3: the one left over goes to the first (ties to the earlier settlement)
        assertThat(out).extracting(Settlement::population).containsExactly(4L, 3L, 3L);
        assertThat(out).extracting(Settlement::populationRule).containsOnly(PopulationRule.EQUAL_SHARE_OF_REMAINDER);
    }

    @Test
    void aHromadaWithoutPointsIsItsCentre() {
        Hromada h = hromada(H2, 4_321, 0, "Центрове");

        List<Settlement> out = spreader(Map.of()).spread(List.of(h), List.of(), List.of(), new ImportLog());

        assertThat(out).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("centre:" + H2);
            assertThat(s.population()).isEqualTo(4_321);
            assertThat(s.populationRule()).isEqualTo(PopulationRule.HROMADA_CENTRE_ONLY);
            assertThat(s.point()).isEqualTo(h.centre());
            assertThat(s.nameUk()).isEqualTo("Центрове");
        });
    }

    @Test
    void officialFiguresAboveTheTotalAreScaledDownWithAWarning() {
        // flawed input on purpose: the hromada's urban population (7,000) exceeds its total (5,000)
        Hromada h = hromada(H1, 5_000, 7_000, "Місто");
        List<Settlement> placed = List.of(settlement("g:1", "Місто", H1, 0, 30, 50), settlement("g:2", "Село", H1, 50, 30, 50));
        ImportLog log = new ImportLog();

        List<Settlement> out = spreader(Map.of()).spread(List.of(h), placed, List.of(town("Перший", "Місто", 6_000)), log);

        assertThat(sum(out, H1)).isEqualTo(5_000);
        assertThat(byId(out, "g:1").population()).isEqualTo(5_000);
        assertThat(byId(out, "g:1").populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE_SCALED);
        assertThat(byId(out, "g:2").population()).isZero();
        assertThat(log.warnings()).anyMatch(w -> w.item().contains(H1) && w.reason().contains("exceed"));
    }

    @Test
    void aFigureGoesOnceToTheLargerOfTwoSameNamedPoints() {
        Hromada h = hromada(H1, 3_000, 2_000, "Олександрівка");
        List<Settlement> placed = List.of(
                settlement("g:small", "Олександрівка", H1, 40, 30, 50),
                settlement("g:large", "Олександрівка", H1, 1_800, 30.3, 50.3));

        List<Settlement> out = spreader(Map.of())
                .spread(List.of(h), placed, List.of(town("Перший", "Олександрівка", 2_000)), new ImportLog());

        assertThat(byId(out, "g:large").populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE);
        assertThat(byId(out, "g:large").population()).isEqualTo(2_000);
        assertThat(byId(out, "g:small").populationRule()).isEqualTo(PopulationRule.GEONAMES_WEIGHTED);
        assertThat(byId(out, "g:small").population()).isEqualTo(1_000);
    }

    @Test
    void namesMatchThroughAlternateNamesAndApostrophesButOnlyInTheFiguresRaion() {
        Hromada inRaion = hromada(H1, 1_000, 800, "Kamianka");
        Hromada otherRaion = hromada(H3, 1_000, 800, "Kamianka");
        List<Settlement> placed = List.of(
                settlement("geonames:1", "Kamianka", H1, 0, 30, 50),
                settlement("geonames:2", "Кам’янка", H3, 0, 30, 50),
                settlement("geonames:3", "Хутір", H1, 0, 30, 50));
        Map<String, List<String>> alternates = Map.of("geonames:1", List.of("Kamenka", "Каменка", "Кам’янка"));
        ImportLog log = new ImportLog();

        List<Settlement> out = spreader(alternates).spread(List.of(inRaion, otherRaion), placed,
                List.of(town("Перший", "Кам'янка", 800)), log);

        assertThat(byId(out, "geonames:1").populationRule()).isEqualTo(PopulationRule.OFFICIAL_URBAN_FIGURE);
        assertThat(byId(out, "geonames:2").populationRule()).isEqualTo(PopulationRule.EQUAL_SHARE_OF_REMAINDER);
        assertThat(byId(out, "geonames:2").population()).isEqualTo(1_000);
        assertThat(sum(out, H1)).isEqualTo(1_000);
        assertThat(log.warnings()).anyMatch(w -> w.reason().startsWith("matched 1 of 1"));
    }

    @Test
    void aFigureLargerThanTheHromadasUrbanPopulationIsNotMatched() {
        // a village of a rural hromada (urban population 0) named like a town of the raion
        Hromada h = hromada(H1, 900, 0, "Село");
        List<Settlement> placed = List.of(settlement("g:1", "Слобода", H1, 0, 30, 50), settlement("g:2", "Село", H1, 0, 30, 50));
        ImportLog log = new ImportLog();

        List<Settlement> out = spreader(Map.of()).spread(List.of(h), placed, List.of(town("Перший", "Слобода", 5_000)), log);

        assertThat(out).extracting(Settlement::populationRule).containsOnly(PopulationRule.EQUAL_SHARE_OF_REMAINDER);
        assertThat(sum(out, H1)).isEqualTo(900);
        assertThat(log.warnings()).anyMatch(w -> w.item().startsWith("смт Слобода") && w.reason().contains("matched no"));
    }

    @Test
    void everySettlementOfAllHromadasFitsTheTotalsAtOnce() {
        List<Hromada> hromadas = List.of(hromada(H1, 7_777, 0, "X"), hromada(H2, 1, 0, "Y"), hromada(H3, 0, 0, "Z"));
        List<Settlement> placed = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 30; i++) {
            placed.add(settlement("g:" + i, "S" + i, hromadas.get(i % 3).code(), random.nextInt(3) == 0 ? 0 : random.nextInt(5_000),
                    30, 50));
        }

        List<Settlement> out = spreader(Map.of()).spread(hromadas, placed, List.of(), new ImportLog());

        assertThat(out).hasSize(30);
        assertThat(hromadas).allSatisfy(h -> assertThat(sum(out, h.code())).isEqualTo(h.population2022()));
    }

    @Test
    void largestRemainderApportionmentAddsUpExactly() {
        Random random = new Random(42);
        for (int run = 0; run < 200; run++) {
            int n = 1 + random.nextInt(40);
            long[] weights = new long[n];
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000);
            }
            long total = random.nextInt(3_000_000);
            long[] parts = PopulationSpreader.apportion(total, weights);
            assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(total);
            assertThat(java.util.Arrays.stream(parts).min().orElse(0)).isNotNegative();
        }
    }
}
