package ua.cnap.planner.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cnap.planner.importing.DatasetStore;
import ua.cnap.planner.importing.ImportService;
import ua.cnap.planner.importing.ImportSources;
import ua.cnap.planner.store.PlannerStore;

/** Wires the import: which files (from the properties) into which store. */
@Configuration(proxyBeanMethods = false)
public class ImportConfiguration {

    @Bean
    ImportService importService(DatasetStore datasetStore, PlannerStore store) {
        return new ImportService(datasetStore, store.description());
    }

    @Bean
    ImportSources importSources(PlannerProperties properties) {
        return ImportSources.standard(properties.dataDir(), properties.boundaries().path(),
                properties.boundaries().codeField());
    }
}
