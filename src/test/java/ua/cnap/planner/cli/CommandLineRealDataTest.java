package ua.cnap.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.io.GeoFeature;
import ua.cnap.planner.io.GeoJsonFeatureReader;

/**
 * The planner as a user runs it: the jar's command line on the real data, JSON on stdout, exit
 * codes. One import into a fresh workspace, then the commands that read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineRealDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    Path data;
    Path workspace;
    Run firstImport;

    @BeforeAll
    void importOnce() throws Exception {
        data = RealData.folder();
        workspace = Files.createTempDirectory("cnap-cli");
        firstImport = run("import", "--data", data.toString(), "--workspace", workspace.toString(), "--json");
    }

    private Run runOnWorkspace(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--data", data.toString(), "--workspace", workspace.toString(), "--json"}, 0,
                all, args.length, 5);
        return run(all);
    }

    @Test
    void importJsonPrintsTheFigures() throws Exception {
        assertThat(firstImport.exitCode).isZero();
        JsonNode report = JSON.readTree(firstImport.stdout);
        // the 1469 hromadas of the KSE table and Kyiv city (issue 12): the official total without Crimea
        // and Sevastopol, first row of Ukrstat table 6
        assertThat(report.get("hromadas").asInt()).isEqualTo(1470);
        assertThat(report.get("hromadasWithGeometry").asInt()).isEqualTo(1467);
        assertThat(report.get("population").asLong()).isEqualTo(41_167_335L);
        assertThat(report.get("accessPoints").asInt()).isEqualTo(156);
        assertThat(report.get("settlements").asInt()).isPositive();
        assertThat(report.get("registers").get(0).get("name").asText()).isNotBlank();
        assertThat(report.get("registers").get(0).has("date")).isTrue();
        assertThat(report.get("rejected").get(0).has("reason")).isTrue();
    }

    @Test
    void importingAgainGivesTheSameFigures() throws Exception {
        Run second = runOnWorkspace("import");
        assertThat(second.exitCode).isZero();
        JsonNode first = JSON.readTree(firstImport.stdout);
        JsonNode again = JSON.readTree(second.stdout);
        for (String field : List.of("hromadas", "hromadasWithGeometry", "population", "settlements",
                "accessPoints", "registers", "settlementsByRule", "largestPopulationCorrections", "rejected")) {
            assertThat(again.get(field)).as(field).isEqualTo(first.get(field));
        }
    }

    @Test
    void coverageJsonAndGeoJsonForChernivtsi() throws Exception {
        Path settlements = workspace.resolve("settlements.geojson");
        Path whiteSpots = workspace.resolve("white-spots.geojson");
        Run run = runOnWorkspace("coverage", "--oblast", "Чернівецька", "--minutes", "10", "--km", "5",
                "--geojson", settlements.toString(), "--white-spots", whiteSpots.toString());

        assertThat(run.exitCode).isZero();
        JsonNode coverage = JSON.readTree(run.stdout);
        long population = coverage.get("population").asLong();
        long covered = coverage.get("populationCovered").asLong();
        assertThat(population).isEqualTo(890_457L);
        assertThat(covered).isBetween(0L, population);
        assertThat(coverage.get("coveredShare").asDouble()).isEqualTo((double) covered / population);
        assertThat(coverage.get("travelModel").get("name").asText()).startsWith("fallback");
        assertThat(coverage.get("travelModel").get("error").get("medianAbsolutePercentError").asDouble()).isPositive();
        // the sensitivity band at the model's out-of-sample median error: a tight standard (10 min) moves
        JsonNode band = coverage.get("sensitivity");
        assertThat(band.get("percent").asDouble()).isEqualTo(
                coverage.get("travelModel").get("error").get("outOfSampleMedianAbsolutePercentError").asDouble());
        assertThat(band.get("populationCoveredIfSlower").asLong()).isLessThan(covered);
        assertThat(band.get("populationCoveredIfFaster").asLong()).isGreaterThan(covered);
        assertThat(band.get("coveredShareIfSlower").asDouble())
                .isEqualTo((double) band.get("populationCoveredIfSlower").asLong() / population);
        JsonNode hromada = coverage.get("hromadas").get(0);
        for (String field : List.of("code", "name", "population", "populationCovered", "meanTravelTimeSeconds")) {
            assertThat(hromada.has(field)).as(field).isTrue();
        }

        List<GeoFeature> points = GeoJsonFeatureReader.read(settlements);
        assertThat(points).isNotEmpty().allMatch(f -> f.geometry().getGeometryType().equals("Point"));
        assertThat(points.get(0).properties()).containsKeys("id", "hromadaCode", "population", "travelTimeSeconds",
                "distanceMeters", "covered", "nearestAccessPointId", "travelTimeSecondsMainOffice",
                "travelTimeSecondsRemoteWorkplace", "travelTimeSecondsPassport");
        // Chernivtsi has fewer passport offices (12) than access points (156): passports are farther.
        assertThat(points).allMatch(f -> f.properties().get("travelTimeSecondsPassport") == null
                || ((Number) f.properties().get("travelTimeSecondsPassport")).longValue()
                >= ((Number) f.properties().get("travelTimeSeconds")).longValue());
        assertThat(points.stream().mapToLong(f -> ((Number) f.properties().get("population")).longValue()).sum())
                .isEqualTo(population);
        List<GeoFeature> spots = GeoJsonFeatureReader.read(whiteSpots);
        assertThat(spots.stream().mapToLong(f -> ((Number) f.properties().get("population")).longValue()).sum())
                .isEqualTo(population - covered);
        assertThat(spots).allMatch(f -> f.properties().containsKey("settlementCount"));
    }

    @Test
    void planJsonPrintsTheIssuesFieldsAndKeepsToTheBudget() throws Exception {
        Path instance = workspace.resolve("instance.json");
        Run run = runOnWorkspace("plan", "--oblast", "Чернівецька", "--budget", "2000000", "--minutes", "10", "--km",
                "5", "--rules", "none", "--time-limit", "3s", "--exact-time-limit", "20s",
                "--export-instance", instance.toString());

        assertThat(run.exitCode).isZero();
        JsonNode plan = JSON.readTree(run.stdout);
        for (String field : List.of("populationCoveredBefore", "populationCoveredAfter", "costUah", "bound", "gap",
                "proposals", "scoreByRule", "assumptions")) {
            assertThat(plan.has(field)).as(field).isTrue();
        }
        assertThat(plan.get("costUah").asLong()).isLessThanOrEqualTo(2_000_000L);
        assertThat(plan.get("bound").asDouble()).isGreaterThanOrEqualTo(
                plan.get("populationCoveredAfter").asDouble() - plan.get("populationCoveredBefore").asDouble());
        JsonNode proposal = plan.get("proposals").get(0);
        for (String field : List.of("kind", "settlementId", "name", "lon", "lat", "costUah", "newlyCoveredPopulation")) {
            assertThat(proposal.has(field)).as(field).isTrue();
        }
        JsonNode exported = JSON.readTree(instance.toFile());
        assertThat(exported.get("budgetUah").asLong()).isEqualTo(2_000_000L);
        assertThat(exported.get("candidates").get(0).get("options").get(0).has("covers")).isTrue();
    }

    @Test
    void exportWritesEveryLayerAsGeoPackageTablesAndGeoJsonFiles() throws Exception {
        Path gpkg = workspace.resolve("exports/chernivtsi.gpkg");
        Run run = runOnWorkspace("export", "--oblast", "Chernivetska", "--layer", "all", "--format", "gpkg",
                "--out", gpkg.toString());
        assertThat(run.exitCode).isZero();
        JsonNode report = JSON.readTree(run.stdout);
        assertThat(report.get("files")).hasSize(1);
        mil.nga.geopackage.GeoPackage geoPackage = mil.nga.geopackage.GeoPackageManager.open(gpkg.toFile(), false);
        try {
            assertThat(geoPackage.getFeatureTables())
                    .containsExactlyInAnyOrder("hromadas", "settlements", "access_points", "white_spots");
            for (JsonNode layer : report.get("layers")) {
                String table = layer.get("name").asText().replace('-', '_');
                assertThat(geoPackage.getFeatureDao(table).count()).as(table).isEqualTo(layer.get("features").asInt());
            }
            assertThat(geoPackage.getFeatureDao("hromadas").count()).isEqualTo(52);
        } finally {
            geoPackage.close();
        }

        Path geojson = workspace.resolve("exports/chernivtsi.geojson");
        Run files = runOnWorkspace("export", "--oblast", "Chernivetska", "--format", "geojson", "--out",
                geojson.toString());
        assertThat(files.exitCode).isZero();
        assertThat(JSON.readTree(files.stdout).get("files")).hasSize(4);
        List<GeoFeature> hromadas = GeoJsonFeatureReader.read(workspace.resolve("exports/chernivtsi-hromadas.geojson"));
        assertThat(hromadas).hasSize(52).allSatisfy(f -> assertThat(f.properties()).containsKeys("code", "coveredShare",
                "fill"));

        Run unknown = runOnWorkspace("export", "--oblast", "Chernivetska", "--layer", "../secrets", "--format", "csv",
                "--out", workspace.resolve("exports/x.csv").toString());
        assertThat(unknown.exitCode).isEqualTo(PlannerCommandLine.EXIT_BAD_INPUT);
        Run proposalsWithoutPlan = runOnWorkspace("export", "--oblast", "Chernivetska", "--layer", "proposals",
                "--format", "csv", "--out", workspace.resolve("exports/p.csv").toString());
        assertThat(proposalsWithoutPlan.exitCode).isEqualTo(PlannerCommandLine.EXIT_BAD_INPUT);
    }

    @Test
    void exportOfProposalsPlansFirst() throws Exception {
        Path csv = workspace.resolve("exports/proposals.csv");
        Run run = runOnWorkspace("export", "--oblast", "Чернівецька", "--layer", "proposals", "--format", "csv",
                "--out", csv.toString(), "--minutes", "10", "--km", "5", "--plan-budget", "2000000",
                "--plan-time-limit", "3s");
        assertThat(run.exitCode).isZero();
        ua.cnap.planner.io.CsvFiles.Table table = ua.cnap.planner.io.CsvFiles.read(csv, "kind", "costUah",
                "newlyCoveredPopulation", "costPerNewlyCoveredResidentUah", "lon", "lat");
        assertThat(table.rows()).isNotEmpty();
        assertThat(table.rows().stream().mapToLong(r -> r.getLong("costUah")).sum()).isLessThanOrEqualTo(2_000_000L);
    }

    @Test
    void coverageExcludesOccupiedTerritoriesAsOfADate() throws Exception {
        // the occupied territories and those of hostilities are left out by default: kept in only on request
        Run plain = runOnWorkspace("coverage", "--oblast", "Запорізька", "--register", "ukraine-2017",
                "--include-occupied");
        Run excluded = runOnWorkspace("coverage", "--oblast", "Запорізька", "--register", "ukraine-2017",
                "--exclude-occupied", "--as-of", "2025-05-07");
        assertThat(plain.exitCode).isZero();
        assertThat(excluded.exitCode).isZero();
        JsonNode before = JSON.readTree(plain.stdout);
        JsonNode after = JSON.readTree(excluded.stdout);
        JsonNode exclusions = after.get("exclusions");
        assertThat(exclusions.get("excludedPopulation").asLong()).isPositive();
        // population stays the official one; what exclusions leave out drops from populationWithRegister
        assertThat(after.get("population").asLong()).isEqualTo(before.get("population").asLong());
        assertThat(after.get("populationWithRegister").asLong())
                .isEqualTo(before.get("populationWithRegister").asLong() - exclusions.get("excludedPopulation").asLong());
        assertThat(exclusions.get("source").asText()).contains("376");
        assertThat(exclusions.get("closedAccessPoints").asInt()).isPositive();

        Run badDate = runOnWorkspace("coverage", "--oblast", "Запорізька", "--exclude-occupied", "--as-of", "07.05.2025");
        assertThat(badDate.exitCode).isEqualTo(PlannerCommandLine.EXIT_BAD_INPUT);

        // no switch given: left out as of the date, the same as asking for it
        Run byDefault = runOnWorkspace("coverage", "--oblast", "Запорізька", "--register", "ukraine-2017",
                "--as-of", "2025-05-07");
        assertThat(byDefault.exitCode).isZero();
        JsonNode defaultExclusions = JSON.readTree(byDefault.stdout).get("exclusions");
        assertThat(defaultExclusions.get("excludedPopulation")).isEqualTo(exclusions.get("excludedPopulation"));
        assertThat(defaultExclusions.get("excludedHromadaCodes")).isEqualTo(exclusions.get("excludedHromadaCodes"));
        assertThat(defaultExclusions.get("edition").asText()).isEqualTo("Наказ Мінрегіону № 376, редакція 07.05.2025");
        assertThat(defaultExclusions.get("asOf").asText()).isEqualTo("2025-05-07");
        assertThat(JSON.readTree(plain.stdout).get("exclusions").get("excludeOccupied").asBoolean()).isFalse();
        Run both = runOnWorkspace("coverage", "--oblast", "Запорізька", "--exclude-occupied", "--include-occupied");
        assertThat(both.exitCode).isEqualTo(PlannerCommandLine.EXIT_BAD_INPUT);
    }

    @Test
    void calibratePrintsTheFitAndItsError() throws Exception {
        Run run = runOnWorkspace("calibrate");
        assertThat(run.exitCode).isZero();
        JsonNode fit = JSON.readTree(run.stdout);
        assertThat(fit.get("tripsUsed").asInt() + fit.get("tripsExcluded").asInt()).isEqualTo(1469);
        assertThat(fit.get("error").get("p90AbsolutePercentError").asDouble())
                .isGreaterThan(fit.get("error").get("medianAbsolutePercentError").asDouble());
        JsonNode outOfSample = fit.get("outOfSample");
        assertThat(outOfSample.get("medianAbsolutePercentError").asDouble()).isPositive();
        assertThat(outOfSample.get("p90AbsolutePercentError").asDouble())
                .isGreaterThan(outOfSample.get("medianAbsolutePercentError").asDouble());
        assertThat(outOfSample.get("folds").get("k").asInt()).isEqualTo(10);
        assertThat(outOfSample.get("byDistanceBand")).hasSize(4);
        assertThat(outOfSample.get("byDistanceBand").get(0).get("medianSignedPercentError").isNumber()).isTrue();
        assertThat(outOfSample.get("measuredOn").asText()).contains("oblast centre");
        assertThat(fit.get("inSample").get("medianAbsolutePercentError").asDouble()).isPositive();
        assertThat(fit.get("variants").size()).isGreaterThan(1);
        assertThat(fit.get("adopted").get("reason").asText()).isNotBlank();
    }

    @Test
    void benchCoveragePrintsFigures() throws Exception {
        Run run = runOnWorkspace("bench", "coverage", "--runs", "1");
        assertThat(run.exitCode).isZero();
        JsonNode bench = JSON.readTree(run.stdout);
        assertThat(bench.get("figures")).hasSize(3);
        for (JsonNode figure : bench.get("figures")) {
            assertThat(figure.get("medianSeconds").asDouble()).isPositive();
            assertThat(figure.get("settlements").asInt()).isPositive();
        }
        assertThat(bench.get("roadModel").get("nodes").asInt()).isPositive();
        assertThat(bench.get("peakHeapMebibytes").get("sum of pool peaks").asLong()).isPositive();
    }

    @Test
    void anUnknownOblastIsBadInput() throws Exception {
        Run run = runOnWorkspace("coverage", "--oblast", "Атлантида");
        assertThat(run.exitCode).isEqualTo(PlannerCommandLine.EXIT_BAD_INPUT);
        assertThat(JSON.readTree(run.stdout).get("error").get("item").asText()).isEqualTo("Атлантида");
    }

    @Test
    void aMissingDataFolderIsBadInputWithAJsonError() throws Exception {
        Path missing = workspace.resolve("no-such-data");
        Run run = run("import", "--data", missing.toString(), "--workspace", workspace.resolve("other").toString(),
                "--json");

        assertThat(run.exitCode).isEqualTo(PlannerCommandLine.EXIT_BAD_INPUT);
        JsonNode error = JSON.readTree(run.stdout).get("error");
        assertThat(error.get("source").asText()).contains("no-such-data");
        assertThat(error.get("reason").asText()).contains("not found");
    }

    private record Run(int exitCode, String stdout) {
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            int exitCode = PlannerCommandLine.execute(args);
            return new Run(exitCode, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
