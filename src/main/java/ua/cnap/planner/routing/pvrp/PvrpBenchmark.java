package ua.cnap.planner.routing.pvrp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.routing.schedule.ScheduleEngine;
import ua.cnap.planner.routing.schedule.ScheduleEvaluator;
import ua.cnap.planner.routing.schedule.ScheduleProblem;

/**
 * Runs the schedule engine (the one behind {@code routes}) on Cordeau's periodic VRP instances and
 * compares with the best-known values of {@code optima.csv} (rows of set {@code pvrp*}). The objective
 * and feasibility come from {@link ScheduleEvaluator}, not from the engine. Prints nothing.
 */
public final class PvrpBenchmark {

    static final String OPTIMA_FILE = "optima.csv";
    static final String PVRP_SET_PREFIX = "pvrp";

    private final ScheduleEngine engine;

    public PvrpBenchmark() {
        this(new ScheduleEngine());
    }

    public PvrpBenchmark(ScheduleEngine engine) {
        this.engine = engine;
    }

    /**
     * One solved instance; {@code bestKnown} and {@code gapPercent} null when optima.csv does not know it.
     *
     * @param feasible   every customer served on one of its patterns, no route over capacity or duration
     * @param gapPercent {@code 100 · (objective − bestKnown) / bestKnown}
     */
    public record Row(String instance, int customers, int days, int vehicles, Double bestKnown, double objective,
            Double gapPercent, double seconds, long iterations, boolean feasible) {
    }

    public List<Row> run(List<Path> filesOrFolders, Map<String, Double> bestKnown, ScheduleEngine.Limits limits) {
        List<Row> rows = new ArrayList<>();
        for (Path path : filesOrFolders) {
            for (Path file : Files.isDirectory(path) ? listInstanceFiles(path) : List.of(path)) {
                rows.add(solve(CordeauReader.read(file), bestKnown, limits));
            }
        }
        return rows;
    }

    public List<Row> run(List<Path> filesOrFolders, Map<String, Double> bestKnown, Duration timeLimit) {
        return run(filesOrFolders, bestKnown, ScheduleEngine.Limits.time(timeLimit));
    }

    Row solve(ScheduleProblem problem, Map<String, Double> bestKnown, ScheduleEngine.Limits limits) {
        ScheduleEngine.Result result = engine.solve(problem, limits);
        ScheduleEvaluator.Evaluation evaluation = result.evaluation();
        boolean feasible = evaluation.feasible() && evaluation.customersServed() == problem.customers().size();
        double objective = Math.round(evaluation.cost() * 100) / 100.0;
        Double value = bestKnown.get(problem.name());
        Double gap = value == null || value == 0 ? null : Math.round(10000.0 * (objective - value) / value) / 100.0;
        return new Row(problem.name(), problem.customers().size(), problem.days(), problem.vehicles().size(), value,
                objective, gap, Math.round(result.seconds() * 100) / 100.0, result.iterations(), feasible);
    }

    /** The {@code pvrp*} rows of an optima.csv, by instance name. */
    public static Map<String, Double> readBestKnown(Path optimaFile) {
        Map<String, Double> values = new HashMap<>();
        for (CsvFiles.Row row : CsvFiles.read(optimaFile, "set", "instance", "optimum").rows()) {
            if (!row.get("set").startsWith(PVRP_SET_PREFIX)) {
                continue;
            }
            String instance = row.get("instance");
            double value;
            try {
                value = Double.parseDouble(row.get("optimum"));
            } catch (NumberFormatException e) {
                throw new BadInputException(optimaFile.getFileName().toString(), row.item(),
                        "optimum '" + row.get("optimum") + "' is not a number");
            }
            if (values.put(instance, value) != null) {
                throw new BadInputException(optimaFile.getFileName().toString(), row.item(), "instance " + instance
                        + " twice");
            }
        }
        return values;
    }

    /** Instance files of a folder: {@code p*.txt} and other {@code .txt} files except the format description. */
    public static List<Path> listInstanceFiles(Path folder) {
        try (var stream = Files.list(folder)) {
            return stream.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(f -> !f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).contains("desc"))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new BadInputException(folder.getFileName().toString(), null, "cannot list: " + e.getMessage(), e);
        }
    }
}
