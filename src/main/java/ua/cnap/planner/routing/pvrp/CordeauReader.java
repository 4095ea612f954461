package ua.cnap.planner.routing.pvrp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.routing.schedule.ScheduleProblem;
import ua.cnap.planner.routing.schedule.VisitPattern;

/**
 * Reads a periodic VRP instance in Cordeau's format (type 1): a line {@code type m n t}, then {@code t}
 * lines {@code D Q} (route duration, 0 for none, and vehicle capacity per day), then customers
 * {@code 0..n}, each {@code i x y d q f a list}: coordinates, service duration, demand, visit frequency,
 * number of allowed visit combinations and the combinations, each the decimal value of a {@code t}-bit
 * string with day 1 the most significant bit. Customer 0 is the depot.
 *
 * <p>Travel between two points is the real-valued Euclidean distance (the convention of the published
 * best-known values); a route's duration is its travel plus service. Every customer must be served:
 * a missed one costs far more than any route.
 */
public final class CordeauReader {

    static final int PVRP_TYPE = 1;

    private CordeauReader() {
    }

    public static ScheduleProblem read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file.getFileName().toString(), null, "не вдалося прочитати файл / cannot read: "
                    + e.getMessage(), e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        return parse(file.getFileName().toString(), name, lines);
    }

    static ScheduleProblem parse(String source, String name, List<String> lines) {
        List<Line> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.isEmpty()) {
                rows.add(new Line(i + 1, text.split("\\s+")));
            }
        }
        if (rows.isEmpty()) {
            throw new BadInputException(source, null, "файл порожній / the file is empty");
        }
        Line header = rows.get(0);
        header.expectAtLeast(source, 4, "type m n t");
        int type = header.integer(source, 0, "type");
        if (type != PVRP_TYPE) {
            throw new BadInputException(source, header.item(), "тип " + type + " не є PVRP (1) / type " + type
                    + " is not a periodic VRP (1)");
        }
        int vehicles = header.positive(source, 1, "m (vehicles)");
        int customers = header.positive(source, 2, "n (customers)");
        int days = header.positive(source, 3, "t (days)");
        if (days > 30) {
            throw new BadInputException(source, header.item(), "t = " + days + " days: at most 30 are supported");
        }
        if (rows.size() < 1 + days + customers + 1) {
            throw new BadInputException(source, null, "очікувано " + (1 + days + customers + 1)
                    + " непорожніх рядків, є " + rows.size() + " / expected " + (1 + days + customers + 1)
                    + " non-empty lines (header, " + days + " days, depot and " + customers + " customers), got "
                    + rows.size());
        }
        double duration = -1;
        long capacity = -1;
        for (int d = 0; d < days; d++) {
            Line line = rows.get(1 + d);
            line.expectAtLeast(source, 2, "D Q");
            double dayDuration = line.real(source, 0, "D (duration)");
            long dayCapacity = line.integer(source, 1, "Q (capacity)");
            if (dayDuration < 0 || dayCapacity <= 0) {
                throw new BadInputException(source, line.item(), "D must not be negative and Q must be positive");
            }
            if (d > 0 && (dayDuration != duration || dayCapacity != capacity)) {
                throw new BadInputException(source, line.item(), "days with different D or Q are not supported");
            }
            duration = dayDuration;
            capacity = dayCapacity;
        }
        double[] x = new double[customers + 1];
        double[] y = new double[customers + 1];
        List<ScheduleProblem.Customer> list = new ArrayList<>();
        for (int i = 0; i <= customers; i++) {
            Line line = rows.get(1 + days + i);
            line.expectAtLeast(source, i == 0 ? 3 : 7, "i x y d q f a list");
            int id = line.integer(source, 0, "i");
            if (id != i) {
                throw new BadInputException(source, line.item(), "customer number " + id + ", expected " + i);
            }
            x[i] = line.real(source, 1, "x");
            y[i] = line.real(source, 2, "y");
            if (i == 0) {
                continue;
            }
            double service = line.real(source, 3, "d (service duration)");
            long demand = line.integer(source, 4, "q (demand)");
            int frequency = line.integer(source, 5, "f (frequency)");
            int combinations = line.positive(source, 6, "a (combinations)");
            line.expectAtLeast(source, 7 + combinations, "i x y d q f a list (" + combinations + " combinations)");
            if (service < 0 || demand < 0) {
                throw new BadInputException(source, line.item(), "service duration and demand must not be negative");
            }
            List<VisitPattern> patterns = new ArrayList<>();
            for (int k = 0; k < combinations; k++) {
                int code = line.integer(source, 7 + k, "visit combination");
                VisitPattern pattern;
                try {
                    pattern = VisitPattern.fromCordeauCode(code, days);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(source, line.item(), e.getMessage());
                }
                if (pattern.visits() != frequency) {
                    throw new BadInputException(source, line.item(), "combination " + code + " has "
                            + pattern.visits() + " visits, frequency says " + frequency);
                }
                patterns.add(pattern);
            }
            list.add(new ScheduleProblem.Customer(String.valueOf(i), i, demand, service, patterns, 0));
        }
        double[][] travel = new double[customers + 1][customers + 1];
        double longest = 0;
        for (int a = 0; a <= customers; a++) {
            for (int b = 0; b <= customers; b++) {
                travel[a][b] = Math.hypot(x[a] - x[b], y[a] - y[b]);
                longest = Math.max(longest, travel[a][b]);
            }
        }
        // a missed customer costs more than any schedule could: every route of every day at its longest
        double missed = (longest * (customers + 1) + 1) * days * vehicles;
        List<ScheduleProblem.Customer> priced = list.stream()
                .map(c -> new ScheduleProblem.Customer(c.id(), c.node(), c.demand(), c.serviceDuration(), c.patterns(),
                        missed))
                .toList();
        double maxDuration = duration == 0 ? Double.POSITIVE_INFINITY : duration;
        List<ScheduleProblem.Vehicle> fleet = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            fleet.add(new ScheduleProblem.Vehicle("vehicle-" + (v + 1), 0, capacity, maxDuration, 0));
        }
        return new ScheduleProblem(name, days, fleet, priced, travel, 1.0);
    }

    private record Line(int number, String[] fields) {

        String item() {
            return "рядок / line " + number;
        }

        void expectAtLeast(String source, int count, String layout) {
            if (fields.length < count) {
                throw new BadInputException(source, item(), "очікувано щонайменше " + count + " полів (" + layout
                        + "), є " + fields.length + " / expected at least " + count + " fields, got " + fields.length);
            }
        }

        int integer(String source, int index, String field) {
            try {
                return Integer.parseInt(fields[index]);
            } catch (NumberFormatException e) {
                throw new BadInputException(source, item(), "поле " + field + " не ціле число: '" + fields[index]
                        + "' / field " + field + " is not an integer");
            }
        }

        int positive(String source, int index, String field) {
            int value = integer(source, index, field);
            if (value <= 0) {
                throw new BadInputException(source, item(), "поле " + field + " має бути додатним / field " + field
                        + " must be positive, got " + value);
            }
            return value;
        }

        double real(String source, int index, String field) {
            try {
                double value = Double.parseDouble(fields[index]);
                if (!Double.isFinite(value)) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new BadInputException(source, item(), "поле " + field + " не число: '" + fields[index]
                        + "' / field " + field + " is not a number");
            }
        }
    }
}
