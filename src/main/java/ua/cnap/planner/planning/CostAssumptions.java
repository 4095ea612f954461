package ua.cnap.planner.planning;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;

/**
 * Default costs and capacities of new access points, in UAH. These are ASSUMPTIONS for planning
 * (order of magnitude from public reporting, not prices), configurable in application.yml and
 * printed with every plan:
 * <ul>
 *   <li>main office (ЦНАП): premises refit, furniture, 8 workstations and a passport station
 *       (Дія.Центр refits are reported at several million UAH); about 8 staff;</li>
 *   <li>branch (ТП): a smaller office with 3 workstations and 3 staff;</li>
 *   <li>remote workplace (ВРМ): one administrator's workstation, ID-card reader and printer in an
 *       existing building (often the starosta's office); one salary.</li>
 * </ul>
 * Equipment that a plan may give to an existing office (donor programmes hand out both):
 * <ul>
 *   <li>passport station: the biometric workstation (camera, fingerprint and signature pads, document
 *       printer interface) with installation and training; upkeep and connectivity yearly; it makes the
 *       office offer passport services;</li>
 *   <li>mobile case: laptop, ID-card reader, printer and the portable passport kit; yearly the
 *       administrator's time and travel, the same yearly figure as the mobile routes use
 *       ({@link #MOBILE_CASE_YEARLY_UAH}); it serves settlements beyond the standard within
 *       {@link #MOBILE_CASE_REACH_MINUTES} minutes of its office, up to {@link #MOBILE_CASE_VISITS_PER_MONTH}
 *       visits a month, each settlement taking {@link #MOBILE_CASE_VISITS_PER_SETTLEMENT} visits a month
 *       ({@link #MOBILE_CASE_VISITS_PER_LARGE_SETTLEMENT} from {@link #MOBILE_CASE_LARGE_SETTLEMENT} residents),
 *       as the mobile-route visit rules.</li>
 * </ul>
 * Capacity is visits per working day. Demand: about 0.3 services per resident per year
 * (Dnipropetrovsk oblast delivered 2.75 million services to about 3.1 million residents in 2021–2023).
 */
public final class CostAssumptions {

    public static final double VISITS_PER_RESIDENT_PER_YEAR = 0.3;
    public static final int WORKING_DAYS_PER_YEAR = 250;
    public static final int HORIZON_YEARS = 3;

    /** A mobile case's yearly cost: the administrator's time and travel (mobile routes use it too). */
    public static final long MOBILE_CASE_YEARLY_UAH = 330_000;
    /** How far from its office a mobile case goes, in minutes of modelled travel. */
    public static final int MOBILE_CASE_REACH_MINUTES = 45;
    /** Visits a mobile case makes in a month: one a working day. */
    public static final int MOBILE_CASE_VISITS_PER_MONTH = 20;
    /** Visits a month a settlement served by a mobile case takes. */
    public static final int MOBILE_CASE_VISITS_PER_SETTLEMENT = 2;
    /** Visits a month a large settlement takes. */
    public static final int MOBILE_CASE_VISITS_PER_LARGE_SETTLEMENT = 4;
    /** Residents from which a settlement is large. */
    public static final long MOBILE_CASE_LARGE_SETTLEMENT = 2_000;

    private CostAssumptions() {
    }

    public static Map<AccessPointKind, KindAssumptions> defaults() {
        Map<AccessPointKind, KindAssumptions> kinds = new EnumMap<>(AccessPointKind.class);
        kinds.put(AccessPointKind.MAIN_OFFICE, new KindAssumptions(3_000_000, 2_400_000, 200,
                Set.of("PASSPORT", "DRIVERS", "CIVIL_REGISTRY", "SOCIAL", "RESIDENCE", "PROPERTY_AND_LAND",
                        "BUSINESS", "WAR_DAMAGE", "VETERANS")));
        kinds.put(AccessPointKind.BRANCH, new KindAssumptions(1_200_000, 900_000, 80,
                Set.of("PASSPORT", "CIVIL_REGISTRY", "SOCIAL", "RESIDENCE", "PROPERTY_AND_LAND", "WAR_DAMAGE",
                        "VETERANS")));
        kinds.put(AccessPointKind.REMOTE_WORKPLACE, new KindAssumptions(150_000, 330_000, 25,
                Set.of("SOCIAL", "RESIDENCE", "PROPERTY_AND_LAND", "WAR_DAMAGE")));
        return kinds;
    }

    /** Equipment a plan may give to existing offices: passport stations and mobile cases. */
    public static Map<AccessPointKind, KindAssumptions> equipmentDefaults() {
        Map<AccessPointKind, KindAssumptions> kinds = new EnumMap<>(AccessPointKind.class);
        kinds.put(AccessPointKind.PASSPORT_STATION, new KindAssumptions(1_300_000, 150_000, 40, Set.of("PASSPORT")));
        // a case offers what a visit of one can (routing.mobile.MobileOffer): no vehicle or business services
        Set<String> caseServices = EnumSet.complementOf(EnumSet.of(ServiceKind.DRIVERS, ServiceKind.BUSINESS)).stream()
                .map(Enum::name).collect(java.util.stream.Collectors.toSet());
        kinds.put(AccessPointKind.MOBILE_CASE, new KindAssumptions(250_000, MOBILE_CASE_YEARLY_UAH, 25, caseServices));
        return kinds;
    }

    /** Visits a month a settlement of this many residents takes from a mobile case. */
    public static int mobileCaseVisitsPerMonth(long population) {
        return population >= MOBILE_CASE_LARGE_SETTLEMENT ? MOBILE_CASE_VISITS_PER_LARGE_SETTLEMENT
                : MOBILE_CASE_VISITS_PER_SETTLEMENT;
    }

    /** The mobile-case assumptions in words, printed with every plan that proposes cases. */
    public static String mobileCaseReachNote() {
        return String.format("mobile case: settlements beyond the standard within %d min of its office, up to %d "
                + "visits a month, %d a month per settlement (%d from %,d residents)", MOBILE_CASE_REACH_MINUTES,
                MOBILE_CASE_VISITS_PER_MONTH, MOBILE_CASE_VISITS_PER_SETTLEMENT,
                MOBILE_CASE_VISITS_PER_LARGE_SETTLEMENT, MOBILE_CASE_LARGE_SETTLEMENT);
    }
}
