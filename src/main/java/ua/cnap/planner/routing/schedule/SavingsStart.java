package ua.cnap.planner.routing.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The engine's start: a pattern per customer that balances the days' loads, then, day by day,
 * Clarke and Wright's parallel savings (merge the end of one route with the start of another where
 * that saves most, capacity and duration kept). The longest routes go to the day's vehicles; customers
 * left over, and every customer when the vehicles start from different depots (savings assume one),
 * are left for the engine's recreate to insert.
 */
final class SavingsStart {

    private SavingsStart() {
    }

    static RouteState build(ScheduleProblem problem) {
        RouteState state = new RouteState(problem);
        List<ScheduleProblem.Vehicle> vehicles = problem.vehicles();
        int customers = problem.customers().size();
        if (vehicles.isEmpty() || customers == 0) {
            return state;
        }
        int depot = vehicles.get(0).depotNode();
        long capacity = Long.MAX_VALUE;
        double maxDuration = Double.POSITIVE_INFINITY;
        for (ScheduleProblem.Vehicle vehicle : vehicles) {
            if (vehicle.depotNode() != depot) {
                return state;
            }
            capacity = Math.min(capacity, vehicle.capacity());
            maxDuration = Math.min(maxDuration, vehicle.maxDuration());
        }
        int[] chosen = balancePatterns(problem);
        double[][] t = problem.travel();
        int[] placed = new int[customers];
        for (int day = 0; day < problem.days(); day++) {
            List<Integer> today = new ArrayList<>();
            for (int c = 0; c < customers; c++) {
                if (problem.customers().get(c).patterns().get(chosen[c]).contains(day)) {
                    today.add(c);
                }
            }
            List<List<Integer>> routes = savings(problem, today, depot, capacity, maxDuration, t);
            routes.sort(Comparator.comparingInt((List<Integer> r) -> -r.size()));
            for (int v = 0; v < Math.min(vehicles.size(), routes.size()); v++) {
                int r = state.route(v, day);
                for (int c : routes.get(v)) {
                    state.insert(r, state.len[r], c);
                    placed[c]++;
                }
            }
        }
        for (int c = 0; c < customers; c++) {
            VisitPattern pattern = problem.customers().get(c).patterns().get(chosen[c]);
            if (placed[c] == pattern.visits()) {
                state.assigned(c, chosen[c]);
            } else {
                for (int day : pattern.days()) {
                    int v = state.vehicleOn[c * state.days + day];
                    if (v >= 0) {
                        state.remove(state.route(v, day), c);
                    }
                }
            }
        }
        return state;
    }

    /** For each customer, most visits first, the pattern whose days carry least demand so far. */
    private static int[] balancePatterns(ScheduleProblem problem) {
        int customers = problem.customers().size();
        int[] chosen = new int[customers];
        double[] dayLoad = new double[problem.days()];
        Integer[] order = new Integer[customers];
        for (int c = 0; c < customers; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -weight(problem.customers().get(c))));
        for (int c : order) {
            ScheduleProblem.Customer customer = problem.customers().get(c);
            double best = Double.POSITIVE_INFINITY;
            for (int p = 0; p < customer.patterns().size(); p++) {
                double load = 0;
                for (int day : customer.patterns().get(p).days()) {
                    load += dayLoad[day];
                }
                if (load < best) {
                    best = load;
                    chosen[c] = p;
                }
            }
            for (int day : customer.patterns().get(chosen[c]).days()) {
                dayLoad[day] += Math.max(1, customer.demand()) + customer.serviceDuration();
            }
        }
        return chosen;
    }

    private static double weight(ScheduleProblem.Customer customer) {
        return (Math.max(1, customer.demand()) + customer.serviceDuration()) * customer.patterns().get(0).visits();
    }

    private record Saving(int from, int to, double value) {
    }

    private static List<List<Integer>> savings(ScheduleProblem problem, List<Integer> today, int depot,
            long capacity, double maxDuration, double[][] t) {
        int n = problem.customers().size();
        int[] routeOf = new int[n];
        List<List<Integer>> routes = new ArrayList<>();
        List<Long> loads = new ArrayList<>();
        List<Double> durations = new ArrayList<>();
        today.removeIf(c -> {
            ScheduleProblem.Customer customer = problem.customers().get(c);
            return customer.demand() > capacity || t[depot][customer.node()] + customer.serviceDuration()
                    + t[customer.node()][depot] > maxDuration + ScheduleEvaluator.EPSILON;
        });
        for (int c : today) {
            ScheduleProblem.Customer customer = problem.customers().get(c);
            routeOf[c] = routes.size();
            routes.add(new ArrayList<>(List.of(c)));
            loads.add(customer.demand());
            durations.add(t[depot][customer.node()] + customer.serviceDuration() + t[customer.node()][depot]);
        }
        List<Saving> candidates = new ArrayList<>();
        for (int i : today) {
            int a = problem.customers().get(i).node();
            for (int j : today) {
                int b = problem.customers().get(j).node();
                if (i != j) {
                    double value = t[a][depot] + t[depot][b] - t[a][b];
                    if (value > 0) {
                        candidates.add(new Saving(i, j, value));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Saving s) -> -s.value()).thenComparingInt(Saving::from)
                .thenComparingInt(Saving::to));
        for (Saving s : candidates) {
            int ra = routeOf[s.from()];
            int rb = routeOf[s.to()];
            if (ra == rb) {
                continue;
            }
            List<Integer> a = routes.get(ra);
            List<Integer> b = routes.get(rb);
            if (a.get(a.size() - 1) != s.from() || b.get(0) != s.to()) {
                continue;
            }
            long load = loads.get(ra) + loads.get(rb);
            double duration = durations.get(ra) + durations.get(rb) - s.value();
            if (load > capacity || duration > maxDuration + ScheduleEvaluator.EPSILON) {
                continue;
            }
            a.addAll(b);
            b.clear();
            for (int c : a) {
                routeOf[c] = ra;
            }
            loads.set(ra, load);
            durations.set(ra, duration);
        }
        List<List<Integer>> result = new ArrayList<>();
        for (List<Integer> route : routes) {
            if (!route.isEmpty()) {
                result.add(route);
            }
        }
        return result;
    }
}
