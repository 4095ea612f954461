package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.territory.Codifier;
import ua.cnap.planner.territory.CodifierSettlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;

/**
 * Two 0.1° squares side by side along latitude 50 (A: lon 30.0-30.1, B: 30.1-30.2) and a hromada C
 * without a polygon and without codifier settlements. One rule per test.
 */
class KatottgSettlementBuilderTest {

    private static final String OBLAST = "UA01000000000000001";
    private static final String A = "UA01010010000000002";
    private static final String B = "UA01010030000000003";
    private static final String C = "UA01010050000000004";
    private static final String KYIV = "UA80000000000093317";
    private static final String A_CENTRE = "UA01010010010000010";

    private static Hromada hromada(String code, String name, double centreLon, String centreCode,
            MultiPolygon boundary) {
        return new Hromada(code, "UA01010000000000000", OBLAST, name, null, "сільська", 1000, 0,
                Wgs84.point(centreLon, 50.05, "test", code), centreCode, "Центральне", boundary);
    }

    private static MultiPolygon square(double west) {
        Polygon polygon = Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(west, 50),
            new Coordinate(west + 0.1, 50), new Coordinate(west + 0.1, 50.1), new Coordinate(west, 50.1),
            new Coordinate(west, 50)});
        return Wgs84.toMultiPolygon(polygon);
    }

    private static GeoNamesPlace place(long id, String name, List<String> alternates, double lon, double lat,
            long population) {
        return new GeoNamesPlace(id, name, name, alternates, lon, lat, "PPL", "13", "", population);
    }

    private static CodifierSettlement village(String code, String hromada, String name) {
        return new CodifierSettlement(code, hromada, CodifierSettlement.VILLAGE, name);
    }

    private static final List<Hromada> HROMADAS = List.of(
            hromada(A, "Перша", 30.05, A_CENTRE, square(30.0)),
            hromada(B, "Друга", 30.15, null, square(30.1)),
            hromada(C, "Третя", 31.0, null, null));

    private static Codifier codifier(CodifierSettlement... settlements) {
        return new Codifier(List.of(new Oblast(OBLAST, "Перша область", null), new Oblast(KYIV, "Київ", null)),
                List.of(), Map.of(A, "Перша", B, "Друга", C, "Третя"), List.of(settlements));
    }

    private static KatottgSettlementBuilder.Result build(Codifier codifier, List<Hromada> hromadas,
            List<GeoNamesPlace> places, Map<String, List<String>> otherNames, ImportLog log) {
        return new KatottgSettlementBuilder().build(codifier, hromadas, places, otherNames, log);
    }

    private static Settlement byCode(KatottgSettlementBuilder.Result result, String code) {
        return result.settlements().stream().filter(s -> code.equals(s.katottgCode())).findFirst().orElseThrow();
    }

    @Test
    void theCentreStandsAtTheHromadaCentreFoundByItsCodeAndTakesItsPlace() {
        var result = build(codifier(village(A_CENTRE, A, "Центральне")), HROMADAS,
                List.of(place(1, "Tsentral'ne", List.of("Центральное", "Центральне"), 30.02, 50.02, 700)),
                Map.of(), new ImportLog());

        Settlement centre = byCode(result, A_CENTRE);
        assertThat(centre.id()).isEqualTo("katottg:" + A_CENTRE);
        assertThat(centre.pointSource()).isEqualTo(PointSource.HROMADA_CENTRE);
        assertThat(centre.point().getX()).isEqualTo(30.05);
        assertThat(centre.point().getY()).isEqualTo(50.05);
        assertThat(centre.sourcePopulation()).isEqualTo(700); // the place's figure travels with it
        assertThat(result.points().geoNamesPlacesUnmatched()).isZero();
    }

    @Test
    void aPlaceIsMatchedByTheOfficialNameAmongItsAlternatesWhateverTheApostrophe() {
        var result = build(codifier(village("UA01010010020000020", A, "Кам’янське")), HROMADAS,
                List.of(place(2, "Kamyanske", List.of("Дніпродзержинськ", "Кам'янське", "Каменское"), 30.03, 50.07,
                        0)), Map.of(), new ImportLog());

        Settlement settlement = byCode(result, "UA01010010020000020");
        assertThat(settlement.pointSource()).isEqualTo(PointSource.GEONAMES_NAME);
        assertThat(settlement.point().getX()).isEqualTo(30.03);
        assertThat(settlement.nameUk()).isEqualTo("Кам’янське");
        assertThat(settlement.nameEn()).isEqualTo("Kamianske");
    }

    @Test
    void aRenamedPlaceIsFoundByItsFormerNameAndARussianFormByItsLatinSpelling() {
        var result = build(codifier(village("UA01010010030000030", A, "Самар"),
                        new CodifierSettlement("UA01010010040000040", A, CodifierSettlement.CITY, "Бердянськ"),
                        village("UA01010010050000050", A, "Марганець")),
                HROMADAS,
                List.of(place(3, "Novomoskovs'k", List.of("Новомосковськ", "Новомосковск"), 30.01, 50.01, 70_000),
                        place(4, "Berdyansk", List.of("Бердянск"), 30.02, 50.02, 106_000),
                        place(5, "Марганец", List.of(), 30.03, 50.03, 0)),
                Map.of("UA01010010030000030", List.of("Самар", "Новомосковськ")), new ImportLog());

        assertThat(byCode(result, "UA01010010030000030").pointSource()).isEqualTo(PointSource.GEONAMES_FORMER_NAME);
        assertThat(byCode(result, "UA01010010030000030").point().getX()).isEqualTo(30.01);
        assertThat(byCode(result, "UA01010010040000040").pointSource())
                .isEqualTo(PointSource.GEONAMES_TRANSLITERATED_NAME);
        assertThat(byCode(result, "UA01010010040000040").sourcePopulation()).isEqualTo(106_000);
        assertThat(byCode(result, "UA01010010050000050").pointSource())
                .isEqualTo(PointSource.GEONAMES_TRANSLITERATED_NAME);
        // the names the population spread matches official figures on include the GeoNames ones
        assertThat(result.namesById().get("katottg:UA01010010030000030")).contains("Самар", "Новомосковськ",
                "Novomoskovs'k");
        // official names, cities first; hromadas B and C have no codifier settlement and keep their centre
        assertThat(result.settlements()).filteredOn(s -> s.hromadaCode().equals(A)).extracting(Settlement::nameUk)
                .containsExactly("Бердянськ", "Самар", "Марганець");
    }

    @Test
    void aWesternVillageInAPolishOrRussianSpellingIsPairedByItsConsonantsOnlyWhenUnambiguous() {
        var result = build(codifier(village("UA01010010060000060", A, "Хватів"),
                        village("UA01010010070000070", A, "Пикуловичі"),
                        village("UA01010010080000080", A, "Ліс"),
                        village("UA01010010090000090", A, "Ліси")),
                HROMADAS,
                List.of(place(6, "Khvatuv", List.of(), 30.01, 50.01, 0),
                        place(7, "Pikulovitse", List.of(), 30.02, 50.02, 0),
                        place(8, "Lyas", List.of(), 30.03, 50.03, 0)),
                Map.of(), new ImportLog());

        assertThat(byCode(result, "UA01010010060000060").pointSource()).isEqualTo(PointSource.GEONAMES_SIMILAR_NAME);
        assertThat(byCode(result, "UA01010010070000070").pointSource()).isEqualTo(PointSource.GEONAMES_SIMILAR_NAME);
        // "Lyas" has the consonants of both Ліс and Ліси: neither takes it
        assertThat(byCode(result, "UA01010010080000080").pointSource().isFallback()).isTrue();
        assertThat(byCode(result, "UA01010010090000090").pointSource().isFallback()).isTrue();
        assertThat(result.points().geoNamesPlacesUnmatched()).isEqualTo(1);
    }

    @Test
    void aSettlementWithoutAPointIsKeptFlaggedAtTheFallbackPositionAndCounted() {
        ImportLog log = new ImportLog();
        var result = build(codifier(village("UA01010010100000100", A, "Забуте"),
                        village("UA01010030010000110", B, "Іванівка"),
                        village("UA01010030020000120", B, "Іванівка")),
                HROMADAS, List.of(place(9, "Ivanivka", List.of("Іванівка"), 30.15, 50.02, 0)), Map.of(), log);

        Settlement lost = byCode(result, "UA01010010100000100");
        assertThat(lost.pointSource()).isEqualTo(PointSource.FALLBACK_HROMADA_INTERIOR);
        assertThat(HROMADAS.get(0).boundary().contains(lost.point())).isTrue();
        // one GeoNames place goes to one settlement only: the second Іванівка falls back
        assertThat(result.settlements()).filteredOn(s -> s.nameUk().equals("Іванівка"))
                .extracting(Settlement::pointSource)
                .containsExactly(PointSource.GEONAMES_NAME, PointSource.FALLBACK_HROMADA_INTERIOR);
        assertThat(result.points().atFallbackPosition()).isEqualTo(2);
        assertThat(result.points().withPoint()).isEqualTo(2); // Іванівка and the centre of hromada C
        assertThat(result.points().byOblast()).singleElement().satisfies(o -> {
            assertThat(o.settlements()).isEqualTo(4); // three, and the stand-in of hromada C
            assertThat(o.withPoint()).isEqualTo(2);
            assertThat(o.matchRate()).isEqualTo(0.5);
        });
        assertThat(log.warnings()).anyMatch(w -> w.reason().startsWith("2 of 4 settlements have no GeoNames place"));
    }

    @Test
    void aPlaceThatMatchesNoSettlementIsReportedNotAdded() {
        ImportLog log = new ImportLog();
        var result = build(codifier(village("UA01010010110000130", A, "Лісове")), HROMADAS,
                List.of(place(10, "Zhuliany", List.of("Жуляни"), 30.05, 50.08, 6400),
                        place(11, "Lisove", List.of("Лісове"), 30.06, 50.06, 0)), Map.of(), log);

        assertThat(result.settlements()).extracting(Settlement::id)
                .containsExactly("katottg:UA01010010110000130", "centre:" + B, "centre:" + C);
        assertThat(result.points().geoNamesPlacesInHromadas()).isEqualTo(2);
        assertThat(result.points().geoNamesPlacesMatched()).isEqualTo(1);
        assertThat(result.points().geoNamesPlacesUnmatched()).isEqualTo(1);
        assertThat(result.points().unmatchedExamples()).singleElement().asString()
                .startsWith("geonames:10 Жуляни (population 6400, hromada Перша)");
        assertThat(log.warnings()).anyMatch(w -> w.item().equals("GeoNames places without a settlement")
                && w.reason().contains("geonames:10"));
    }

    @Test
    void aPlaceJustOutsideItsHromadaIsTakenByNameWhenNoSettlementOfItsOwnHromadaWantsIt() {
        var result = build(codifier(village("UA01010030030000140", B, "Озерне"),
                        village("UA01010010120000150", A, "Гай")),
                HROMADAS,
                List.of(place(12, "Ozerne", List.of("Озерне"), 30.095, 50.05, 0), // in A, 360 m from B
                        place(13, "Ozerne", List.of("Озерне"), 30.5, 50.05, 0)),  // 21 km from B: too far
                Map.of(), new ImportLog());

        Settlement ozerne = byCode(result, "UA01010030030000140");
        assertThat(ozerne.pointSource()).isEqualTo(PointSource.GEONAMES_NAME_NEARBY);
        assertThat(ozerne.point().getX()).isEqualTo(30.095);
        assertThat(ozerne.hromadaCode()).isEqualTo(B);
    }

    @Test
    void aHromadaWithoutCodifierSettlementsKeepsItsCentreAndTheCountSaysSo() {
        var result = build(codifier(), HROMADAS, List.of(), Map.of(), new ImportLog());

        assertThat(result.settlements()).hasSize(3).allSatisfy(s -> {
            assertThat(s.id()).startsWith("centre:");
            assertThat(s.pointSource()).isEqualTo(PointSource.HROMADA_CENTRE);
        });
        assertThat(result.points().hromadasWithCentreOnly()).isEqualTo(3);
        Settlement c = result.settlements().get(2);
        assertThat(c.point().getX()).isEqualTo(31.0);
    }

    @Test
    void kyivIsASettlementOfItsOwnHromadaOnlyWhenTheHromadaListHasIt() {
        Hromada kyiv = new Hromada(KYIV, null, KYIV, "Київ", null, "міська", 2_952_301, 2_952_301,
                Wgs84.point(30.52, 50.45, "test", KYIV), KYIV, "Київ", null);
        List<Hromada> withKyiv = List.of(HROMADAS.get(0), kyiv);
        var result = build(codifier(village(A_CENTRE, A, "Центральне")), withKyiv,
                List.of(place(14, "Kyiv", List.of("Київ", "Киев"), 30.5234, 50.4501, 2_797_553)), Map.of(),
                new ImportLog());

        Settlement city = byCode(result, KYIV);
        assertThat(city.id()).isEqualTo("katottg:" + KYIV);
        assertThat(city.hromadaCode()).isEqualTo(KYIV);
        assertThat(city.pointSource()).isEqualTo(PointSource.HROMADA_CENTRE);
        assertThat(result.points().geoNamesPlacesUnmatched()).isZero();

        ImportLog log = new ImportLog();
        var without = build(codifier(village(A_CENTRE, A, "Центральне")), List.of(HROMADAS.get(0)), List.of(),
                Map.of(), log);
        assertThat(without.settlements()).extracting(Settlement::katottgCode).containsExactly(A_CENTRE);
    }

    @Test
    void codifierSettlementsOfHromadasOutsideTheTableAreCountedInAWarning() {
        ImportLog log = new ImportLog();
        var result = build(codifier(village(A_CENTRE, A, "Центральне"),
                village("UA01020010010000990", "UA01020010000000999", "Андріївка")), List.of(HROMADAS.get(0)),
                List.of(), Map.of(), log);

        assertThat(result.settlements()).hasSize(1);
        assertThat(log.warnings()).anyMatch(w -> w.item().equals("oblast 01 (Перша область)")
                && w.reason().startsWith("1 codifier settlements of hromadas that are not in the hromada table"));
    }
}
