package ua.cnap.planner.config;

import java.nio.file.Path;
import java.util.List;
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
        List<ImportSources.GridSource> grids = properties.populationGrids().stream()
                .map(g -> new ImportSources.GridSource(g.layer(), Path.of(g.path()), false))
                .toList();
        return ImportSources.standard(properties.dataDirPath(), properties.boundaries().path(),
                properties.boundaries().codeField(), grids);
    }
}
