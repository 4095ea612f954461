package ua.cnap.planner.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.importing.DatasetStore;
import ua.cnap.planner.importing.RegisterUploadService;
import ua.cnap.planner.layers.CoverageCache;
import ua.cnap.planner.layers.HromadaShapes;
import ua.cnap.planner.layers.MapLayers;
import ua.cnap.planner.layers.ScenarioCoverage;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.territory.TerritoryRepository;

/** Wires the planning map's layers, scenarios and register uploads. */
@Configuration(proxyBeanMethods = false)
public class MapConfiguration {

    @Bean
    CoverageCache coverageCache(CoverageService coverage, PlannerProperties properties) {
        return new CoverageCache(coverage, properties.map().cachedCoverages());
    }

    @Bean
    HromadaShapes hromadaShapes(TerritoryRepository territory) {
        return new HromadaShapes(territory);
    }

    @Bean
    MapLayers mapLayers(CoverageCache cache, HromadaShapes shapes, TerritoryRepository territory,
            AccessPointRepository network) {
        return new MapLayers(cache, shapes, territory, network);
    }

    @Bean
    ScenarioCoverage scenarioCoverage(MapLayers layers, CoverageCache cache) {
        return new ScenarioCoverage(layers, cache);
    }

    /** A saved register drops every cached coverage result and plan comparison. */
    @Bean
    RegisterUploadService registerUploadService(TerritoryRepository territory, AccessPointRepository network,
            DatasetStore store, MapLayers layers, ScenarioCoverage scenarios) {
        return new RegisterUploadService(territory, network, store, () -> {
            layers.invalidate();
            scenarios.invalidate();
        });
    }
}
