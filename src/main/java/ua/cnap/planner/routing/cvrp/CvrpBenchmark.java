package ua.cnap.planner.routing.cvrp;

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

/**
 * Runs the schedule engine (as its one-day case, {@link CvrpSchedule}) on CVRPLIB files and compares with the best-known values of
 * {@code optima.csv} ({@code set,instance,n,p_or_k,optimum,kind}, rows of set {@code cvrp_A}).
 * Prints nothing; the command line formats the rows.
 */
public class CvrpBenchmark {

    static final String OPTIMA_FILE = "optima.csv";
    static final String CVRP_SET_PREFIX = "cvrp";

    private final ScheduleEngine engine;

    public CvrpBenchmark() {
        this(new ScheduleEngine());
    }

    public CvrpBenchmark(ScheduleEngine engine) {
        this.engine = engine;
    }

    /**
     * One solved instance. {@code bestKnown}, {@code kind} and {@code gapPercent} are null when
     * optima.csv does not know the instance.
     *
     * @param n          nodes, depot included (CVRPLIB DIMENSION)
     * @param k          vehicles used by the solver
     * @param gapPercent {@code 100 · (objective − bestKnown) / bestKnown}
     */
    public record Row(String instance, int n, int k, Long bestKnown, String kind, long objective,
            Double gapPercent, double seconds, boolean feasible) {
    }

    /** A published value from optima.csv. */
    public record BestKnown(String instance, long value, String kind) {
    }

    /** Solves each file, or every {@code .vrp} file of a folder given as a path. */
    public List<Row> run(List<Path> filesOrFolders, Map<String, BestKnown> bestKnown, Duration timeLimit) {
        List<Row> rows = new ArrayList<>();
        for (Path path : filesOrFolders) {
            for (Path file : Files.isDirectory(path) ? listInstanceFiles(path) : List.of(path)) {
                rows.add(solve(file, bestKnown, timeLimit));
            }
        }
        return rows;
    }

    /** Like {@link #run(List, Map, Duration)}, with the values from {@code benchFolder/optima.csv} when it exists. */
    public List<Row> run(Path benchFolder, List<Path> filesOrFolders, Duration timeLimit) {
        Path optimaFile = benchFolder.resolve(OPTIMA_FILE);
        return run(filesOrFolders, Files.isRegularFile(optimaFile) ? readBestKnown(optimaFile) : Map.of(), timeLimit);
    }

    private Row solve(Path file, Map<String, BestKnown> bestKnown, Duration timeLimit) {
        CvrpProblem problem = CvrplibReader.read(file);
        CvrpResult result = CvrpSchedule.solve(problem, engine, ScheduleEngine.Limits.time(timeLimit));
        BestKnown published = bestKnown.get(problem.name());
        Long value = published == null ? null : published.value();
        Double gap = value == null || value == 0 ? null : 100.0 * (result.objective() - value) / value;
        return new Row(problem.name(), problem.n(), CvrpSchedule.vehicleCount(problem), value,
                published == null ? null : published.kind(), result.objective(), gap, result.seconds(),
                result.feasible());
    }

    /** The {@code cvrp*} rows of an optima.csv, by instance name. */
    public static Map<String, BestKnown> readBestKnown(Path optimaFile) {
        Map<String, BestKnown> values = new HashMap<>();
        for (CsvFiles.Row row : CsvFiles.read(optimaFile, "set", "instance", "optimum", "kind").rows()) {
            if (!row.get("set").startsWith(CVRP_SET_PREFIX)) {
                continue;
            }
            String instance = row.get("instance");
            String kind = row.get("kind").split("\\s+")[0];
            if (values.put(instance, new BestKnown(instance, row.getLong("optimum"), kind)) != null) {
                throw new BadInputException(optimaFile.toString(), row.item(), "instance " + instance + " twice");
            }
        }
        return values;
    }

    /** The {@code .vrp} files of a folder, by name. */
    public static List<Path> listInstanceFiles(Path folder) {
        try (var stream = Files.list(folder)) {
            return stream.filter(f -> f.getFileName().toString().endsWith(".vrp")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new BadInputException(folder.toString(), null, "cannot list: " + e.getMessage(), e);
        }
    }
}
