package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import ua.cnap.planner.territory.BoundaryReader;
import ua.cnap.planner.territory.CodifierReader;
import ua.cnap.planner.territory.HromadaBoundary;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.territory.Codifier;
import ua.cnap.planner.territory.CodifierReader;
import ua.cnap.planner.territory.Hromada;

/** The readers and the spread on the real open data (skipped when the data folder is missing). */
class PopulationRealDataTest {

    /** Sum of total_popultaion_2022 over all rows of the KSE table, and its row count (data README). */
    private static final long KSE_TOTAL = 38_215_034L;
    private static final int KSE_HROMADAS = 1469;
    /** Feature class P rows of UA.zip (data README). */
    private static final int GEONAMES_P_ROWS = 33_681;
    /**
     * GeoNames places kept and located in one of the 1469 hromadas (the others are in Crimea or far
     * outside): the count of settlements when they were GeoNames places, before issue 12.
     */
    private static final int GEONAMES_PLACES_IN_HROMADAS = 31_371;

    private static Path data;

    @BeforeAll
    static void findData() {
        String env = System.getenv("PLANNER_SHARED_DATA");
        data = Path.of(env == null ? "../shared/data" : env);
        Assumptions.assumeTrue(Files.isDirectory(data), "real data missing at " + data.toAbsolutePath());
    }

    private static Path kse() {
        return data.resolve("population/full_dataset.csv");
    }

    @Test
    void kseTableHasAllHromadasAndTheOfficialTotal() {
        ImportLog log = new ImportLog();
        List<Hromada> hromadas = new KseHromadaTableReader().read(kse(), log);

        assertThat(hromadas).hasSize(KSE_HROMADAS);
        assertThat(hromadas.stream().mapToLong(Hromada::population2022).sum()).isEqualTo(KSE_TOTAL);
        assertThat(hromadas).allSatisfy(h -> {
            assertThat(h.boundary()).isNull();
            assertThat(h.nameEn()).isNull();
            assertThat(h.urbanPopulation2022()).isBetween(0L, h.population2022());
        });
        assertThat(log.rejected()).isEmpty();
    }

    @Test
    void travelTimesAreZeroExactlyAtOblastCentres() {
        List<CentreTravelTime> times = new KseHromadaTableReader().readTravelTimes(kse());

        assertThat(times).hasSize(KSE_HROMADAS);
        List<CentreTravelTime> centres = times.stream().filter(CentreTravelTime::isOblastCentre).toList();
        // 24 oblasts, but Kyiv oblast's centre is the city of Kyiv, which is no hromada of the table
        assertThat(centres).hasSize(23).allSatisfy(t -> assertThat(t.travelTimeMinutes()).isZero());
        assertThat(times.stream().filter(t -> !t.isOblastCentre()))
                .allSatisfy(t -> assertThat(t.travelTimeMinutes()).isPositive());
    }

    @Test
    void ukrstatTableGivesEveryCityAndTownWithAFigure() throws IOException {
        Path table = data.resolve("population/ukrstat_2022_table5_population_oblast_raion_cities_towns.csv");
        // independent count: rows that start with "м. " or "смт " (city / urban-type settlement)
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        long urbanRows = lines.stream().filter(l -> l.startsWith("м. ") || l.startsWith("смт ")).count();
        long withoutFigure = lines.stream().filter(l -> (l.startsWith("м. ") || l.startsWith("смт "))
                && (l.contains(",…,") || l.contains(",–,"))).count();

        ImportLog log = new ImportLog();
        List<OfficialUrbanFigure> figures = new UkrstatUrbanTableReader().read(table, log);

        assertThat(figures).hasSize((int) (urbanRows - withoutFigure));
        assertThat(log.warnings()).hasSize((int) withoutFigure);
        assertThat(figures).allSatisfy(f -> assertThat(f.oblastNameUk()).isNotBlank());
        assertThat(figures).filteredOn(f -> f.nameUk().equals("Київ")).singleElement()
                .satisfies(f -> {
                    assertThat(f.oblastNameUk()).isEqualTo("Київ");
                    assertThat(f.raionNameUk()).isNull();
                });
        assertThat(figures).filteredOn(f -> f.nameUk().equals("Вінниця")).singleElement()
                .satisfies(f -> assertThat(f.raionNameUk()).isEqualTo("Вінницький"));
        // the two Олександрівка of Kramatorsk raion are told apart by a note
        assertThat(figures).filteredOn(f -> f.nameUk().equals("Олександрівка") && "Краматорський".equals(f.raionNameUk()))
                .extracting(OfficialUrbanFigure::hromadaNote).hasSize(2).doesNotContainNull();
    }

    @Test
    void geoNamesKeepsPopulatedPlacesAndCountsTheExcluded() {
        ImportLog log = new ImportLog();
        long start = System.nanoTime();
        List<GeoNamesPlace> places = new GeoNamesReader().read(data.resolve("settlements/geonames/UA.zip"), log);
        long millis = (System.nanoTime() - start) / 1_000_000;

        int excluded = log.warnings().stream().mapToInt(w -> Integer.parseInt(w.reason().split(" ")[0])).sum();
        System.out.printf("GeoNames: %d places kept, excluded %s, read in %d ms%n", places.size(),
                log.warnings().stream().map(w -> w.item() + "=" + w.reason().split(" ")[0]).toList(), millis);
        assertThat(places.size() + excluded).isEqualTo(GEONAMES_P_ROWS);
        assertThat(log.warnings()).extracting(ImportIssue::item).contains("PPLX", "PPLQ", "PPLH", "PPLW");
        assertThat(places).noneMatch(p -> GeoNamesReader.EXCLUDED.containsKey(p.featureCode()));
    }

