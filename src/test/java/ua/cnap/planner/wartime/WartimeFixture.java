package ua.cnap.planner.wartime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.population.PopulationRule;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.population.SettlementRepository;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;
import ua.cnap.planner.territory.TerritoryRepository;

/**
 * A small oblast with an Order 376 list, in memory: each hromada shows one rule of the matching.
 *
 * <ul>
 * <li>H1: both settlements listed by code, and the codifier has no other → counted whole</li>
 * <li>H2: one of two settlements listed → that one out, the hromada not whole</li>
 * <li>H3 (no codifier count): its coded settlement listed, the other has no code but the listed name
 * → out by name (fallback), the hromada not whole (a settlement without a code never makes it so)</li>
 * <li>H4: listed as a hromada, but the entry ended before the as-of date</li>
 * <li>H5: its settlement listed only as of possible hostilities (not a default category)</li>
 * <li>H6: its settlement occupied only from after the as-of date</li>
 * <li>H7: in raion R2, which is listed as a raion → out whole</li>
 * </ul>
 */
public final class WartimeFixture {

    public static final LocalDate AS_OF = LocalDate.of(2025, 5, 7);
    public static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    public static final String OBLAST = "UA23000000000000001";
    public static final String R1 = "UA23020000000000001";
    public static final String R2 = "UA23040000000000002";
    public static final String H1 = "UA23020010000000011";
    public static final String H2 = "UA23020030000000012";
    public static final String H3 = "UA23020050000000013";
    public static final String H4 = "UA23020070000000014";
    public static final String H5 = "UA23020090000000015";
    public static final String H6 = "UA23020110000000016";
    public static final String H7 = "UA23040010000000017";

    /** Official population of H1..H7 (the sums of their settlements). */
    private static final long[] SETTLEMENTS_POPULATION = {0, 1500, 1000, 1000, 800, 900, 1100, 1200};

    public static final Oblast OBLAST_RECORD = new Oblast(OBLAST, "Тестова", "Testova");
    public static final List<Raion> RAIONS = List.of(new Raion(R1, OBLAST, "Перший"), new Raion(R2, OBLAST, "Другий"));
    public static final List<Hromada> HROMADAS = List.of(hromada(H1, R1, 1), hromada(H2, R1, 2), hromada(H3, R1, 3),
            hromada(H4, R1, 4), hromada(H5, R1, 5), hromada(H6, R1, 6), hromada(H7, R2, 7));

    /** Settlement code: the hromada's digits 5..10 and a number. */
    public static String code(String hromada, int n) {
        return "UA" + hromada.substring(2, 11) + String.format("%08d", n);
    }

    public static final List<Settlement> SETTLEMENTS = List.of(
            settlement("s11", code(H1, 1), "Перше", H1, 1, 1000),
            settlement("s12", code(H1, 2), "Друге", H1, 1.01, 500),
            settlement("s21", code(H2, 1), "Третє", H2, 2, 700),
            settlement("s22", code(H2, 2), "Четверте", H2, 2.01, 300),
            settlement("s31", code(H3, 1), "П’яте", H3, 3, 400),
            settlement("s32", null, "Бердянськ", H3, 3.01, 600),
            settlement("s41", code(H4, 1), "Шосте", H4, 4, 800),
            settlement("s51", code(H5, 1), "Сьоме", H5, 5, 900),
            settlement("s61", code(H6, 1), "Восьме", H6, 6, 1100),
            settlement("s71", code(H7, 1), "Дев’яте", H7, 7, 1200));

    public static final String SOURCE = "Наказ Міністерства розвитку громад та територій України28 лютого 2025 року "
            + "№ 376 (Perelik_07052025_order376.docx)";

