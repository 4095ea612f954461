package ua.cnap.planner.web;

import java.security.Principal;
import org.springframework.security.core.Authentication;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.run.Run;
import ua.cnap.planner.run.RunKind;
import ua.cnap.planner.run.RunService;
import ua.cnap.planner.run.ScenarioRuns;
import ua.cnap.planner.scenario.Scenario;
import ua.cnap.planner.scenario.ScenarioComparison;
import ua.cnap.planner.scenario.ScenarioConflictException;
import ua.cnap.planner.scenario.ScenarioFile;
import ua.cnap.planner.scenario.ScenarioService;
import ua.cnap.planner.scenario.ScenarioSummary;

/**
 * Saved scenarios over HTTP. {@code POST /api/scenarios} takes the fields of a scenario YAML file as
 * JSON (docs/scenario-example.yaml); {@code POST /api/scenarios/{id}/run} queues a run of kind SCENARIO
 * (202; the one run queue, {@code /api/runs}) whose step and progress {@code GET /api/scenarios/{id}}
 * shows; {@code DELETE /api/scenarios/{id}/run} stops it.
 */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioController {

    private final ScenarioService scenarios;
    private final RunService runs;
    private final AccessStandard defaultStandard;

    ScenarioController(ScenarioService scenarios, RunService runs, AccessStandard defaultStandard) {
        this.scenarios = scenarios;
        this.runs = runs;
        this.defaultStandard = defaultStandard;
    }

    /** A saved scenario and its latest run (step, progress of the plan solving now), if any. */
    record ScenarioView(Scenario scenario, RunView run) {
    }

    record Rename(String name) {
    }

    private ScenarioView view(String id) {
        return new ScenarioView(scenarios.get(id), latestRun(id).map(run -> RunView.of(runs.get(run.id())))
                .orElse(null));
    }

    /**
     * The newest run of the scenario: a run of kind SCENARIO, or the plan run it was saved from (a plan
     * run's scenario has the run's id).
     */
    private Optional<Run> latestRun(String id) {
        Optional<Run> scenarioRun = runs.list(RunKind.SCENARIO).stream()
                .filter(run -> id.equals(runs.parameters(run, ScenarioRuns.Parameters.class).scenarioId()))
                .findFirst();
        Optional<Run> planRun = runs.find(id).filter(run -> run.kind() == RunKind.PLAN);
        return Stream.of(scenarioRun, planRun).flatMap(Optional::stream)
                .max(Comparator.comparing(Run::createdAt));
    }

    /**
     * A scenario in the list, with whether the caller may rename, delete or run it (the page shows others'
     * scenarios read-only).
     */
    record ListedScenario(@JsonUnwrapped ScenarioSummary scenario, boolean editable) {
    }

    @GetMapping
    List<ListedScenario> list(Authentication user) {
        Caller caller = Caller.of(user);
        return scenarios.list().stream().map(s -> new ListedScenario(s,
                Scenario.mayBeChangedBy(s.owner(), caller.name(), caller.admin()))).toList();
    }

    @PostMapping
    ResponseEntity<Scenario> create(@RequestBody JsonNode body, Principal principal) {
        ScenarioFile definition = ScenarioFile.parse(body, "request body", defaultStandard);
        Scenario created = scenarios.create(definition.name(), definition.parameters(), "request body",
                principal == null ? null : principal.getName());
        return ResponseEntity.created(URI.create("/api/scenarios/" + created.id())).body(created);
    }

    @GetMapping("/compare")
    ScenarioComparison compare(@RequestParam String a, @RequestParam String b) {
        return scenarios.compare(a, b);
    }

    /** GeoJSON whatever the client accepts (the page asks for JSON: a "produces" here answered it 406). */
    @GetMapping("/compare/difference.geojson")
    ResponseEntity<byte[]> differenceLayer(@RequestParam String a, @RequestParam String b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scenarios.writeDifferenceLayer(scenarios.compare(a, b), out);
        return ResponseEntity.ok().contentType(CoverageController.GEO_JSON).body(out.toByteArray());
    }

    @GetMapping("/{id}")
    ScenarioView get(@PathVariable String id) {
        return view(id);
    }

    @PatchMapping("/{id}")
    Scenario rename(@PathVariable String id, @RequestBody Rename body, Authentication user) {
        mayEdit(id, user);
        return scenarios.rename(id, body.name());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, Authentication user) {
        mayEdit(id, user);
        scenarios.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/run")
    ResponseEntity<ScenarioView> run(@PathVariable String id, Authentication user) {
        mayEdit(id, user);
        Scenario before = scenarios.markQueued(id);
        try {
            runs.start(RunKind.SCENARIO, new ScenarioRuns.Parameters(id), Caller.of(user).name());
        } catch (RuntimeException refused) {
            scenarios.restore(before);
            throw refused;
        }
        return ResponseEntity.accepted().location(URI.create("/api/scenarios/" + id)).body(view(id));
    }

    @DeleteMapping("/{id}/run")
    ScenarioView cancel(@PathVariable String id, Authentication user) {
        mayEdit(id, user);
        Run run = latestRun(id).filter(r -> r.status().isActive())
                .orElseThrow(() -> new ScenarioConflictException("scenario " + id + " is not running"));
        Caller caller = Caller.of(user);
        runs.stop(run.id(), caller.name(), caller.admin());
        return view(id);
    }

    /** Single-user mode has no accounts: everything is the one user's ({@link Caller}: an admin). */
    private void mayEdit(String id, Authentication user) {
        Caller caller = Caller.of(user);
        scenarios.requireEditableBy(id, caller.name(), caller.admin());
    }

    @GetMapping("/{id}/donor-report.csv")
    ResponseEntity<byte[]> donorReport(@PathVariable String id) throws IOException {
        StringWriter csv = new StringWriter();
        scenarios.writeDonorReport(id, csv);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"scenario-" + id + "-donor-report.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
