package ua.cnap.planner.planning.pmedian;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CsvFiles;

/**
 * Runs the p-median solver on OR-Library instances and compares with the published optima of
 * {@code optima.csv} ({@code set,instance,n,p_or_k,optimum,kind}, rows of set {@code pmed}).
 * Prints nothing; the command line formats the rows.
 */
public class PMedianBenchmark {

    static final String OPTIMA_FILE = "optima.csv";
    static final String PMED_SET = "pmed";

    private final PMedianSolver solver;

    public PMedianBenchmark() {
        this(new PMedianSolver());
    }

    public PMedianBenchmark(PMedianSolver solver) {
        this.solver = solver;
    }

    /**
     * One solved instance. {@code optimum}, {@code kind} and {@code gapPercent} are null when
     * optima.csv does not know the instance.
     *
     * @param kind       {@code OPT} (proven optimal) or {@code BKS} (best known)
     * @param gapPercent {@code 100 · (objective − optimum) / optimum}
     */
    public record Row(String instance, int n, int p, Long optimum, String kind, long objective,
            Double gapPercent, double seconds) {
    }

    /** A published value from optima.csv. */
    public record PublishedOptimum(String instance, long optimum, String kind) {
    }

    /**
     * Solves {@code benchFolder/pmed/<instance>.txt} for each instance, with the optimum from
     * {@code benchFolder/optima.csv} (the file may be absent: rows then have no gap).
     */
    public List<Row> run(Path benchFolder, List<String> instances, Duration timeLimit) {
        List<Path> files = instances.stream()
                .map(name -> benchFolder.resolve(PMED_SET).resolve(name + ".txt"))
                .toList();
        Path optimaFile = benchFolder.resolve(OPTIMA_FILE);
        Map<String, PublishedOptimum> optima = Files.isRegularFile(optimaFile) ? readOptima(optimaFile) : Map.of();
        return runFiles(files, optima, timeLimit);
    }

    /** Solves each file; the optimum is looked up by the file name without {@code .txt}. */
    public List<Row> runFiles(List<Path> files, Map<String, PublishedOptimum> optima, Duration timeLimit) {
        List<Row> rows = new ArrayList<>();
        for (Path file : files) {
            PMedianProblem problem = OrLibraryPMedianReader.read(file);
            PMedianResult result = solver.solve(problem, timeLimit);
            PublishedOptimum published = optima.get(problem.name());
            Long optimum = published == null ? null : published.optimum();
            Double gap = optimum == null || optimum == 0 ? null
                    : 100.0 * (result.objective() - optimum) / optimum;
            rows.add(new Row(problem.name(), problem.n(), problem.p(), optimum,
                    published == null ? null : published.kind(), result.objective(), gap, result.seconds()));
        }
        return rows;
    }

    /** The {@code pmed} rows of an optima.csv, by instance name. */
    public static Map<String, PublishedOptimum> readOptima(Path optimaFile) {
        Map<String, PublishedOptimum> optima = new HashMap<>();
        for (CsvFiles.Row row : CsvFiles.read(optimaFile, "set", "instance", "optimum", "kind").rows()) {
            if (!PMED_SET.equals(row.get("set"))) {
                continue;
            }
            String instance = row.get("instance");
            // kind may carry a remark, e.g. "BKS (real-valued Euclidean)": keep the code
            String kind = row.get("kind").split("\\s+")[0];
            if (optima.put(instance, new PublishedOptimum(instance, row.getLong("optimum"), kind)) != null) {
                throw new BadInputException(optimaFile.toString(), row.item(), "instance " + instance + " twice");
            }
        }
        return optima;
    }

    /** The {@code pmed*.txt} files of a folder, in instance-number order (pmed2 before pmed10). */
    public static List<Path> listInstanceFiles(Path folder) {
        try (var stream = Files.list(folder)) {
            return stream.filter(f -> f.getFileName().toString().matches("pmed\\d+\\.txt"))
                    .sorted((a, b) -> Integer.compare(number(a), number(b)))
                    .toList();
        } catch (java.io.IOException e) {
            throw new BadInputException(folder.toString(), null, "cannot list: " + e.getMessage(), e);
        }
    }

    private static int number(Path file) {
        return Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
    }
}
