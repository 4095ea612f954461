package ua.cnap.planner.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.planning.PlanningInstance.Candidate;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;
import ua.cnap.planner.planning.PlanningInstance.Option;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.travel.GreatCircle;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * Turns a coverage result into a {@link PlanningInstance}.
 *
 * <p>Candidates are settlements of the area with at least {@code minCandidatePopulation} residents
 * plus every hromada's centre (the settlement nearest its administrative centre, within 3 km). The
 * issue also names centres of former village councils (starosta districts); the open data has no
 * list of them, so they are not candidates yet. A candidate is kept only if it covers somebody the
 * existing network does not, or stands in a hromada without a main office (where the main-office
 * rule may need it): others cannot change the coverage objective and would only slow the solvers.
 *
 * <p>Coverage sets come from one {@code travelTo} per candidate with the same travel model and
 * standard as the coverage result, so "newly covered" means exactly what the coverage report means.
 */
public final class InstanceBuilder {

    private static final double CENTRE_MATCH_METERS = 3_000;

    /**
     * What to build.
     *
     * @param budgetUah              budget
     * @param horizonYears           years of running costs counted
     * @param kinds                  kinds that may open, with their assumptions
     * @param rules                  rules that apply
     * @param minCandidatePopulation settlements smaller than this are candidates only as hromada centres
     * @param requirement            the service (and step-free access) planned for: new offices of a kind
     *                               that does not offer it are not options
     * @param equipment              equipment kinds that may be given to existing offices, with their
     *                               assumptions (empty: none)
     * @param kindLimits             the most proposals of a kind
     */
    public record Settings(long budgetUah, int horizonYears, Map<AccessPointKind, KindAssumptions> kinds,
            PlanningInstance.Rules rules, long minCandidatePopulation, ServiceRequirement requirement,
            Map<AccessPointKind, KindAssumptions> equipment, Map<AccessPointKind, Integer> kindLimits) {

        public Settings {
            requirement = requirement == null ? ServiceRequirement.ANY : requirement;
            equipment = equipment == null ? Map.of() : Map.copyOf(equipment);
            kindLimits = kindLimits == null ? Map.of() : Map.copyOf(kindLimits);
        }

        /** New access points only, for any service. */
        public Settings(long budgetUah, int horizonYears, Map<AccessPointKind, KindAssumptions> kinds,
                PlanningInstance.Rules rules, long minCandidatePopulation) {
            this(budgetUah, horizonYears, kinds, rules, minCandidatePopulation, ServiceRequirement.ANY, Map.of(),
                    Map.of());
        }

        /** The kinds of new access point that offer the service planned for. */
        Map<AccessPointKind, KindAssumptions> officeKinds() {
            Map<AccessPointKind, KindAssumptions> offering = new LinkedHashMap<>();
            kinds.forEach((kind, assumptions) -> {
                if (requirement.service() == null || assumptions.services().contains(requirement.service().name())) {
                    offering.put(kind, assumptions);
                }
            });
            return offering;
        }
    }

    public PlanningInstance build(String name, CoverageResult coverage, List<Hromada> hromadas,
            List<AccessPoint> existing, TravelTimeModel model, Settings settings) {
        List<SettlementAccess> access = coverage.accessibility().settlements();
        AccessStandard standard = coverage.accessibility().standard();
        double searchLimitSeconds = coverage.accessibility().searchLimitSeconds();

        List<Demand> demand = new ArrayList<>(access.size());
        Set<String> coveredByExisting = new HashSet<>();
        List<Point> demandPoints = new ArrayList<>(access.size());
        for (SettlementAccess a : access) {
            Settlement s = a.settlement();
            demand.add(new Demand(s.id(), s.population(), s.hromadaCode(),
                    a.reachable() ? a.nearest().seconds() : Double.POSITIVE_INFINITY));
            demandPoints.add(s.point());
            if (a.covered()) {
                coveredByExisting.add(s.id());
            }
        }

        Set<String> hromadaCodes = new HashSet<>();
        hromadas.forEach(h -> hromadaCodes.add(h.code()));
        Set<String> withMainOffice = new HashSet<>();
        for (AccessPoint point : existing) {
            if (point.kind() == AccessPointKind.MAIN_OFFICE && point.status() == AccessPointStatus.OPEN
                    && hromadaCodes.contains(point.hromadaCode())) {
                withMainOffice.add(point.hromadaCode());
            }
        }
        Set<String> centres = hromadaCentreSettlements(hromadas, access);

        Map<AccessPointKind, KindAssumptions> officeKinds = settings.officeKinds();
        List<Candidate> candidates = new ArrayList<>();
        for (SettlementAccess a : access) {
            if (officeKinds.isEmpty()) {
                break; // equipment only
            }
            Settlement s = a.settlement();
            boolean centre = centres.contains(s.id());
            if (s.population() < settings.minCandidatePopulation() && !centre) {
                continue;
            }
            SiteReach site = SiteReach.from(s.point(), demand, demandPoints, coveredByExisting, standard,
                    searchLimitSeconds, model);
            boolean mayBeNeededForMainOffice = !withMainOffice.contains(s.hromadaCode());
            if (!site.coversSomebodyNew() && !mayBeNeededForMainOffice) {
                continue;
            }
            List<Option> options = new ArrayList<>();
            officeKinds.forEach((kind, assumptions) -> options.add(new Option(kind,
                    assumptions.oneOffCostUah() + assumptions.yearlyCostUah() * settings.horizonYears(), site.covers(),
                    site.reaches())));
            candidates.add(new Candidate("candidate:" + s.id(), s.id(), s.nameUk(), s.point().getX(), s.point().getY(),
                    s.hromadaCode(), options));
        }
        candidates.addAll(new EquipmentCandidates(demand, access.stream().map(SettlementAccess::settlement).toList(),
                coveredByExisting, standard, searchLimitSeconds, model)
                .build(existing, hromadaCodes, settings.equipment(), settings.horizonYears(), settings.requirement()));
        // every kind that may be proposed is printed with its assumptions
        Map<AccessPointKind, KindAssumptions> assumptions = new LinkedHashMap<>(officeKinds);
        assumptions.putAll(settings.equipment());
        return new PlanningInstance(name, settings.budgetUah(), settings.horizonYears(), demand, coveredByExisting,
                candidates, hromadaCodes, withMainOffice, assumptions, settings.rules(), settings.kindLimits());
    }

    /** The settlement nearest each hromada's administrative centre, if within 3 km. */
    private static Set<String> hromadaCentreSettlements(List<Hromada> hromadas, List<SettlementAccess> access) {
        Map<String, List<Settlement>> byHromada = new HashMap<>();
        access.forEach(a -> byHromada.computeIfAbsent(a.settlement().hromadaCode(), k -> new ArrayList<>())
                .add(a.settlement()));
        Set<String> centres = new HashSet<>();
        for (Hromada hromada : hromadas) {
            Settlement best = null;
            double bestMeters = CENTRE_MATCH_METERS;
            for (Settlement s : byHromada.getOrDefault(hromada.code(), List.of())) {
                double meters = GreatCircle.distanceMeters(s.point(), hromada.centre());
                if (meters <= bestMeters) {
                    best = s;
                    bestMeters = meters;
                }
            }
            if (best != null) {
                centres.add(best.id());
            }
        }
        return centres;
    }
}
