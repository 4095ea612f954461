package ua.cnap.planner.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.export.ExportService;
import ua.cnap.planner.export.MapStyles;
import ua.cnap.planner.importing.DatasetStore;
import ua.cnap.planner.population.SettlementRepository;
import ua.cnap.planner.territory.TerritoryRepository;
import ua.cnap.planner.wartime.WartimeExclusions;
import ua.cnap.planner.wartime.WartimeRepository;

/** Wires exports and war-time exclusions. */
@Configuration(proxyBeanMethods = false)
public class ExportConfiguration {

    @Bean
    ExportService exportService(CoverageService coverage, TerritoryRepository territory, DatasetStore datasets) {
        return new ExportService(coverage, territory, MapStyles.load(), datasets::findLastRun);
    }

    @Bean
    WartimeExclusions wartimeExclusions(WartimeRepository lists, TerritoryRepository territory,
            SettlementRepository settlements) {
        return new WartimeExclusions(lists, territory, settlements);
    }
}
