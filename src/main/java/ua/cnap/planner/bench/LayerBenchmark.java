package ua.cnap.planner.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.layers.CoverageCache;
import ua.cnap.planner.layers.HromadaShapes;
import ua.cnap.planner.layers.MapArea;
import ua.cnap.planner.layers.MapLayers;
import ua.cnap.planner.layers.ScenarioCoverage;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.TerritoryRepository;

/**
 * Figures for the map's layers, printed by {@code cnap-planner bench layers}: each layer of an area
 * timed cold (fresh caches: coverage computed, polygons simplified) and warm (caches filled, as a
 * planner panning and zooming gets it), medians of repeated runs. Service calls, without HTTP.
 */
public final class LayerBenchmark {

    private final CoverageService coverage;
    private final TerritoryRepository territory;
    private final AccessPointRepository network;

    public LayerBenchmark(CoverageService coverage, TerritoryRepository territory, AccessPointRepository network) {
        this.coverage = coverage;
        this.territory = territory;
        this.network = network;
    }

    /**
     * One layer of one area.
     *
     * @param area         oblast or {@code all}
     * @param layer        which layer or panel
     * @param bytes        size of the answer (GeoJSON bytes; 0 for JSON records)
     * @param coldMedianMs median with fresh caches
     * @param warmMedianMs median with filled caches
     */
    public record Figure(String area, String layer, int bytes, int runs, double coldMedianMs, double warmMedianMs) {
    }

    private MapLayers freshLayers() {
        return new MapLayers(new CoverageCache(coverage, 8), new HromadaShapes(territory), territory, network);
    }

    public List<Figure> run(String oblast, AccessStandard standard, int runs) {
        List<Figure> figures = new ArrayList<>();
        for (String area : List.of(oblast, "all")) {
            MapArea mapArea = new MapArea(area, standard, null);
            boolean country = "all".equals(area);
            int zoom = country ? 6 : 8;
            long minPopulation = country ? 10_000 : 1_000;
            figures.add(measure(area, "hromadas (zoom " + zoom + ")", runs, l -> l.hromadasLayer(mapArea, zoom)));
            figures.add(measure(area, "access points", runs, l -> l.accessPointsLayer(mapArea)));
            figures.add(measure(area, "settlements (≥ " + minPopulation + ")", runs,
                    l -> l.settlementsLayer(mapArea, minPopulation)));
            figures.add(measure(area, "white spots", runs, l -> l.whiteSpotsLayer(mapArea)));
            figures.add(measure(area, "kpis", runs, l -> {
                l.kpis(mapArea);
                return new byte[0];
            }));
            if (!country) {
                String oblastCode = CoverageService.resolveOblast(area, territory.listOblasts()).code();
                Hromada first = territory.listHromadasInOblast(oblastCode).get(0);
                figures.add(measure(area, "hromada access", runs, l -> {
                    l.hromadaAccess(first.code(), standard, null);
                    return new byte[0];
                }));
                figures.add(whatIf(area, mapArea, first, runs));
            }
        }
        return figures;
    }

    /** A what-if is never cached: cold and warm differ only by today's coverage being cached. */
    private Figure whatIf(String area, MapArea mapArea, Hromada hromada, int runs) {
        var added = List.of(new ScenarioCoverage.AddedPoint("bench", AccessPointKind.REMOTE_WORKPLACE,
                hromada.centre().getX(), hromada.centre().getY(), "bench"));
        return measure(area, "what-if (one point added)", runs, l -> {
            CoverageCache cache = new CoverageCache(coverage, 8);
            new ScenarioCoverage(l, cache).whatIf(mapArea, added, Set.of(), Set.of());
            return new byte[0];
        });
    }

    private Figure measure(String area, String layer, int runs, Function<MapLayers, byte[]> call) {
        double[] cold = new double[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            MapLayers fresh = freshLayers();
            long started = System.nanoTime();
            bytes = call.apply(fresh).length;
            cold[i] = (System.nanoTime() - started) / 1e6;
        }
        MapLayers warmed = freshLayers();
        call.apply(warmed);
        double[] warm = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.apply(warmed);
            warm[i] = (System.nanoTime() - started) / 1e6;
        }
        return new Figure(area, layer, bytes, runs, median(cold), median(warm));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
