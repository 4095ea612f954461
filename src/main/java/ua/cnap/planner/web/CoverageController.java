package ua.cnap.planner.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageGeoJson;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.CoverageSummary;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.layers.CoverageCache;

/**
 * Coverage over HTTP: the same service and the same JSON as {@code cnap-planner coverage --json}. Plain
 * requests share the map's {@link CoverageCache} (one computation per area, standard, register and
 * exclusion choice until a register or the data changes); what-if closures are computed afresh.
 */
@RestController
@RequestMapping("/api/coverage")
class CoverageController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final CoverageCache coverage;
    private final AccessStandard defaultStandard;

    CoverageController(CoverageCache coverage, AccessStandard defaultStandard) {
        this.coverage = coverage;
        this.defaultStandard = defaultStandard;
    }

    @GetMapping
    CoverageSummary summary(@RequestParam String oblast, @RequestParam(required = false) Double minutes,
            @RequestParam(required = false) Double km, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String register,
            @RequestParam(required = false) Boolean excludeOccupied, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) List<String> closed, @RequestParam(required = false) String service,
            @RequestParam(required = false) Boolean barrierFree) {
        AccessStandard standard = defaultStandard.adjusted(minutes, km, WebParameters.rule(rule));
        CoverageRequest request = new CoverageRequest(oblast, standard, register)
                .withChanges(WebParameters.closures(closed))
                .withExclusionChoice(WebParameters.exclusionChoice(excludeOccupied, asOf))
                .withRequirement(ServiceRequirement.parse(service, barrierFree, "service"));
        return CoverageSummary.of(coverage.get(request));
    }

    @GetMapping("/settlements.geojson")
    ResponseEntity<byte[]> settlements(@RequestParam String oblast, @RequestParam(required = false) Double minutes,
            @RequestParam(required = false) Double km, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String register, @RequestParam(required = false) Boolean excludeOccupied,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String service,
            @RequestParam(required = false) Boolean barrierFree) throws IOException {
        CoverageResult result = compute(oblast, minutes, km, rule, register, excludeOccupied, asOf,
                ServiceRequirement.parse(service, barrierFree, "service"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CoverageGeoJson.write(out, result.accessibility().settlements(), List.of(),
                result.report().hromadaCodesWithRegister());
        return ResponseEntity.ok().contentType(GEO_JSON).body(out.toByteArray());
    }

    @GetMapping("/white-spots.geojson")
    ResponseEntity<byte[]> whiteSpots(@RequestParam String oblast, @RequestParam(required = false) Double minutes,
            @RequestParam(required = false) Double km, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String register, @RequestParam(required = false) Boolean excludeOccupied,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String service,
            @RequestParam(required = false) Boolean barrierFree) throws IOException {
        CoverageResult result = compute(oblast, minutes, km, rule, register, excludeOccupied, asOf,
                ServiceRequirement.parse(service, barrierFree, "service"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CoverageGeoJson.write(out, List.of(), result.whiteSpots());
        return ResponseEntity.ok().contentType(GEO_JSON).body(out.toByteArray());
    }

    private CoverageResult compute(String oblast, Double minutes, Double km, String rule, String register,
            Boolean excludeOccupied, String asOf, ServiceRequirement requirement) {
        AccessStandard standard = defaultStandard.adjusted(minutes, km,
                AccessStandard.Rule.parse(rule, "rule"));
        return coverage.get(new CoverageRequest(oblast, standard, register)
                .withExclusionChoice(WebParameters.exclusionChoice(excludeOccupied, asOf))
                .withRequirement(requirement));
    }
}
