package ua.cnap.planner.layers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.TerritoryRepository;

/**
 * Hromada polygons for the map, simplified for the zoom level they are drawn at and kept once
 * simplified.
 *
 * <p>The tolerance is half a screen pixel at the zoom level (256-pixel Web Mercator tiles, measured
 * at the equator in degrees, so it is slightly finer than a pixel at Ukraine's latitudes): the
 * simplification cannot be seen, while the country view at zoom 6 carries a fraction of the
 * vertices. JTS' {@link TopologyPreservingSimplifier} keeps every ring valid and holes inside their
 * shells, unlike Douglas-Peucker, which may collapse or cross rings. Neighbours are simplified one
 * by one, so a shared border may differ by up to the tolerance, i.e. less than a pixel.
 */
public final class HromadaShapes {

    public static final int MIN_ZOOM = 4;
    public static final int MAX_ZOOM = 14;
    private static final String COUNTRY = "all";

    private final TerritoryRepository territory;
    private final Map<String, List<Hromada>> hromadasByArea = new ConcurrentHashMap<>();
    private final Map<String, Geometry> simplifiedByCodeAndZoom = new ConcurrentHashMap<>();

    public HromadaShapes(TerritoryRepository territory) {
        this.territory = territory;
    }

    /** Zoom levels outside {@value #MIN_ZOOM}..{@value #MAX_ZOOM} are drawn as the nearest one. */
    public static int clampZoom(int zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** Half a 256-pixel tile pixel at the zoom level, in degrees. */
    public static double toleranceDegrees(int zoom) {
        return 360.0 / (256.0 * (1L << clampZoom(zoom))) / 2;
    }

    /** The hromadas of an oblast (by code), or of the country when the code is null; read once. */
    public List<Hromada> listHromadas(String oblastCode) {
        return hromadasByArea.computeIfAbsent(oblastCode == null ? COUNTRY : oblastCode,
                code -> oblastCode == null ? territory.listHromadas() : territory.listHromadasInOblast(code));
    }

    /** The hromada's boundary simplified for the zoom level; null when it has none. */
    public Geometry simplified(Hromada hromada, int zoom) {
        if (hromada.boundary() == null) {
            return null;
        }
        int level = clampZoom(zoom);
        return simplifiedByCodeAndZoom.computeIfAbsent(hromada.code() + "@" + level,
                key -> TopologyPreservingSimplifier.simplify(hromada.boundary(), toleranceDegrees(level)));
    }
}
