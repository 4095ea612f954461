package ua.cnap.planner.web;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.cnap.planner.config.PlannerProperties;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.layers.AreaKpis;
import ua.cnap.planner.layers.HromadaAccess;
import ua.cnap.planner.layers.MapArea;
import ua.cnap.planner.layers.MapLayers;

/**
 * The planning map's data: its configuration, the GeoJSON layers of an area (an oblast or
 * {@code all}), the KPI panel and a hromada's details. Every layer takes the coverage parameters of
 * {@code /api/coverage} ({@code minutes}, {@code km}, {@code rule}, {@code register},
 * {@code excludeOccupied} (default true), {@code asOf}, {@code service}, {@code barrierFree}).
 */
@RestController
@RequestMapping("/api")
class MapLayerController {

    private final MapLayers layers;
    private final PlanRunResults plans;
    private final AccessStandard defaultStandard;
    private final PlannerProperties.MapPage page;

    MapLayerController(MapLayers layers, PlanRunResults plans, AccessStandard defaultStandard,
            PlannerProperties properties) {
        this.layers = layers;
        this.plans = plans;
        this.defaultStandard = defaultStandard;
        this.page = properties.map();
    }

    /** What the page needs before its first layer: basemap, styles, the default standard. */
    @GetMapping("/map/config")
    Map<String, Object> config() {
        return Map.of("tileUrl", page.tileUrl(), "tileAttribution", page.tileAttribution(),
                "stylesUrl", "/maps/styles.json", "standard", defaultStandard);
    }

    @GetMapping("/layers/hromadas.geojson")
    ResponseEntity<byte[]> hromadas(@RequestParam String oblast, @RequestParam(defaultValue = "8") int zoom,
            @RequestParam(required = false) Double minutes, @RequestParam(required = false) Double km,
            @RequestParam(required = false) String rule, @RequestParam(required = false) String register,
            @RequestParam(required = false) Boolean excludeOccupied, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String service, @RequestParam(required = false) Boolean barrierFree) {
        return geoJson(layers.hromadasLayer(area(oblast, minutes, km, rule, register, excludeOccupied, asOf, service, barrierFree), zoom));
    }

    @GetMapping("/layers/access-points.geojson")
    ResponseEntity<byte[]> accessPoints(@RequestParam String oblast, @RequestParam(required = false) Double minutes,
            @RequestParam(required = false) Double km, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String register,
            @RequestParam(required = false) Boolean excludeOccupied, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String service, @RequestParam(required = false) Boolean barrierFree) {
        return geoJson(layers.accessPointsLayer(area(oblast, minutes, km, rule, register, excludeOccupied, asOf, service, barrierFree)));
    }

    /** Settlements of at least {@code minPopulation} residents (the page derives it from the zoom). */
    @GetMapping("/layers/settlements.geojson")
    ResponseEntity<byte[]> settlements(@RequestParam String oblast,
            @RequestParam(defaultValue = "0") long minPopulation, @RequestParam(required = false) Double minutes,
            @RequestParam(required = false) Double km, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String register,
            @RequestParam(required = false) Boolean excludeOccupied, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String service, @RequestParam(required = false) Boolean barrierFree) {
        return geoJson(layers.settlementsLayer(area(oblast, minutes, km, rule, register, excludeOccupied, asOf, service, barrierFree),
                minPopulation));
    }

    @GetMapping("/layers/white-spots.geojson")
    ResponseEntity<byte[]> whiteSpots(@RequestParam String oblast, @RequestParam(required = false) Double minutes,
            @RequestParam(required = false) Double km, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String register,
            @RequestParam(required = false) Boolean excludeOccupied, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String service, @RequestParam(required = false) Boolean barrierFree) {
        return geoJson(layers.whiteSpotsLayer(area(oblast, minutes, km, rule, register, excludeOccupied, asOf, service, barrierFree)));
    }

    @GetMapping("/layers/proposals.geojson")
    ResponseEntity<byte[]> proposals(@RequestParam String plan) {
        return geoJson(layers.proposalsLayer(plans.findResult(plan).orElse(null)));
    }

    @GetMapping("/layers/kpis")
    AreaKpis kpis(@RequestParam String oblast, @RequestParam(required = false) Double minutes,
            @RequestParam(required = false) Double km, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String register,
            @RequestParam(required = false) Boolean excludeOccupied, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String service, @RequestParam(required = false) Boolean barrierFree) {
        return layers.kpis(area(oblast, minutes, km, rule, register, excludeOccupied, asOf, service, barrierFree));
    }

    @GetMapping("/hromadas/{code}/access")
    HromadaAccess hromadaAccess(@PathVariable String code, @RequestParam(required = false) Double minutes,
            @RequestParam(required = false) Double km, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String register,
            @RequestParam(required = false) Boolean excludeOccupied, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String service, @RequestParam(required = false) Boolean barrierFree) {
        return layers.hromadaAccess(code, StandardParameters.adjust(defaultStandard, minutes, km, rule), register,
                WebParameters.exclusionChoice(excludeOccupied, asOf),
                ServiceRequirement.parse(service, barrierFree, "service"));
    }

    private MapArea area(String oblast, Double minutes, Double km, String rule, String register,
            Boolean excludeOccupied, String asOf, String service, Boolean barrierFree) {
        return new MapArea(oblast, StandardParameters.adjust(defaultStandard, minutes, km, rule), register,
                WebParameters.exclusionChoice(excludeOccupied, asOf),
                ServiceRequirement.parse(service, barrierFree, "service"));
    }

    private static ResponseEntity<byte[]> geoJson(byte[] body) {
        return ResponseEntity.ok().contentType(CoverageController.GEO_JSON).body(body);
    }
}
