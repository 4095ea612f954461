package ua.cnap.planner.routing.cvrp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ua.cnap.planner.io.BadInputException;

/**
 * Reads a CVRPLIB (TSPLIB-format) {@code .vrp} file of type CVRP with {@code EDGE_WEIGHT_TYPE :
 * EUC_2D}: header lines {@code KEY : value}, then NODE_COORD_SECTION ({@code id x y}),
 * DEMAND_SECTION ({@code id demand}) and DEPOT_SECTION (depot ids ended by {@code -1}). Node ids
 * must be 1..DIMENSION; node {@code id} becomes index {@code id - 1}.
 *
 * <p>Edge costs follow the CVRPLIB convention that the published optima use: Euclidean distance
 * rounded to the nearest integer, halves rounded up (TSPLIB {@code nint(x) = (int) (x + 0.5)}).
 */
public final class CvrplibReader {

    private static final Pattern NAME_VEHICLES = Pattern.compile("-k(\\d+)\\b");
    private static final Pattern COMMENT_VEHICLES = Pattern.compile("(?i)no of trucks\\s*:\\s*(\\d+)");

    private CvrplibReader() {
    }

    public static CvrpProblem read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), null, "cannot read: " + e.getMessage(), e);
        }
        return new Parser(file.toString(), lines, file.getFileName().toString().replaceFirst("\\.vrp$", "")).parse();
    }

    /** TSPLIB nint: nearest integer, halves up (distances are never negative). */
    static int roundedDistance(double x1, double y1, double x2, double y2) {
        return (int) (Math.sqrt((x1 - x2) * (x1 - x2) + (y1 - y2) * (y1 - y2)) + 0.5);
    }

    private static final class Parser {
        private final String source;
        private final List<String> lines;
        private String name;
        private String comment;
        private Integer dimension;
        private Integer capacity;
        private double[] x;
        private double[] y;
        private boolean[] hasCoord;
        private int[] demand;
        private boolean[] hasDemand;
        private final List<Integer> depots = new ArrayList<>();
        private int lineNo;

        Parser(String source, List<String> lines, String fileStem) {
            this.source = source;
            this.lines = lines;
            this.name = fileStem;
        }

        CvrpProblem parse() {
            String section = null;
            boolean depotEnded = false;
            for (lineNo = 1; lineNo <= lines.size(); lineNo++) {
                String line = lines.get(lineNo - 1).strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.equals("EOF")) {
                    break;
                }
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.endsWith("_SECTION")) {
                    section = upper;
                    if (!section.equals("NODE_COORD_SECTION") && !section.equals("DEMAND_SECTION")
                            && !section.equals("DEPOT_SECTION")) {
                        throw bad("unsupported section " + line);
                    }
                    requireDimension();
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon > 0 && Character.isLetter(line.charAt(0))) {
                    header(line.substring(0, colon).strip().toUpperCase(Locale.ROOT), line.substring(colon + 1).strip());
                    section = null;
                    continue;
                }
                if (section == null) {
                    throw bad("data line outside any section: " + line);
                }
                String[] f = line.split("\\s+");
                switch (section) {
                    case "NODE_COORD_SECTION" -> {
                        expectFields(f, 3, "id x y");
                        int i = nodeIndex(f[0]);
                        if (hasCoord[i]) {
                            throw bad("node " + f[0] + " has coordinates twice");
                        }
                        x[i] = number(f[1]);
                        y[i] = number(f[2]);
                        hasCoord[i] = true;
                    }
                    case "DEMAND_SECTION" -> {
                        expectFields(f, 2, "id demand");
                        int i = nodeIndex(f[0]);
                        if (hasDemand[i]) {
                            throw bad("node " + f[0] + " has a demand twice");
                        }
                        int d = integer(f[1]);
                        if (d < 0) {
                            throw bad("negative demand " + d);
                        }
                        demand[i] = d;
                        hasDemand[i] = true;
                    }
                    default -> {
                        for (String token : f) {
                            int id = integer(token);
                            if (id == -1) {
                                depotEnded = true;
                            } else if (depotEnded) {
                                throw bad("depot id after the closing -1");
                            } else {
                                depots.add(nodeIndex(token));
                            }
                        }
                    }
                }
            }
            lineNo = lines.size();
            return build();
        }

        private void header(String key, String value) {
            switch (key) {
                case "NAME" -> name = value;
                case "COMMENT" -> comment = value;
                case "TYPE" -> {
                    if (!value.equalsIgnoreCase("CVRP")) {
                        throw bad("TYPE " + value + " is not CVRP");
                    }
                }
                case "DIMENSION" -> {
                    dimension = integer(value);
                    if (dimension < 2) {
                        throw bad("DIMENSION " + dimension + " < 2");
                    }
                    x = new double[dimension];
                    y = new double[dimension];
                    hasCoord = new boolean[dimension];
                    demand = new int[dimension];
                    hasDemand = new boolean[dimension];
                }
                case "EDGE_WEIGHT_TYPE" -> {
                    if (!value.equalsIgnoreCase("EUC_2D")) {
                        throw bad("EDGE_WEIGHT_TYPE " + value + " not supported (only EUC_2D)");
                    }
                }
                case "CAPACITY" -> {
                    capacity = integer(value);
                    if (capacity <= 0) {
                        throw bad("CAPACITY " + capacity + " must be positive");
                    }
                }
                default -> {
                    // other TSPLIB keys (e.g. DISTANCE, SERVICE_TIME) do not change a CVRP on EUC_2D
                    throw bad("unsupported header " + key);
                }
            }
        }

        private CvrpProblem build() {
            requireDimension();
            if (capacity == null) {
                throw bad("no CAPACITY");
            }
            for (int i = 0; i < dimension; i++) {
                if (!hasCoord[i]) {
                    throw bad("node " + (i + 1) + " has no coordinates");
                }
                if (!hasDemand[i]) {
                    throw bad("node " + (i + 1) + " has no demand");
                }
            }
            if (depots.size() != 1) {
                throw bad("DEPOT_SECTION must name exactly one depot, found " + depots.size());
            }
            int depot = depots.get(0);
            for (int i = 0; i < dimension; i++) {
                if (i != depot && demand[i] > capacity) {
                    throw bad("node " + (i + 1) + " demands " + demand[i] + " > CAPACITY " + capacity);
                }
            }
            int[][] distance = new int[dimension][dimension];
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < dimension; j++) {
                    distance[i][j] = roundedDistance(x[i], y[i], x[j], y[j]);
                }
            }
            return new CvrpProblem(name, capacity, depot, demand, distance, x, y, vehicles());
        }

        private Integer vehicles() {
            Matcher m = NAME_VEHICLES.matcher(name);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (comment != null) {
                Matcher c = COMMENT_VEHICLES.matcher(comment);
                if (c.find()) {
                    return Integer.parseInt(c.group(1));
                }
            }
            return null;
        }

        private void requireDimension() {
            if (dimension == null) {
                throw bad("no DIMENSION before the data");
            }
        }

        private int nodeIndex(String token) {
            int id = integer(token);
            if (id < 1 || id > dimension) {
                throw bad("node id " + id + " outside 1.." + dimension);
            }
            return id - 1;
        }

        private void expectFields(String[] f, int count, String what) {
            if (f.length != count) {
                throw bad("expected " + count + " fields (" + what + "), found " + f.length);
            }
        }

        private int integer(String token) {
            try {
                return Integer.parseInt(token.strip());
            } catch (NumberFormatException e) {
                throw bad("not an integer: " + token);
            }
        }

        private double number(String token) {
            try {
                double v = Double.parseDouble(token);
                if (!Double.isFinite(v)) {
                    throw bad("not a finite number: " + token);
                }
                return v;
            } catch (NumberFormatException e) {
                throw bad("not a number: " + token);
            }
        }

        private BadInputException bad(String reason) {
            return new BadInputException(source, "line " + lineNo, reason);
        }
    }
}
