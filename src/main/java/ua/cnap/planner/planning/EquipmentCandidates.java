package ua.cnap.planner.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.planning.PlanningInstance.Candidate;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;
import ua.cnap.planner.planning.PlanningInstance.Option;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.travel.GreatCircle;
import ua.cnap.planner.travel.Travel;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * Equipment candidates: existing open offices that a passport station or a mobile case would let
 * serve more people for the service asked. Each is a candidate of one option, so the plan's model,
 * the exact reference and the exported instance treat them as any other choice.
 * <ul>
 *   <li>A <b>passport station</b> goes to an office whose register says it offers no passport
 *       services (an office whose register is silent about passports is not a candidate: nobody
 *       knows whether it needs one) and that, so equipped, would meet the requirement; it covers
 *       the settlements within the standard of the office, as the office itself would.</li>
 *   <li>A <b>mobile case</b> goes to an open main office or branch (ЦНАП hold them; a remote
 *       workplace is one administrator's desk); it serves settlements beyond the standard
 *       within {@link CostAssumptions#MOBILE_CASE_REACH_MINUTES} minutes of the office, nearest first,
 *       until its visits a month are used up ({@link CostAssumptions}); home visits need no step-free
 *       entrance, so a barrier-free requirement is met.</li>
 * </ul>
 */
final class EquipmentCandidates {

    private final List<Demand> demand;
    private final List<Point> demandPoints;
    private final List<Settlement> settlements;
    private final Set<String> coveredByExisting;
    private final AccessStandard standard;
    private final double searchLimitSeconds;
    private final TravelTimeModel model;

    EquipmentCandidates(List<Demand> demand, List<Settlement> settlements, Set<String> coveredByExisting,
            AccessStandard standard, double searchLimitSeconds, TravelTimeModel model) {
        this.demand = demand;
        this.settlements = settlements;
        this.demandPoints = settlements.stream().map(Settlement::point).toList();
        this.coveredByExisting = coveredByExisting;
        this.standard = standard;
        this.searchLimitSeconds = searchLimitSeconds;
        this.model = model;
    }

    /**
     * @param existing     today's network of the area
     * @param hromadaCodes hromadas planned for (offices elsewhere are not candidates)
     * @param equipment    assumptions of the equipment kinds asked for (absent kinds: none proposed)
     * @param horizonYears years of running costs
     * @param requirement  the service (and step-free access) the plan is for
     */
    List<Candidate> build(List<AccessPoint> existing, Set<String> hromadaCodes,
            Map<AccessPointKind, KindAssumptions> equipment, int horizonYears, ServiceRequirement requirement) {
        List<Candidate> candidates = new ArrayList<>();
        List<AccessPoint> offices = existing.stream()
                .filter(p -> p.status() == AccessPointStatus.OPEN && p.kind().isFixed() && p.location() != null
                        && hromadaCodes.contains(p.hromadaCode()))
                .sorted(Comparator.comparing(AccessPoint::id))
                .toList();
        KindAssumptions station = equipment.get(AccessPointKind.PASSPORT_STATION);
        KindAssumptions mobileCase = equipment.get(AccessPointKind.MOBILE_CASE);
        for (AccessPoint office : offices) {
            if (station != null && needsStation(office, requirement)) {
                SiteReach site = SiteReach.from(office.location(), demand, demandPoints, coveredByExisting, standard,
                        searchLimitSeconds, model);
                if (site.coversSomebodyNew()) {
                    candidates.add(candidate("station:" + office.id(), office, new Option(
                            AccessPointKind.PASSPORT_STATION, cost(station, horizonYears), site.covers(),
                            site.reaches())));
                }
            }
            if (mobileCase != null && caseMeets(requirement, mobileCase) && (office.kind() == AccessPointKind.MAIN_OFFICE
                    || office.kind() == AccessPointKind.BRANCH)) {
                Option option = caseOption(office, cost(mobileCase, horizonYears));
                if (!option.covers().isEmpty()) {
                    candidates.add(candidate("case:" + office.id(), office, option));
                }
            }
        }
        return candidates;
    }

    /** The register says the office offers no passport services, and a station would make it meet the requirement. */
    static boolean needsStation(AccessPoint office, ServiceRequirement requirement) {
        if (requirement.service() != ServiceKind.PASSPORT || !office.tells(ServiceKind.PASSPORT)
                || office.offers(ServiceKind.PASSPORT)) {
            return false;
        }
        return requirement.metBy(office.offering(ServiceKind.PASSPORT));
    }

    /** A case visits homes (so step-free access is met) and offers the services its assumptions list. */
    static boolean caseMeets(ServiceRequirement requirement, KindAssumptions mobileCase) {
        ServiceKind service = requirement.service();
        return service == null || mobileCase.services().contains(service.name());
    }

    private Option caseOption(AccessPoint office, long costUah) {
        double reachSeconds = Math.min(searchLimitSeconds, CostAssumptions.MOBILE_CASE_REACH_MINUTES * 60.0);
        List<Travel> travel = model.travelTo(office.location(), demandPoints, reachSeconds);
        List<Integer> beyond = new ArrayList<>();
        for (int i = 0; i < travel.size(); i++) {
            Travel t = travel.get(i);
            if (t.reachable() && t.seconds() <= reachSeconds && !coveredByExisting.contains(demand.get(i).id())
                    && demand.get(i).population() > 0) {
                beyond.add(i);
            }
        }
        beyond.sort(Comparator.comparingDouble((Integer i) -> travel.get(i).seconds())
                .thenComparing(i -> demand.get(i).id()));
        int visitsLeft = CostAssumptions.MOBILE_CASE_VISITS_PER_MONTH;
        List<String> covers = new ArrayList<>();
        Map<String, Double> reaches = new LinkedHashMap<>();
        for (int i : beyond) {
            int visits = CostAssumptions.mobileCaseVisitsPerMonth(demand.get(i).population());
            if (visits > visitsLeft) {
                continue; // a smaller settlement further out may still fit
            }
            visitsLeft -= visits;
            covers.add(demand.get(i).id());
            reaches.put(demand.get(i).id(), travel.get(i).seconds());
        }
        return new Option(AccessPointKind.MOBILE_CASE, costUah, covers, reaches);
    }

    private Candidate candidate(String id, AccessPoint office, Option option) {
        Settlement at = nearestSettlement(office);
        return new Candidate(id, at == null ? null : at.id(), office.name(), office.location().getX(),
                office.location().getY(), office.hromadaCode(), List.of(option));
    }

    /** The settlement the office stands in: the nearest of its hromada (of any, if it has none). */
    private Settlement nearestSettlement(AccessPoint office) {
        Settlement best = null;
        double bestMeters = Double.POSITIVE_INFINITY;
        boolean bestInHromada = false;
        for (Settlement s : settlements) {
            boolean inHromada = s.hromadaCode().equals(office.hromadaCode());
            double meters = GreatCircle.distanceMeters(s.point(), office.location());
            if ((inHromada && !bestInHromada) || (inHromada == bestInHromada && meters < bestMeters)) {
                best = s;
                bestMeters = meters;
                bestInHromada = inHromada;
            }
        }
        return best;
    }

    private static long cost(KindAssumptions assumptions, int horizonYears) {
        return assumptions.oneOffCostUah() + assumptions.yearlyCostUah() * horizonYears;
    }
}
