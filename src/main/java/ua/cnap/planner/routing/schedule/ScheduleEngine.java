package ua.cnap.planner.routing.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The routing engine of every schedule and benchmark: a start ({@link SavingsStart}), then
 * ruin-and-recreate under simulated annealing, in the manner of SISR (Christiaens and Vanden Berghe,
 * "Slack induction by string removals", Transportation Science 2020), extended to visit patterns:
 *
 * <ol>
 * <li><b>ruin</b>: from a random served customer, walk its nearest neighbours (nearby selection) and cut
 * a string of consecutive customers out of a route of each, until a few strings are cut; a customer cut
 * anywhere loses all its visits, so that its pattern is chosen again;</li>
 * <li><b>recreate</b>: put the cut customers (and every unserved one) back one by one, in a random
 * order of four (random, largest demand, farthest, nearest), each on the pattern whose days' cheapest
 * feasible insertions (capacity and duration kept) cost least together; an insertion point is skipped
 * now and then ("blinks") so that the recreate is not always the greedy one; a customer that fits no
 * pattern stays unserved, at its missed penalty;</li>
 * <li><b>accept</b> the new schedule if it is better than the current one less a temperature that cools
 * geometrically from the neighbourhood's typical edge cost to a hundredth of it over the run.</li>
 * </ol>
 *
 * Settings depend on the instance only; a run is reproducible for a given seed and iteration limit.
 */
public final class ScheduleEngine {

    /** Average number of customers a ruin cuts (SISR's c̄). */
    static final int AVERAGE_RUIN = 10;
    /** Longest string cut from one route (SISR's L max). */
    static final int MAX_STRING = 10;
    /** Probability of skipping an insertion point in the recreate (SISR's blink rate). */
    static final double BLINK_RATE = 0.01;
    /** Start temperature as a share of the typical edge cost between neighbours. */
    static final double START_TEMPERATURE_SHARE = 0.5;
    /** End temperature as a share of the start temperature. */
    static final double END_TEMPERATURE_SHARE = 0.01;
    /** Neighbours kept per customer for the ruin. */
    static final int NEIGHBOURS = 50;

    /**
     * When the engine stops: at {@code timeLimit}, after {@code maxIterations} ruin-and-recreate rounds
     * (tests use iterations, never wall time), or at a known {@code targetObjective} (null: none).
     */
    public record Limits(Duration timeLimit, long maxIterations, Double targetObjective) {
        public Limits {
            Objects.requireNonNull(timeLimit);
            if (maxIterations < 0) {
                throw new IllegalArgumentException("iterations must not be negative");
            }
        }

        public static Limits time(Duration timeLimit) {
            return new Limits(timeLimit, Long.MAX_VALUE, null);
        }

        public static Limits iterations(long iterations) {
            return new Limits(Duration.ofHours(1), iterations, null);
        }
    }

    /** A better schedule found while solving. */
    public record Progress(double seconds, long iteration, double objective, int customersServed,
            Schedule schedule) {
    }

    /** Lets another thread stop a run; the best schedule so far is returned. */
    public static final class Cancellation {
        private volatile boolean requested;

        public void cancel() {
            requested = true;
        }

        public boolean isRequested() {
            return requested;
        }
    }

    /**
     * The outcome of a run.
     *
     * @param schedule   the best schedule found
     * @param evaluation its figures by {@link ScheduleEvaluator}
     * @param iterations ruin-and-recreate rounds run
     * @param seconds    wall time
     */
    public record Result(Schedule schedule, ScheduleEvaluator.Evaluation evaluation, long iterations,
            double seconds) {
    }

    private final long seed;

    public ScheduleEngine() {
        this(0L);
    }

    public ScheduleEngine(long seed) {
        this.seed = seed;
    }

    public Result solve(ScheduleProblem problem, Limits limits) {
        return solve(problem, limits, progress -> { }, new Cancellation());
    }