    @Test
    void fullPipelineSpreadsEveryHromadaExactly() {
        long t0 = System.nanoTime();
        ImportLog log = new ImportLog();
        KseHromadaTableReader kseReader = new KseHromadaTableReader();
        List<Hromada> hromadas = withBoundaries(kseReader.read(kse(), log));
        long t1 = System.nanoTime();
        List<GeoNamesPlace> places = new GeoNamesReader().read(data.resolve("settlements/geonames/UA.zip"), log);
        List<OfficialUrbanFigure> urban = new UkrstatUrbanTableReader()
                .read(data.resolve("population/ukrstat_2022_table5_population_oblast_raion_cities_towns.csv"), log);
        long t2 = System.nanoTime();
        Codifier codifier = new CodifierReader().read(data.resolve("codifier/kodifikator-16-05-2025.csv"), log);
        List<OsmPlace> osmPlaces = new OsmPlaceReader().read(data.resolve("settlements/osm-places/ua-name-places.csv"), log);
        var built = new KatottgSettlementBuilder().build(codifier, hromadas, places,
                OsmPlaceReader.namesByCode(osmPlaces), log);
        List<Settlement> placed = built.settlements();
        long t3 = System.nanoTime();
        List<Settlement> spread = new CensusWeightedSpreader(kseReader.readPlaceNames(kse()), codifier, osmPlaces,
                built.namesById()).spread(hromadas, placed, urban, log).settlements();
        long t4 = System.nanoTime();

        Map<String, Long> sums = spread.stream()
                .collect(Collectors.groupingBy(Settlement::hromadaCode, Collectors.summingLong(Settlement::population)));
        assertThat(hromadas).allSatisfy(h -> assertThat(sums.get(h.code())).as(h.code()).isEqualTo(h.population2022()));
        assertThat(spread.stream().mapToLong(Settlement::population).sum()).isEqualTo(KSE_TOTAL);
        assertThat(spread).allSatisfy(s -> {
            assertThat(s.populationRule()).isNotNull();
            assertThat(s.population()).isNotNegative();
        });
        assertThat(log.rejected()).extracting(ImportIssue::item).anyMatch(i -> i.startsWith("geonames:694774 "));
        assertThat(placed).allSatisfy(s -> assertThat(s.id()).isEqualTo("katottg:" + s.katottgCode()));
        assertThat(built.points().geoNamesPlacesInHromadas()).isEqualTo(GEONAMES_PLACES_IN_HROMADAS);

        Map<PopulationRule, Long> rules = new EnumMap<>(PopulationRule.class);
        spread.forEach(s -> rules.merge(s.populationRule(), 1L, Long::sum));
        Map<String, Long> rejectedByAdmin1 = new HashMap<>();
        log.rejected().stream().filter(r -> r.source().equals(SettlementPlacer.SOURCE))
                .forEach(r -> rejectedByAdmin1.merge(r.reason().replaceAll(".*admin1 (\\S*)\\)$", "$1"), 1L, Long::sum));
        System.out.printf("hromadas %d (with polygon %d); places %d; placed %d; rejected %d by admin1 %s%n",
                hromadas.size(), hromadas.stream().filter(h -> h.boundary() != null).count(), places.size(),
                placed.size(), log.rejected().size(), rejectedByAdmin1);
        System.out.printf("rules %s; official figures %d%n", rules, urban.size());
        log.warnings().stream().filter(w -> !w.reason().startsWith("official figure"))
                .forEach(w -> System.out.println("warn " + w.item() + ": " + w.reason()));
        System.out.printf("unmatched official figures: %d, e.g. %s%n",
                log.warnings().stream().filter(w -> w.reason().startsWith("official figure")).count(),
                log.warnings().stream().filter(w -> w.reason().startsWith("official figure")).limit(15)
                        .map(ImportIssue::item).toList());
        Map<String, Long> officialSums = spread.stream()
                .filter(s -> s.populationRule() == PopulationRule.OFFICIAL_URBAN_FIGURE)
                .collect(Collectors.groupingBy(Settlement::hromadaCode, Collectors.summingLong(Settlement::population)));
        System.out.printf("hromadas with urban population: %d; of them with all of it matched to official figures: %d%n",
                hromadas.stream().filter(h -> h.urbanPopulation2022() > 0).count(),
                hromadas.stream().filter(h -> h.urbanPopulation2022() > 0
                        && officialSums.getOrDefault(h.code(), 0L) == h.urbanPopulation2022()).count());
        System.out.printf("timings: KSE+boundaries %d ms, GeoNames+Ukrstat %d ms, placing %d ms, spreading %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        // most official figures find their place (a loose floor: names are the only key)
        long official = rules.getOrDefault(PopulationRule.OFFICIAL_URBAN_FIGURE, 0L)
                + rules.getOrDefault(PopulationRule.OFFICIAL_URBAN_FIGURE_SCALED, 0L);
        assertThat(official).isGreaterThan(urban.size() / 2);
    }

    /** Hromada polygons of the merged OSM file, read and repaired as the import does. */
    private static List<Hromada> withBoundaries(List<Hromada> hromadas) {
        Map<String, MultiPolygon> polygons = new HashMap<>();
        for (HromadaBoundary boundary : new BoundaryReader("katottg")
                .read(data.resolve("boundaries/hromadas_ukraine_osm.geojson"), new ImportLog())) {
            polygons.put(boundary.code(), boundary.boundary());
        }
        return hromadas.stream().map(h -> h.withBoundary(polygons.get(h.code()))).toList();
    }
}
