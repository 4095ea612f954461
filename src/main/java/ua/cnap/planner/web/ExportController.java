package ua.cnap.planner.web;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.export.ExportFormat;
import ua.cnap.planner.export.ExportService;
import ua.cnap.planner.export.StandardLayer;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.planning.PlanResult;

/**
 * Downloads of the map's layers: {@code GET /api/exports/{layer}?oblast=X&format=geojson|csv|gpkg}
 * (+ {@code minutes, km, rule, register}, {@code excludeOccupied, asOf, closed}; proposals take
 * {@code plan=JOBID} of a finished plan job). Answers as an attachment with a safe file name.
 */
@RestController
@RequestMapping("/api/exports")
class ExportController {

    private final ExportService export;
    private final PlanRunResults plans;
    private final AccessStandard defaultStandard;

    ExportController(ExportService export, PlanRunResults plans, AccessStandard defaultStandard) {
        this.export = export;
        this.plans = plans;
        this.defaultStandard = defaultStandard;
    }

    @GetMapping("/{layer}")
    ResponseEntity<byte[]> download(@PathVariable String layer, @RequestParam String oblast,
            @RequestParam(defaultValue = "geojson") String format, @RequestParam(required = false) Double minutes,
            @RequestParam(required = false) Double km, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String register, @RequestParam(required = false) String plan,
            @RequestParam(required = false) Boolean excludeOccupied, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) List<String> closed, @RequestParam(required = false) String service,
            @RequestParam(required = false) Boolean barrierFree) {
        StandardLayer which = StandardLayer.parse(layer);
        ExportFormat exportFormat = ExportFormat.parse(format);
        AccessStandard standard = defaultStandard.adjusted(minutes, km, WebParameters.rule(rule));
        CoverageRequest request = new CoverageRequest(oblast, standard, register)
                .withChanges(WebParameters.closures(closed))
                .withExclusionChoice(WebParameters.exclusionChoice(excludeOccupied, asOf))
                .withRequirement(ServiceRequirement.parse(service, barrierFree, "service"));
        PlanResult planResult = which == StandardLayer.PROPOSALS ? finishedPlan(plan) : null;
        ExportService.Download download = export.download(request, which, planResult,
                planResult == null ? null : plan.strip(), exportFormat);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .body(download.bytes());
    }

    private PlanResult finishedPlan(String jobId) {
        if (jobId == null || jobId.isBlank()) {
            throw new BadInputException("plan", null, "proposals come from a plan: give plan=JOBID of POST /api/plans");
        }
        PlanResult result = plans.getResult(jobId);
        return result;
    }
}
