package ua.cnap.planner.routing.cvrp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The perturbation between local-search rounds: remove a customer and its nearest neighbours from
 * their routes (a spatial "ruin", so that the removed customers can swap routes among each other),
 * then put them back one by one, in random order, where they cost least while fitting
 * ({@link SavingsConstruction#insertCheapest}). Deterministic for a given {@link Random}.
 */
final class RuinAndRecreate {

    private RuinAndRecreate() {
    }

    /** A perturbed copy of {@code routes}; {@code removeCount} customers are moved. */
    static List<List<Integer>> perturb(CvrpProblem problem, List<List<Integer>> routes, int removeCount, Random random) {
        List<List<Integer>> result = new ArrayList<>();
        List<Integer> customers = new ArrayList<>();
        for (List<Integer> route : routes) {
            result.add(new ArrayList<>(route));
            customers.addAll(route);
        }
        if (customers.isEmpty()) {
            return result;
        }
        int seed = customers.get(random.nextInt(customers.size()));
        int[] fromSeed = problem.distance()[seed];
        customers.sort(Comparator.<Integer>comparingInt(c -> fromSeed[c]).thenComparingInt(c -> c));
        Set<Integer> removed = new HashSet<>(customers.subList(0, Math.min(removeCount, customers.size())));
        for (List<Integer> route : result) {
            route.removeIf(removed::contains);
        }
        List<Integer> order = new ArrayList<>(removed);
        Collections.sort(order);
        Collections.shuffle(order, random);
        for (int customer : order) {
            SavingsConstruction.insertCheapest(problem, result, customer);
        }
        return result;
    }
}
