package ua.cnap.planner.planning;

import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.network.AccessPointKind;

/**
 * One expansion-planning problem, solver-neutral: OptaPlanner proposes a plan for it, OR-Tools
 * solves it exactly (bound and gap), and {@code plan --export-instance} writes it as JSON for anyone
 * to solve. Built from a coverage result by {@code InstanceBuilder}.
 *
 * @param name                   e.g. "Чернівецька, 30 min / 14 km, 5,000,000 UAH"
 * @param budgetUah              money available: one-off costs plus yearly costs over the horizon
 * @param horizonYears           years of running costs counted against the budget
 * @param demand                 settlements (demand points) of the area
 * @param coveredByExisting      ids of demand points the existing open network already covers
 * @param candidates             settlements where a new access point may open, with their options
 * @param hromadaCodes            hromadas of the area
 * @param hromadasWithMainOffice hromadas that already have an open main office
 * @param kinds                  the cost and capacity assumptions per kind, shown in every output
 * @param rules                  which business rules apply
 * @param kindLimits             the most proposals of a kind (the donor's passport stations and mobile
 *                               cases); kinds absent are limited by the budget only
 */
public record PlanningInstance(
        String name,
        long budgetUah,
        int horizonYears,
        List<Demand> demand,
        Set<String> coveredByExisting,
        List<Candidate> candidates,
        Set<String> hromadaCodes,
        Set<String> hromadasWithMainOffice,
        Map<AccessPointKind, KindAssumptions> kinds,
        Rules rules,
        Map<AccessPointKind, Integer> kindLimits) {

    public PlanningInstance {
        kindLimits = kindLimits == null ? Map.of() : Map.copyOf(kindLimits);
        demand = List.copyOf(demand);
        coveredByExisting = Set.copyOf(coveredByExisting);
        candidates = List.copyOf(candidates);
        hromadaCodes = Set.copyOf(hromadaCodes);
        hromadasWithMainOffice = Set.copyOf(hromadasWithMainOffice);
        kinds = Map.copyOf(kinds);
    }

    /** The same instance with another budget (a benchmark tries several budgets on one instance). */
    public PlanningInstance withBudgetUah(long newBudgetUah) {
        return new PlanningInstance(name, newBudgetUah, horizonYears, demand, coveredByExisting, candidates,
                hromadaCodes, hromadasWithMainOffice, kinds, rules, kindLimits);
    }

    /** An instance without limits per kind. */
    public PlanningInstance(String name, long budgetUah, int horizonYears, List<Demand> demand,
            Set<String> coveredByExisting, List<Candidate> candidates, Set<String> hromadaCodes,
            Set<String> hromadasWithMainOffice, Map<AccessPointKind, KindAssumptions> kinds, Rules rules) {
        this(name, budgetUah, horizonYears, demand, coveredByExisting, candidates, hromadaCodes,
                hromadasWithMainOffice, kinds, rules, Map.of());
    }

    /**
     * A demand point.
     *
     * @param id                       settlement id
     * @param population               people living there
     * @param hromadaCode              its hromada
     * @param baselineTravelSeconds    travel time to the nearest existing open fixed access point;
     *                                 {@link Double#POSITIVE_INFINITY} if none within the search limit
     */
    public record Demand(String id, long population, String hromadaCode, double baselineTravelSeconds) {
    }

    /**
     * A settlement where a new access point may open.
     *
     * @param id           candidate id (e.g. {@code candidate:<settlement id>})
     * @param settlementId the settlement
     * @param name         settlement name
     * @param lon          longitude
     * @param lat          latitude
     * @param hromadaCode  its hromada
     * @param options      the kinds it may open as
     */
    public record Candidate(String id, String settlementId, String name, double lon, double lat, String hromadaCode,
            List<Option> options) {

        public Candidate {
            options = List.copyOf(options);
        }

        /**
         * Equipment for an existing office (a passport station, a mobile case) rather than a new access
         * point in a settlement.
         */
        public boolean isEquipment() {
            return !options.isEmpty() && options.stream().allMatch(o -> o.kind().isEquipment());
        }

        /**
         * What "one new access point per settlement" counts: the settlement, or for equipment the
         * candidate itself (a station and a case may go to the same office, and beside a new office).
         */
        public String settlementSlot() {
            return isEquipment() ? id : settlementId;
        }
    }

    /**
     * Opening a candidate as one kind.
     *
     * @param kind    MAIN_OFFICE, BRANCH or REMOTE_WORKPLACE; PASSPORT_STATION or MOBILE_CASE for equipment
     *                given to an existing office
     * @param costUah one-off cost plus yearly cost over the horizon
     * @param covers  ids of demand points it would cover under the standard
     * @param reaches demand points within the search limit and their travel time in seconds (for
     *                the travel-time objective and capacity); includes {@code covers}
     */
    public record Option(AccessPointKind kind, long costUah, List<String> covers, Map<String, Double> reaches) {

        public Option {
            covers = List.copyOf(covers);
            reaches = Map.copyOf(reaches);
        }
    }

    /**
     * Cost, capacity and services of a kind of access point: configurable defaults, shown as
     * assumptions in every output.
     *
     * @param oneOffCostUah        setting up (premises, equipment, training)
     * @param yearlyCostUah        running it for a year (staff, rent)
     * @param capacityVisitsPerDay visits it can serve per working day
     * @param services             service groups it offers
     */
    public record KindAssumptions(long oneOffCostUah, long yearlyCostUah, int capacityVisitsPerDay,
            Set<String> services) {

        public KindAssumptions {
            // sorted, so that every JSON of a plan lists them in the same order (diffable outputs)
            services = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(services));
        }
    }

    /**
     * Which rules apply. Budget and one-new-access-point-per-settlement always do.
     *
     * @param mainOfficeInEveryHromada       every hromada has or gets a main office (hard)
     * @param branchNeedsMainOffice          a branch or remote workplace sits in a hromada that has or
     *                                       gets a main office (hard)
     * @param capacity                       how the capacity rule applies
     * @param visitsPerResidentPerYear       demand for visits, for the capacity rule
     * @param workingDaysPerYear             days an access point is open, for the capacity rule
     */
    public record Rules(boolean mainOfficeInEveryHromada, boolean branchNeedsMainOffice, CapacityRule capacity,
            double visitsPerResidentPerYear, int workingDaysPerYear) {

        /** Only budget and one-per-settlement: the pure maximal-covering problem. */
        public static Rules none() {
            return new Rules(false, false, CapacityRule.OFF, 0, 250);
        }
    }

    /** The capacity rule: off, a soft penalty, or a hard limit. */
    public enum CapacityRule {
        OFF, SOFT, HARD
    }
}
