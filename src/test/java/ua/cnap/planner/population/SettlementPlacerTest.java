package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.territory.Hromada;

/**
 * Three 0.1° squares side by side along latitude 50 (A: lon 30.0-30.1, B: 30.1-30.2, C: 30.2-30.3)
 * and one hromada D without a polygon, centred at lon 31, lat 50.05. At latitude 50, 0.01° of
 * latitude is about 1.11 km.
 */
class SettlementPlacerTest {

    private static final String A = "UA01010010000000001";
    private static final String B = "UA01010030000000002";
    private static final String C = "UA01010050000000003";
    private static final String D = "UA01010070000000004";

    private static Hromada hromada(String code, double centreLon, MultiPolygon boundary) {
        return new Hromada(code, "UA01010000000000000", "UA01000000000000000", code.substring(15), null, "сільська",
                1000, 0, Wgs84.point(centreLon, 50.05, "test", code), null, "Центр", boundary);
    }

    private static MultiPolygon square(double west) {
        Polygon polygon = Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(west, 50), new Coordinate(west + 0.1, 50),
                new Coordinate(west + 0.1, 50.1), new Coordinate(west, 50.1), new Coordinate(west, 50)});
        return Wgs84.toMultiPolygon(polygon);
    }

    private static GeoNamesPlace place(long id, double lon, double lat, String admin1) {
        return new GeoNamesPlace(id, "Place" + id, "Place" + id, List.of("Село" + id), lon, lat, "PPL", admin1, "", 0);
    }

    private final List<Hromada> hromadas = List.of(hromada(A, 30.05, square(30.0)), hromada(B, 30.15, square(30.1)),
            hromada(C, 30.25, square(30.2)), hromada(D, 31.0, null));

    @Test
    void placesPointsInsideNearAndFarFromThePolygons() {
        List<GeoNamesPlace> places = List.of(
                place(1, 30.05, 50.05, "23"),     // inside A
                place(2, 30.15, 50.099, "23"),    // inside B
                place(3, 30.25, 49.991, "23"),    // 1 km south of C: near the boundary
                place(4, 30.25, 49.97, "23"),     // 3.3 km south of C: too far
                place(5, 31.03, 50.05, "23"),     // 2.1 km from D's centre: D has no polygon
                place(6, 34.1, 44.95, "11"),      // Crimea: left out with a count
                place(694774, 41.9, 54.3, "00")); // far outside Ukraine
        ImportLog log = new ImportLog();

        List<Settlement> placed = new SettlementPlacer().place(places, hromadas, log);

        assertThat(placed).extracting(Settlement::id, Settlement::hromadaCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("geonames:1", A), org.assertj.core.groups.Tuple.tuple("geonames:2", B),
                org.assertj.core.groups.Tuple.tuple("geonames:3", C), org.assertj.core.groups.Tuple.tuple("geonames:5", D));
        assertThat(placed.get(0).nameUk()).isEqualTo("Село1");
        assertThat(placed.get(0).nameEn()).isEqualTo("Place1");
        assertThat(log.rejected()).extracting(ImportIssue::item)
                .containsExactly("geonames:4 (Place4)", "geonames:694774 (Place694774)");
        assertThat(log.rejected()).allSatisfy(r -> assertThat(r.reason()).contains("outside every hromada polygon"));
        assertThat(log.warnings()).anyMatch(w -> w.item().equals("near a boundary") && w.reason().startsWith("1 "));
        assertThat(log.warnings()).anyMatch(w -> w.item().equals("Crimea and Sevastopol") && w.reason().startsWith("1 "));
        assertThat(log.warnings()).anyMatch(w -> w.item().contains(D) && w.reason().startsWith("1 "));
    }

    @Test
    void aPointOnASharedEdgeGoesToExactlyOneHromada() {
        List<Settlement> placed = new SettlementPlacer().place(List.of(place(7, 30.1, 50.05, "23")), hromadas, new ImportLog());

        assertThat(placed).singleElement().extracting(Settlement::hromadaCode).isIn(A, B);
    }
}