    public static WartimeList list() {
        List<WartimeEntry> entries = new ArrayList<>();
        LocalDate war = LocalDate.of(2022, 2, 24);
        entries.add(settlementEntry(code(H1, 1), "Перше", WartimeCategory.OCCUPIED, war, null, H1));
        entries.add(settlementEntry(code(H1, 2), "Друге", WartimeCategory.ACTIVE_HOSTILITIES, war, null, H1));
        entries.add(settlementEntry(code(H2, 1), "Третє", WartimeCategory.OCCUPIED, war, null, H2));
        entries.add(settlementEntry(code(H3, 1), "П'яте", WartimeCategory.OCCUPIED, war, null, H3));
        // listed under its official name; in the store it has no code (the name fallback)
        entries.add(settlementEntry(code(H3, 2), "Бердянськ", WartimeCategory.OCCUPIED, war, null, H3));
        entries.add(new WartimeEntry(H4, "Четверта", WartimeCategory.ACTIVE_HOSTILITIES, war,
                LocalDate.of(2022, 11, 11), "t1 r4", H4, null));
        entries.add(settlementEntry(code(H5, 1), "Сьоме", WartimeCategory.POSSIBLE_HOSTILITIES, war, null, H5));
        entries.add(settlementEntry(code(H6, 1), "Восьме", WartimeCategory.OCCUPIED, AS_OF.plusDays(1), null, H6));
        entries.add(new WartimeEntry(R2, "Другий район", WartimeCategory.OCCUPIED, war, null, "t2 r1", null, null));
        // the codifier's settlements of H1, H2 and H6; H3's are not known (the store's decide)
        return new WartimeList(SOURCE, entries).withCodifierSettlements(List.of(H1, H1, H2, H2, H6));
    }

    public static WartimeExclusions exclusions(WartimeList list) {
        return new WartimeExclusions(() -> list, territory(), settlements(), CLOCK);
    }

    public static TerritoryRepository territory() {
        return new TerritoryRepository() {
            @Override
            public List<Oblast> listOblasts() {
                return List.of(OBLAST_RECORD);
            }

            @Override
            public List<Raion> listRaions() {
                return RAIONS;
            }

            @Override
            public List<Hromada> listHromadas() {
                return HROMADAS;
            }

            @Override
            public List<Hromada> listHromadasInOblast(String oblastCode) {
                return HROMADAS.stream().filter(h -> h.oblastCode().equals(oblastCode)).toList();
            }

            @Override
            public Optional<Hromada> findHromada(String code) {
                return HROMADAS.stream().filter(h -> h.code().equals(code)).findFirst();
            }
        };
    }

    public static SettlementRepository settlements() {
        return new SettlementRepository() {
            @Override
            public List<Settlement> listSettlements() {
                return SETTLEMENTS;
            }

            @Override
            public List<Settlement> listSettlementsInOblast(String oblastCode) {
                return SETTLEMENTS;
            }

            @Override
            public List<Settlement> listSettlementsInHromada(String hromadaCode) {
                return SETTLEMENTS.stream().filter(s -> s.hromadaCode().equals(hromadaCode)).toList();
            }
        };
    }

    public static long population(String... ids) {
        List<String> wanted = List.of(ids);
        return SETTLEMENTS.stream().filter(s -> wanted.contains(s.id())).mapToLong(Settlement::population).sum();
    }

    private static WartimeEntry settlementEntry(String code, String name, WartimeCategory category, LocalDate start,
            LocalDate end, String hromada) {
        return new WartimeEntry(code, name, category, start, end, "t1 " + code, hromada, name);
    }

    private static Hromada hromada(String code, String raion, int n) {
        long population = SETTLEMENTS_POPULATION[n];
        return new Hromada(code, raion, OBLAST, "Громада " + n, null, "сільська", population, 0, point(n, 0), null,
                null, null);
    }

    private static Settlement settlement(String id, String code, String name, String hromada, double lon,
            long population) {
        return new Settlement(id, code, name, null, point(lon, 0), hromada, 0, population,
                PopulationRule.GEONAMES_WEIGHTED);
    }

    static Point point(double lon, double lat) {
        return Wgs84.FACTORY.createPoint(new Coordinate(lon, lat));
    }

    private WartimeFixture() {
    }
}
