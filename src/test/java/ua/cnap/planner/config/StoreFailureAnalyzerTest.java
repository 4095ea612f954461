package ua.cnap.planner.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import ua.cnap.planner.store.DamagedStoreException;

class StoreFailureAnalyzerTest {

    @Test
    void aDamagedStoreBehindABeanFailureIsReportedWithTheRestoreCommand() {
        DamagedStoreException damaged = new DamagedStoreException(Path.of("/srv/ws/cnap-planner.mv.db"),
                Path.of("/srv/ws/backups/before-import-1.mv.db"), "H2 50000: General error", null);
        FailureAnalysis analysis = new StoreFailureAnalyzer()
                .analyze(new BeanCreationException("plannerStore", "Failed to instantiate", damaged));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("Сховище пошкоджене", "/srv/ws/cnap-planner.mv.db");
        assertThat(analysis.getAction()).contains("cnap-planner store restore /srv/ws/backups/before-import-1.mv.db")
                .doesNotContain("import again");
    }

    @Test
    void withoutABackupTheActionSaysToImportAgain() {
        DamagedStoreException damaged = new DamagedStoreException(Path.of("/srv/ws/cnap-planner.mv.db"), null,
                "H2 90030: File corrupted", null);
        FailureAnalysis analysis = new StoreFailureAnalyzer().analyze(damaged);
        assertThat(analysis.getAction()).contains("store restore FILE", "cnap-planner import");
    }
}
