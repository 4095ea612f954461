package ua.cnap.planner.planning;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.network.AccessPointKind;
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
 * Capacity is visits per working day. Demand: about 0.3 services per resident per year
 * (Dnipropetrovsk oblast delivered 2.75 million services to about 3.1 million residents in 2021–2023).
 */
public final class CostAssumptions {

    public static final double VISITS_PER_RESIDENT_PER_YEAR = 0.3;
    public static final int WORKING_DAYS_PER_YEAR = 250;
    public static final int HORIZON_YEARS = 3;

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
}
