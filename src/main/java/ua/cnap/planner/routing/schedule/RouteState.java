package ua.cnap.planner.routing.schedule;

import java.util.Arrays;

/**
 * The engine's mutable working copy of a schedule: one growable array of customers per vehicle and
 * day, with each route's load, travel and service kept, where each customer is on each day, and the
 * objective kept up to date. Package-private: only {@link ScheduleEngine} and {@link SavingsStart} use it.
 */
final class RouteState {

    final ScheduleProblem problem;
    final int days;
    /** Route r = vehicle × days + day. */
    final int[][] seq;
    final int[] len;
    final long[] load;
    final double[] travel;
    final double[] service;
    /** Non-empty routes per vehicle. */
    final int[] usedRoutes;
    /** Chosen pattern per customer, -1 when not served. */
    final int[] pattern;
    /** Vehicle serving customer c on day d at [c × days + d], -1 if none. */
    final int[] vehicleOn;
    double travelTotal;
    double fixedTotal;
    double missedTotal;

    RouteState(ScheduleProblem problem) {
        this.problem = problem;
        this.days = problem.days();
        int routes = problem.vehicles().size() * days;
        seq = new int[routes][4];
        len = new int[routes];
        load = new long[routes];
        travel = new double[routes];
        service = new double[routes];
        usedRoutes = new int[problem.vehicles().size()];
        pattern = new int[problem.customers().size()];
        Arrays.fill(pattern, -1);
        vehicleOn = new int[problem.customers().size() * days];
        Arrays.fill(vehicleOn, -1);
        for (ScheduleProblem.Customer customer : problem.customers()) {
            missedTotal += customer.missedPenalty();
        }
    }

    private RouteState(RouteState other) {
        problem = other.problem;
        days = other.days;
        seq = new int[other.seq.length][];
        for (int r = 0; r < seq.length; r++) {
            seq[r] = Arrays.copyOf(other.seq[r], Math.max(4, other.len[r] + 2));
        }
        len = other.len.clone();
        load = other.load.clone();
        travel = other.travel.clone();
        service = other.service.clone();
        usedRoutes = other.usedRoutes.clone();
        pattern = other.pattern.clone();
        vehicleOn = other.vehicleOn.clone();
        travelTotal = other.travelTotal;
        fixedTotal = other.fixedTotal;
        missedTotal = other.missedTotal;
    }

    RouteState copy() {
        return new RouteState(this);
    }

    double objective() {
        return travelTotal * problem.travelCostPerUnit() + fixedTotal + missedTotal;
    }

    int route(int vehicle, int day) {
        return vehicle * days + day;
    }

    int depotOf(int route) {
        return problem.vehicles().get(route / days).depotNode();
    }

    /** Node before position {@code pos} of route r (the depot for pos 0). */
    int nodeBefore(int r, int pos) {
        return pos == 0 ? depotOf(r) : problem.customers().get(seq[r][pos - 1]).node();
    }

    /** Node at position {@code pos} of route r (the depot past the end). */
    int nodeAt(int r, int pos) {
        return pos >= len[r] ? depotOf(r) : problem.customers().get(seq[r][pos]).node();
    }

    /** Inserts customer c at position pos of route r (the caller keeps the pattern bookkeeping). */
    void insert(int r, int pos, int c) {
        ScheduleProblem.Customer customer = problem.customers().get(c);
        double[][] t = problem.travel();
        int before = nodeBefore(r, pos);
        int after = nodeAt(r, pos);
        double delta = t[before][customer.node()] + t[customer.node()][after] - t[before][after];
        if (len[r] == seq[r].length) {
            seq[r] = Arrays.copyOf(seq[r], seq[r].length * 2);
        }
        System.arraycopy(seq[r], pos, seq[r], pos + 1, len[r] - pos);
        seq[r][pos] = c;
        if (len[r]++ == 0) {
            int v = r / days;
            if (usedRoutes[v]++ == 0) {
                fixedTotal += problem.vehicles().get(v).fixedCost();
            }
        }
        load[r] += customer.demand();
        service[r] += customer.serviceDuration();
        travel[r] += delta;
        travelTotal += delta;
        vehicleOn[c * days + r % days] = r / days;
    }

    /** Removes customer c from route r. */
    void remove(int r, int c) {
        int pos = -1;
        for (int i = 0; i < len[r]; i++) {
            if (seq[r][i] == c) {
                pos = i;
                break;
            }
        }
        if (pos < 0) {
            throw new IllegalStateException("customer " + c + " not on route " + r);
        }
        ScheduleProblem.Customer customer = problem.customers().get(c);
        double[][] t = problem.travel();
        int before = nodeBefore(r, pos);
        int after = nodeAt(r, pos + 1);
        double delta = t[before][after] - t[before][customer.node()] - t[customer.node()][after];
        System.arraycopy(seq[r], pos + 1, seq[r], pos, len[r] - pos - 1);
        if (--len[r] == 0) {
            int v = r / days;
            if (--usedRoutes[v] == 0) {
                fixedTotal -= problem.vehicles().get(v).fixedCost();
            }
            delta = -travel[r];
        }
        load[r] -= customer.demand();
        service[r] -= customer.serviceDuration();
        travel[r] += delta;
        travelTotal += delta;
        vehicleOn[c * days + r % days] = -1;
    }

    /** Takes customer c off every day of its pattern. */
    void unassign(int c) {
        int p = pattern[c];
        if (p < 0) {
            return;
        }
        for (int d : problem.customers().get(c).patterns().get(p).days()) {
            remove(route(vehicleOn[c * days + d], d), c);
        }
        pattern[c] = -1;
        missedTotal += problem.customers().get(c).missedPenalty();
    }

    /** Records that customer c is now served on pattern p (its visits already inserted). */
    void assigned(int c, int p) {
        pattern[c] = p;
        missedTotal -= problem.customers().get(c).missedPenalty();
    }

    Schedule toSchedule() {
        int vehicles = problem.vehicles().size();
        int[][][] routes = new int[vehicles][days][];
        for (int v = 0; v < vehicles; v++) {
            for (int d = 0; d < days; d++) {
                int r = route(v, d);
                routes[v][d] = Arrays.copyOf(seq[r], len[r]);
            }
        }
        return new Schedule(routes, pattern.clone());
    }

    /** Loads a schedule (assumed to follow the rules of patterns; capacity and duration not checked). */
    static RouteState of(ScheduleProblem problem, Schedule schedule) {
        RouteState state = new RouteState(problem);
        for (int v = 0; v < problem.vehicles().size(); v++) {
            for (int d = 0; d < problem.days(); d++) {
                int r = state.route(v, d);
                for (int c : schedule.routes()[v][d]) {
                    state.insert(r, state.len[r], c);
                }
            }
        }
        for (int c = 0; c < schedule.pattern().length; c++) {
            if (schedule.pattern()[c] >= 0) {
                state.assigned(c, schedule.pattern()[c]);
            }
        }
        return state;
    }
}
