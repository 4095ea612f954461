package ua.cnap.planner.scenario;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.io.BadInputException;

/**
 * Headless scenarios ({@code scenario run FILE.yaml|DIR}): each file is read and checked, saved in the
 * store, run, and its results written to a folder: {@code scenario.json} (the saved scenario),
 * {@code proposals.csv} (the donor report, {@link DonorReportCsv}) and {@code kpis.csv} (totals and per
 * oblast). A folder of files is checked whole before anything runs, then run file by file, with
 * {@code summary.csv} beside the result folders, one line per scenario. Files are written to a
 * temporary name and moved into place, so no half-written file is left.
 */
public final class ScenarioBatch {

    static final String[] KPI_HEADER = {"level", "code", "name", "population", "populationCoveredBefore",
        "populationCoveredAfter", "coveredShareBefore", "coveredShareAfter", "newlyCoveredPopulation", "budgetUah",
        "costUah", "proposals", "costPerNewlyCoveredResidentUah"};
    static final String[] SUMMARY_HEADER = {"file", "scenarioId", "name", "status", "oblasts", "budgetMode",
        "budgetUah", "population", "populationCoveredBefore", "populationCoveredAfter", "coveredShareBefore",
        "coveredShareAfter", "newlyCoveredPopulation", "costUah", "proposals", "costPerNewlyCoveredResidentUah",
        "resultFolder", "error"};

    private final ScenarioService scenarios;
    private final AccessStandard defaultStandard;

    public ScenarioBatch(ScenarioService scenarios, AccessStandard defaultStandard) {
        this.scenarios = scenarios;
        this.defaultStandard = defaultStandard;
    }

    /**
     * One scenario run headless.
     *
     * @param file         the YAML file
     * @param scenario     the saved scenario after its run
     * @param resultFolder where its results were written
     */
    public record Outcome(Path file, Scenario scenario, Path resultFolder) {
    }

    /**
     * Runs a file into {@code out}, or every {@code *.yaml}/{@code *.yml} of a folder into
     * {@code out/<file name>/} with {@code out/summary.csv}.
     */
    public List<Outcome> run(Path fileOrFolder, Path out) {
        if (Files.isDirectory(fileOrFolder)) {
            List<Path> files = yamlFiles(fileOrFolder);
            List<ScenarioFile> definitions = files.stream().map(f -> ScenarioFile.read(f, defaultStandard)).toList();
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                outcomes.add(runOne(files.get(i), definitions.get(i), out.resolve(stem(files.get(i)))));
            }
            writeSummary(outcomes, out.resolve("summary.csv"));
            return outcomes;
        }
        return List.of(runOne(fileOrFolder, ScenarioFile.read(fileOrFolder, defaultStandard), out));
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.ya?ml"))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new BadInputException(folder.toString(), null, "no *.yaml scenario files in this folder");
            }
            return files;
        } catch (IOException e) {
            throw new BadInputException(folder.toString(), null, "cannot list: " + e.getMessage(), e);
        }
    }

    public static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    private Outcome runOne(Path file, ScenarioFile definition, Path folder) {
        Scenario created = scenarios.create(definition.name(), definition.parameters(), file.toString());
        Scenario done = scenarios.runAndWait(created.id());
        writeResults(done, folder);
        return new Outcome(file, done, folder);
    }

    /** scenario.json always; proposals.csv and kpis.csv when there is a result. */
    public static void writeResults(Scenario scenario, Path folder) {
        try {
            Files.createDirectories(folder);
            writeAtomically(folder.resolve("scenario.json"), ScenarioJson.writePretty(scenario) + "\n");
            if (scenario.result() != null) {
                StringWriter proposals = new StringWriter();
                DonorReportCsv.write(scenario, proposals);
                writeAtomically(folder.resolve("proposals.csv"), proposals.toString());
                StringWriter kpis = new StringWriter();
                writeKpis(scenario.result(), kpis);
                writeAtomically(folder.resolve("kpis.csv"), kpis.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results of scenario " + scenario.id() + " to " + folder, e);
        }
    }

    static void writeKpis(ScenarioResult result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(KPI_HEADER)
                .setRecordSeparator("\n").get());
        kpiRow(csv, "total", "", "", result.totals());
        for (ScenarioResult.AreaOutcome oblast : result.oblasts()) {
            kpiRow(csv, "oblast", oblast.code(), oblast.name(), oblast.kpis());
        }
        csv.flush();
    }

    private static void kpiRow(CSVPrinter csv, String level, String code, String name, ScenarioKpis k)
            throws IOException {
        csv.printRecord(level, code, name, k.population(), k.populationCoveredBefore(), k.populationCoveredAfter(),
                decimal(k.coveredShareBefore(), 6), decimal(k.coveredShareAfter(), 6), k.newlyCoveredPopulation(),
                k.budgetUah() == null ? "" : k.budgetUah(), k.costUah(), k.proposals(),
                decimal(k.costPerNewlyCoveredResidentUah(), 2));
    }

    private static void writeSummary(List<Outcome> outcomes, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            StringWriter text = new StringWriter();
            CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(SUMMARY_HEADER)
                    .setRecordSeparator("\n").get());
            for (Outcome o : outcomes) {
                Scenario s = o.scenario();
                ScenarioKpis k = s.result() == null ? null : s.result().totals();
                ScenarioParameters p = s.parameters();
                csv.printRecord(o.file().getFileName(), s.id(), s.name(), s.status(),
                        p.oblasts().stream().map(ScenarioParameters.OblastPart::oblast)
                                .collect(Collectors.joining(";")),
                        p.budgetMode(), p.totalBudgetUah() != null ? p.totalBudgetUah()
                                : k == null || k.budgetUah() == null ? "" : k.budgetUah(),
                        k == null ? "" : k.population(),
                        k == null ? "" : k.populationCoveredBefore(), k == null ? "" : k.populationCoveredAfter(),
                        k == null ? "" : decimal(k.coveredShareBefore(), 6),
                        k == null ? "" : decimal(k.coveredShareAfter(), 6),
                        k == null ? "" : k.newlyCoveredPopulation(), k == null ? "" : k.costUah(),
                        k == null ? "" : k.proposals(), k == null ? "" : decimal(k.costPerNewlyCoveredResidentUah(), 2),
                        o.resultFolder().getFileName(), s.error() == null ? "" : s.error());
            }
            csv.flush();
            writeAtomically(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String decimal(Double value, int places) {
        return value == null ? "" : String.format(Locale.ROOT, "%." + places + "f", value);
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
