package ua.cnap.planner.planning.pmedian;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import ua.cnap.planner.io.BadInputException;

/**
 * Reads an OR-Library p-median file (Beasley 1990, {@code pmed1.txt .. pmed40.txt}).
 *
 * <p>Format: first line {@code n m p}, then {@code m} lines {@code i j cost} (1-based vertices,
 * undirected edges). The distance between two vertices is the shortest-path length over this
 * graph. A pair that appears twice keeps the cost of its <b>last</b> line: that is how the
 * published optima were computed (keeping the minimum gives values below them).
 */
public final class OrLibraryPMedianReader {

    /** Marks "no path yet"; larger than any real path since edge costs are capped at MAX_VALUE / n. */
    private static final int UNREACHABLE = Integer.MAX_VALUE;

    private OrLibraryPMedianReader() {
    }

    /** Reads {@code file}; the problem is named after the file without {@code .txt}. */
    public static PMedianProblem read(Path file) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(source, null, "file not found");
        }
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return read(in, source, name);
        } catch (IOException e) {
            throw new BadInputException(source, null, "cannot read: " + e.getMessage(), e);
        }
    }

    static PMedianProblem read(BufferedReader in, String source, String name) throws IOException {
        int lineNumber = 0;
        String line;
        long[] header = null;
        while (header == null) {
            line = in.readLine();
            lineNumber++;
            if (line == null) {
                throw new BadInputException(source, null, "the file is empty");
            }
            if (!line.isBlank()) {
                header = numbers(line, 3, source, lineNumber, "header 'n m p'");
            }
        }
        int n = toInt(header[0], source, lineNumber, "n");
        long m = header[1];
        int p = toInt(header[2], source, lineNumber, "p");
        if (n < 1 || m < 0 || p < 1 || p > n) {
            throw new BadInputException(source, "line " + lineNumber,
                    "header needs n >= 1, m >= 0, 1 <= p <= n: '" + String.join(" ",
                            Arrays.stream(header).mapToObj(Long::toString).toList()) + "'");
        }
        int[][] distance = new int[n][n];
        for (int[] row : distance) {
            Arrays.fill(row, UNREACHABLE);
        }
        long edges = 0;
        while (edges < m && (line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            long[] edge = numbers(line, 3, source, lineNumber, "edge 'i j cost'");
            int i = vertex(edge[0], n, source, lineNumber);
            int j = vertex(edge[1], n, source, lineNumber);
            if (edge[2] < 0 || edge[2] > Integer.MAX_VALUE / n) {
                throw new BadInputException(source, "line " + lineNumber,
                        "edge cost must be in 0.." + Integer.MAX_VALUE / n + ": " + edge[2]);
            }
            // last occurrence wins (OR-Library convention), in both directions
            distance[i][j] = (int) edge[2];
            distance[j][i] = (int) edge[2];
            edges++;
        }
        if (edges < m) {
            throw new BadInputException(source, "line " + lineNumber,
                    "the header promises " + m + " edges, the file has " + edges);
        }
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank()) {
                throw new BadInputException(source, "line " + lineNumber,
                        "text after the " + m + " edges the header promises: '" + line.strip() + "'");
            }
        }
        for (int i = 0; i < n; i++) {
            distance[i][i] = 0;
        }
        allPairsShortestPaths(distance);
        for (int j = 0; j < n; j++) {
            if (distance[0][j] == UNREACHABLE) {
                throw new BadInputException(source, null,
                        "the graph is not connected: vertex " + (j + 1) + " cannot be reached from vertex 1");
            }
        }
        return new PMedianProblem(name, n, p, distance, PMedianProblem.unitWeights(n));
    }

    /**
     * Floyd–Warshall in place. O(n³): 6.4e7 steps for n = 400, well under a second; a heap-based
     * Dijkstra per vertex would only pay off for much sparser, larger graphs than OR-Library's.
     * Edge costs are capped at {@code MAX_VALUE / n}, so no shortest (simple) path overflows an int;
     * the sum of two of them is compared in long.
     */
    static void allPairsShortestPaths(int[][] distance) {
        int n = distance.length;
        for (int k = 0; k < n; k++) {
            int[] viaK = distance[k];
            for (int i = 0; i < n; i++) {
                int toK = distance[i][k];
                if (toK == UNREACHABLE) {
                    continue;
                }
                int[] row = distance[i];
                for (int j = 0; j < n; j++) {
                    int fromK = viaK[j];
                    if (fromK != UNREACHABLE && (long) toK + fromK < row[j]) {
                        row[j] = toK + fromK;
                    }
                }
            }
        }
    }

    private static long[] numbers(String line, int count, String source, int lineNumber, String what) {
        String[] tokens = line.strip().split("\\s+");
        if (tokens.length != count) {
            throw new BadInputException(source, "line " + lineNumber,
                    "expected " + what + " (" + count + " numbers), found '" + line.strip() + "'");
        }
        long[] values = new long[count];
        for (int t = 0; t < count; t++) {
            try {
                values[t] = Long.parseLong(tokens[t]);
            } catch (NumberFormatException e) {
                throw new BadInputException(source, "line " + lineNumber,
                        "not a whole number: '" + tokens[t] + "' in " + what);
            }
        }
        return values;
    }

    private static int vertex(long oneBased, int n, String source, int lineNumber) {
        if (oneBased < 1 || oneBased > n) {
            throw new BadInputException(source, "line " + lineNumber,
                    "vertex " + oneBased + " is outside 1.." + n);
        }
        return (int) oneBased - 1;
    }

    private static int toInt(long value, String source, int lineNumber, String what) {
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new BadInputException(source, "line " + lineNumber, what + " is too large: " + value);
        }
        return (int) value;
    }
}
