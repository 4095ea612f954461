package ua.cnap.planner.config;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.planning.CostAssumptions;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.territory.TerritoryRepository;
import ua.cnap.planner.travel.TravelModelProvider;

/** Wires expansion planning. */
@Configuration(proxyBeanMethods = false)
public class PlanningConfiguration {

    @Bean(destroyMethod = "close")
    PlanningService planningService(CoverageService coverage, TerritoryRepository territory,
            AccessPointRepository network, TravelModelProvider travelModel, PlannerProperties properties) {
        return new PlanningService(coverage, territory, network, travelModel,
                properties.planning().maxRunningJobs(), properties.planning().maxKeptJobs());
    }

    /** The configured cost assumptions over the documented defaults. */
    @Bean
    PlanDefaults planDefaults(PlannerProperties properties) {
        Map<AccessPointKind, KindAssumptions> kinds = new EnumMap<>(CostAssumptions.defaults());
        Map<AccessPointKind, KindAssumptions> equipment = new EnumMap<>(CostAssumptions.equipmentDefaults());
        properties.planning().kinds().forEach((name, cost) -> {
            AccessPointKind kind = AccessPointKind.valueOf(name);
            Map<AccessPointKind, KindAssumptions> into = kind.isEquipment() ? equipment : kinds;
            KindAssumptions defaults = into.get(kind);
            into.put(kind, new KindAssumptions(cost.oneOffCostUah(), cost.yearlyCostUah(),
                    cost.capacityVisitsPerDay(), defaults == null ? java.util.Set.of() : defaults.services()));
        });
        return new PlanDefaults(kinds, properties.planning().horizonYears(), equipment);
    }
}
