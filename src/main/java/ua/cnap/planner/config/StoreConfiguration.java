package ua.cnap.planner.config;

import ua.cnap.planner.store.JdbcWartimeRepository;
import ua.cnap.planner.wartime.WartimeRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cnap.planner.importing.DatasetStore;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.population.SettlementRepository;
import ua.cnap.planner.store.JdbcAccessPointRepository;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.JdbcSettlementRepository;
import ua.cnap.planner.store.JdbcTerritoryRepository;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreKind;
import ua.cnap.planner.store.StoreSettings;
import ua.cnap.planner.territory.TerritoryRepository;

/** Opens the configured store and exposes its repositories. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    PlannerStore plannerStore(PlannerProperties properties) {
        return PlannerStore.open(storeSettings(properties));
    }

    /** Which store the properties name: the one place that reads them, for the server and every command. */
    public static StoreSettings storeSettings(PlannerProperties properties) {
        return switch (StoreKind.parse(properties.store())) {
            case EMBEDDED -> StoreSettings.embedded(properties.workspacePath());
            case POSTGIS -> StoreSettings.postgis(properties.postgis().url(), properties.postgis().username(),
                    properties.postgis().password());
        };
    }

    @Bean
    TerritoryRepository territoryRepository(PlannerStore store) {
        return new JdbcTerritoryRepository(store);
    }

    @Bean
    SettlementRepository settlementRepository(PlannerStore store) {
        return new JdbcSettlementRepository(store);
    }

    @Bean
    AccessPointRepository accessPointRepository(PlannerStore store) {
        return new JdbcAccessPointRepository(store);
    }

    @Bean
    WartimeRepository wartimeRepository(PlannerStore store) {
        return new JdbcWartimeRepository(store);
    }

    @Bean
    DatasetStore datasetStore(PlannerStore store) {
        return new JdbcDatasetStore(store);
    }
}
