package ua.cnap.planner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.io.ImportLog;

class Ukraine2017RegisterReaderTest {

    @Test
    void readsThe2017NationalMap() {
        Path geojson = ChernivtsiRegisterReaderTest.sharedData().resolve("offices/ukraine-2017/cnap_20.geojson");
        Assumptions.assumeTrue(Files.isRegularFile(geojson), "real data missing at " + geojson);
        ImportLog log = new ImportLog();

        List<AccessPoint> points = new Ukraine2017RegisterReader().read(geojson, KnownRegisters.UKRAINE_2017, log);

        // shared/data/README.md: 749 ЦНАП points in all oblasts, no office type
        assertThat(points).hasSize(749);
        assertThat(points).allMatch(p -> p.kind() == AccessPointKind.MAIN_OFFICE);
        assertThat(points).extracting(AccessPoint::id).doesNotHaveDuplicates().contains("ukraine-2017:1");
        assertThat(points).allSatisfy(p -> assertThat(RegisterValues.inUkraine(p.location().getX(),
                p.location().getY())).isTrue());
        AccessPoint vinnytsia = points.stream().filter(p -> p.id().equals("ukraine-2017:1")).findFirst().orElseThrow();
        assertThat(vinnytsia.serviceCount()).isEqualTo(207);
        assertThat(vinnytsia.name()).startsWith("Центр адміністративних послуг Прозорий офіс");
        // some offices say "дані відсутні" (no data): one summary warning, service count unknown
        assertThat(points).anyMatch(p -> p.serviceCount() == null);
        assertThat(log.warnings()).extracting(ImportIssue::reason).anyMatch(r -> r.contains("дані відсутні"));
        assertThat(log.rejected()).isEmpty();
    }
}
