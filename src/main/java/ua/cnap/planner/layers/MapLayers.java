package ua.cnap.planner.layers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageKpis;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.TerritoryRepository;

/**
 * The planning map's layers and panels over the coverage of an area: hromadas coloured by covered
 * share, access points, settlements, white spots, a plan's proposals, the KPI panel and a hromada's
 * details. One coverage computation per area, standard and register serves all of them
 * ({@link CoverageCache}); hromada polygons are simplified once per zoom level ({@link HromadaShapes}).
 */
public final class MapLayers {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final CoverageCache coverage;
    private final HromadaShapes shapes;
    private final TerritoryRepository territory;
    private final AccessPointRepository network;

    public MapLayers(CoverageCache coverage, HromadaShapes shapes, TerritoryRepository territory,
            AccessPointRepository network) {
        this.coverage = coverage;
        this.shapes = shapes;
        this.territory = territory;
        this.network = network;
    }

    /** Today's coverage of the area (cached). */
    public CoverageResult coverage(MapArea area) {
        return coverage.get(area.request());
    }

    /** Hromadas with their covered share, polygons simplified for the zoom level. */
    public byte[] hromadasLayer(MapArea area, int zoom) {
        CoverageResult result = coverage(area);
        Map<String, CoverageKpis> kpis = kpisByHromada(result);
        List<Hromada> hromadas = shapes.listHromadas(result.oblast() == null ? null : result.oblast().code());
        return LayerGeoJson.hromadas(hromadas, kpis, h -> shapes.simplified(h, zoom));
    }

    /** The access points of the registers the area's coverage uses. */
    public byte[] accessPointsLayer(MapArea area) {
        return LayerGeoJson.accessPoints(listAccessPoints(coverage(area)));
    }

    /** Settlements of at least {@code minPopulation} residents, covered or not. */
    public byte[] settlementsLayer(MapArea area, long minPopulation) {
        CoverageResult result = coverage(area);
        List<SettlementAccess> shown = result.accessibility().settlements().stream()
                .filter(s -> s.settlement().population() >= minPopulation)
                .toList();
        return LayerGeoJson.settlements(shown, result.report().hromadaCodesWithRegister());
    }

    public byte[] whiteSpotsLayer(MapArea area) {
        CoverageResult result = coverage(area);
        return LayerGeoJson.whiteSpots(result.whiteSpots(), settlementsById(result));
    }

    static Map<String, Settlement> settlementsById(CoverageResult result) {
        Map<String, Settlement> byId = new HashMap<>();
        for (SettlementAccess s : result.accessibility().settlements()) {
            byId.put(s.settlement().id(), s.settlement());
        }
        return byId;
    }

    /** The proposals of a finished (or cancelled) plan; empty while it solves or when it failed. */
    public byte[] proposalsLayer(PlanResult result) {
        return LayerGeoJson.proposals(result == null ? List.of() : result.proposals(), WGS84);
    }

    public AreaKpis kpis(MapArea area) {
        return AreaKpis.of(coverage(area));
    }

    /** A hromada's population, coverage, nearest offices and travel-time distribution. */
    public HromadaAccess hromadaAccess(String code, AccessStandard standard, String register) {
        return hromadaAccess(code, standard, register, ua.cnap.planner.coverage.ExclusionChoice.DEFAULT,
                ServiceRequirement.ANY);
    }

    /**
     * As {@link #hromadaAccess(String, AccessStandard, String)} with a choice about the Order 376 territories
     * and the service a point must offer (its nearest offices are those that offer it).
     */
    public HromadaAccess hromadaAccess(String code, AccessStandard standard, String register,
            ua.cnap.planner.coverage.ExclusionChoice exclusionChoice, ServiceRequirement requirement) {
        Hromada hromada = territory.findHromada(code)
                .orElseThrow(() -> new BadInputException("hromada", code, "no such hromada"));
        CoverageResult result = coverage.get(new CoverageRequest(hromada.oblastCode(), standard, register)
                .withExclusionChoice(exclusionChoice).withRequirement(requirement));
        List<SettlementAccess> own = result.accessibility().settlements().stream()
                .filter(s -> code.equals(s.settlement().hromadaCode()))
                .toList();
        Map<String, AccessPoint> points = new HashMap<>();
        listAccessPoints(result).forEach(p -> points.put(p.id(), p));
        return HromadaAccess.of(hromada, result.report().findHromada(code).orElse(null), standard, own, points);
    }

    /** Forgets cached coverage (a register was replaced). Simplified polygons stay: they do not change. */
    public void invalidate() {
        coverage.invalidate();
    }

    List<AccessPoint> listAccessPoints(CoverageResult result) {
        List<AccessPoint> points = new ArrayList<>();
        for (Register register : result.registers()) {
            points.addAll(network.listAccessPoints(register.id()));
        }
        return points;
    }

    static Map<String, CoverageKpis> kpisByHromada(CoverageResult result) {
        Map<String, CoverageKpis> byCode = new HashMap<>();
        result.report().hromadas().forEach(k -> byCode.put(k.code(), k));
        return byCode;
    }

    /** The hromadas of the area (cached). */
    List<Hromada> listHromadas(CoverageResult result) {
        return shapes.listHromadas(result.oblast() == null ? null : result.oblast().code());
    }
}