    public Result solve(ScheduleProblem problem, Limits limits, Consumer<Progress> onProgress,
            Cancellation cancellation) {
        long started = System.nanoTime();
        long deadline = started + limits.timeLimit().toNanos();
        Search search = new Search(problem, new Random(seed));
        RouteState current = SavingsStart.build(problem);
        search.recreate(current, search.unserved(current));
        RouteState best = current.copy();
        onProgress.accept(new Progress(0, 0, best.objective(), served(best), best.toSchedule()));
        double startTemperature = START_TEMPERATURE_SHARE * search.typicalEdgeCost;
        double endTemperature = END_TEMPERATURE_SHARE * startTemperature;
        long iteration = 0;
        boolean canImprove = !problem.customers().isEmpty() && !problem.vehicles().isEmpty();
        while (canImprove && iteration < limits.maxIterations() && !cancellation.isRequested()) {
            long now = System.nanoTime();
            if (now >= deadline) {
                break;
            }
            if (limits.targetObjective() != null && best.objective() <= limits.targetObjective() + 1e-9) {
                break;
            }
            double progress = limits.maxIterations() < Long.MAX_VALUE
                    ? Math.max((double) iteration / limits.maxIterations(), (double) (now - started) / (deadline - started))
                    : (double) (now - started) / (deadline - started);
            double temperature = startTemperature * Math.pow(endTemperature / startTemperature, progress);
            RouteState candidate = current.copy();
            List<Integer> cut = search.ruin(candidate);
            cut.addAll(search.unserved(candidate));
            search.recreate(candidate, dedupe(cut));
            iteration++;
            double threshold = current.objective() - temperature * Math.log(search.random.nextDouble());
            if (candidate.objective() < threshold) {
                current = candidate;
                if (current.objective() < best.objective() - 1e-9) {
                    best = current.copy();
                    onProgress.accept(new Progress((System.nanoTime() - started) / 1e9, iteration, best.objective(),
                            served(best), best.toSchedule()));
                }
            }
        }
        Schedule schedule = best.toSchedule();
        return new Result(schedule, ScheduleEvaluator.evaluate(problem, schedule), iteration,
                (System.nanoTime() - started) / 1e9);
    }

    private static int served(RouteState state) {
        int served = 0;
        for (int p : state.pattern) {
            served += p >= 0 ? 1 : 0;
        }
        return served;
    }

    private static List<Integer> dedupe(List<Integer> customers) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(customers));
    }

    /** The ruin and recreate moves over one problem; neighbour lists computed once. */
    static final class Search {
        final ScheduleProblem problem;
        final Random random;
        final int[][] neighbours;
        final double[] farness;
        final double typicalEdgeCost;

        Search(ScheduleProblem problem, Random random) {
            this.problem = problem;
            this.random = random;
            int n = problem.customers().size();
            double[][] t = problem.travel();
            neighbours = new int[n][];
            farness = new double[n];
            double edgeSum = 0;
            int edgeCount = 0;
            Integer[] order = new Integer[n];
            for (int c = 0; c < n; c++) {
                int node = problem.customers().get(c).node();
                for (int o = 0; o < n; o++) {
                    order[o] = o;
                }
                Arrays.sort(order, Comparator.comparingDouble((Integer o) ->
                        (t[node][problem.customers().get(o).node()] + t[problem.customers().get(o).node()][node])));
                int keep = Math.min(n, NEIGHBOURS);
                neighbours[c] = new int[keep];
                for (int k = 0; k < keep; k++) {
                    neighbours[c][k] = order[k];
                }
                for (int k = 1; k < Math.min(n, 6); k++) {
                    edgeSum += t[node][problem.customers().get(order[k]).node()];
                    edgeCount++;
                }
                double nearestDepot = Double.POSITIVE_INFINITY;
                for (ScheduleProblem.Vehicle vehicle : problem.vehicles()) {
                    nearestDepot = Math.min(nearestDepot, t[vehicle.depotNode()][node]);
                }
                farness[c] = nearestDepot;
            }
            typicalEdgeCost = edgeCount == 0 ? 1.0 : Math.max(1e-9, edgeSum / edgeCount * problem.travelCostPerUnit());
        }

        List<Integer> unserved(RouteState state) {
            List<Integer> missing = new ArrayList<>();
            for (int c = 0; c < state.pattern.length; c++) {
                if (state.pattern[c] < 0) {
                    missing.add(c);
                }
            }
            return missing;
        }

        /** Cuts strings around a random customer's neighbours; returns the customers cut (now unserved). */
        List<Integer> ruin(RouteState state) {
            List<Integer> cut = new ArrayList<>();
            List<Integer> servedList = new ArrayList<>();
            for (int c = 0; c < state.pattern.length; c++) {
                if (state.pattern[c] >= 0) {
                    servedList.add(c);
                }
            }
            if (servedList.isEmpty()) {
                return cut;
            }
            int routes = 0;
            int visits = 0;
            for (int r = 0; r < state.len.length; r++) {
                if (state.len[r] > 0) {
                    routes++;
                    visits += state.len[r];
                }
            }
            double averageRoute = (double) visits / Math.max(1, routes);
            double maxString = Math.min(MAX_STRING, averageRoute);
            double maxStrings = 4.0 * AVERAGE_RUIN / (1 + maxString) - 1;
            int strings = (int) Math.floor(random.nextDouble() * maxStrings) + 1;
            int seedCustomer = servedList.get(random.nextInt(servedList.size()));
            boolean[] ruined = new boolean[state.len.length];
            boolean[] isCut = new boolean[state.pattern.length];
            int done = 0;
            for (int c : neighbours[seedCustomer]) {
                if (done >= strings) {
                    break;
                }
                if (state.pattern[c] < 0 || isCut[c]) {
                    continue;
                }
                int[] days = problem.customers().get(c).patterns().get(state.pattern[c]).days();
                int day = days[random.nextInt(days.length)];
                int r = state.route(state.vehicleOn[c * state.days + day], day);
                if (ruined[r]) {
                    continue;
                }
                int length = state.len[r];
                int maxLength = (int) Math.min(length, maxString);
                int stringLength = 1 + (int) Math.floor(random.nextDouble() * maxLength);
                stringLength = Math.min(stringLength, length);
                int position = indexOf(state, r, c);
                int first = Math.max(0, Math.min(length - stringLength, position - random.nextInt(stringLength)));
                int[] string = Arrays.copyOfRange(state.seq[r], first, first + stringLength);
                ruined[r] = true;
                for (int s : string) {
                    if (!isCut[s]) {
                        isCut[s] = true;
                        cut.add(s);
                        state.unassign(s);
                    }
                }
                done++;
            }
            return cut;
        }

        private static int indexOf(RouteState state, int r, int c) {
            for (int i = 0; i < state.len[r]; i++) {
                if (state.seq[r][i] == c) {
                    return i;
                }
            }
            throw new IllegalStateException("customer " + c + " not on route " + r);
        }

        /** Puts customers back, each on its cheapest feasible pattern, in one of four orders. */
        void recreate(RouteState state, List<Integer> customers) {
            switch (random.nextInt(4)) {
                case 0 -> java.util.Collections.shuffle(customers, random);
                case 1 -> customers.sort(Comparator.comparingLong(
                        (Integer c) -> -problem.customers().get(c).demand() * problem.customers().get(c).patterns()
                                .get(0).visits()));
                case 2 -> customers.sort(Comparator.comparingDouble((Integer c) -> -farness[c]));
                default -> customers.sort(Comparator.comparingDouble((Integer c) -> farness[c]));
            }
            int vehicles = problem.vehicles().size();
            int maxVisits = 0;
            for (ScheduleProblem.Customer customer : problem.customers()) {
                for (VisitPattern p : customer.patterns()) {
                    maxVisits = Math.max(maxVisits, p.visits());
                }
            }
            int[] bestRoute = new int[maxVisits];
            int[] bestPosition = new int[maxVisits];
            int[] tryRoute = new int[maxVisits];
            int[] tryPosition = new int[maxVisits];
            double[][] t = problem.travel();
            double price = problem.travelCostPerUnit();
            for (int c : customers) {
                if (state.pattern[c] >= 0) {
                    continue;
                }
                ScheduleProblem.Customer customer = problem.customers().get(c);
                int node = customer.node();
                double bestCost = Double.POSITIVE_INFINITY;
                int bestPattern = -1;
                List<VisitPattern> patterns = customer.patterns();
                for (int p = 0; p < patterns.size(); p++) {
                    int[] days = patterns.get(p).days();
                    double total = 0;
                    boolean feasible = true;
                    for (int k = 0; k < days.length && feasible; k++) {
                        int day = days[k];
                        double dayBest = Double.POSITIVE_INFINITY;
                        for (int v = 0; v < vehicles; v++) {
                            ScheduleProblem.Vehicle vehicle = problem.vehicles().get(v);
                            int r = state.route(v, day);
                            if (state.load[r] + customer.demand() > vehicle.capacity()) {
                                continue;
                            }
                            double slack = vehicle.maxDuration() - state.travel[r] - state.service[r]
                                    - customer.serviceDuration() + ScheduleEvaluator.EPSILON;
                            if (slack < 0) {
                                continue;
                            }
                            double fixed = state.usedRoutes[v] == 0 ? vehicle.fixedCost() : 0;
                            int len = state.len[r];
                            int before = vehicle.depotNode();
                            for (int pos = 0; pos <= len; pos++) {
                                int after = pos == len ? vehicle.depotNode()
                                        : problem.customers().get(state.seq[r][pos]).node();
                                double delta = t[before][node] + t[node][after] - t[before][after];
                                if (delta <= slack && random.nextDouble() >= BLINK_RATE) {
                                    double cost = delta * price + fixed;
                                    if (cost < dayBest) {
                                        dayBest = cost;
                                        tryRoute[k] = r;
                                        tryPosition[k] = pos;
                                    }
                                }
                                before = after;
                            }
                        }
                        if (dayBest == Double.POSITIVE_INFINITY) {
                            feasible = false;
                        } else {
                            total += dayBest;
                            feasible = total < bestCost;
                        }
                    }
                    if (feasible && total < bestCost) {
                        bestCost = total;
                        bestPattern = p;
                        System.arraycopy(tryRoute, 0, bestRoute, 0, days.length);
                        System.arraycopy(tryPosition, 0, bestPosition, 0, days.length);
                    }
                }
                if (bestPattern >= 0) {
                    int[] days = patterns.get(bestPattern).days();
                    for (int k = 0; k < days.length; k++) {
                        state.insert(bestRoute[k], bestPosition[k], c);
                    }
                    state.assigned(c, bestPattern);
                }
            }
        }
    }
}
