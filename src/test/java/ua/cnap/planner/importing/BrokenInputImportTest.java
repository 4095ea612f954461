package ua.cnap.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.cnap.planner.importing.ImportSources.RegisterSource;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.store.JdbcAccessPointRepository;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.JdbcSettlementRepository;
import ua.cnap.planner.store.JdbcTerritoryRepository;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/**
 * After a good import of the real data, each of these broken inputs must stop the next import with
 * a message naming the file, item and reason, and leave the store exactly as the good import left
 * it. Broken files are made in a temp folder from the real ones (never kept in the repository) or
 * come from the hand-made fixtures of the reader tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenInputImportTest {

    private Path dataDir;
    private Path scratch;
    private PlannerStore store;
    private ImportService importService;
    private String goodReportJson;

    @BeforeAll
    void importGoodData() throws IOException {
        dataDir = RealData.folder();
        scratch = Files.createTempDirectory("cnap-broken-input");
        store = PlannerStore.open(StoreSettings.embedded(scratch.resolve("workspace")));
        importService = new ImportService(new JdbcDatasetStore(store), store.description());
        importService.importAll(ImportSources.standard(dataDir));
        goodReportJson = new JdbcDatasetStore(store).findLastReportJson().orElseThrow();
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void aCorruptedGeoJsonNamesTheFileAndLine() throws IOException {
        // Flaw: the real boundary file cut off after its first 200 kB, mid-feature.
        Path truncated = scratch.resolve("hromadas-truncated.geojson");
        byte[] bytes = Files.readAllBytes(dataDir.resolve("boundaries/hromadas_ukraine_osm.geojson"));
        Files.write(truncated, java.util.Arrays.copyOf(bytes, 200_000));

        assertRefusedAndStoreUnchanged(s -> withBoundaries(s, truncated), "hromadas-truncated.geojson", "line");
    }

    @Test
    void aCsvWithWrongColumnsNamesTheMissingColumn() throws IOException {
        // Flaw: the KSE table with its population column renamed (as a user's re-export might).
        Path renamed = scratch.resolve("full_dataset_renamed.csv");
        String text = Files.readString(dataDir.resolve("population/full_dataset.csv"), StandardCharsets.UTF_8);
        Files.writeString(renamed, text.replaceFirst("\"total_popultaion_2022\"", "\"population\""));

        assertRefusedAndStoreUnchanged(s -> new ImportSources(s.dataDir(), s.codifier(), renamed, s.urbanTable(),
                s.boundaries(), s.boundaryCodeField(), s.geonames(), s.registers(), s.grids()),
                "full_dataset_renamed.csv", "total_popultaion_2022");
    }

    @Test
    void aRegisterRowWithImpossibleCoordinatesNamesTheRow() throws IOException {
        // Flaw: the real Chernivtsi register with the first office's latitude 48.36… turned into 148.36….
        Path register = scratch.resolve("cnap_chernivetska_bad_lat.csv");
        String text = Files.readString(dataDir.resolve("offices/chernivetska-2025/cnap_chernivetska.csv"));
        Files.writeString(register, text.replaceFirst(",48\\.36291577,", ",148.36291577,"));

        assertRefusedAndStoreUnchanged(s -> new ImportSources(s.dataDir(), s.codifier(), s.hromadaTable(),
                s.urbanTable(), s.boundaries(), s.boundaryCodeField(), s.geonames(),
                List.of(new RegisterSource(s.registers().get(0).register(), RegisterFormat.CHERNIVTSI_OFFICIAL,
                        register, false)), s.grids()),
                "cnap_chernivetska_bad_lat.csv", "row 2");
    }

    @Test
    void aFileInAnUndeclaredForeignCrsIsRefused() throws URISyntaxException {
        // Flaw: Web-Mercator metres with no "crs" member (hand-made fixture of the boundary reader tests).
        Path mercator = Path.of(getClass().getResource("/ua/cnap/planner/territory/web-mercator-undeclared.geojson")
                .toURI());

        assertRefusedAndStoreUnchanged(s -> withBoundaries(s, mercator), "web-mercator-undeclared.geojson", "CRS");
    }

    private static ImportSources withBoundaries(ImportSources s, Path boundaries) {
        return new ImportSources(s.dataDir(), s.codifier(), s.hromadaTable(), s.urbanTable(), boundaries,
                "katottg", s.geonames(), s.registers(), s.grids());
    }

    private void assertRefusedAndStoreUnchanged(UnaryOperator<ImportSources> breakIt, String file, String detail) {
        ImportSources broken = breakIt.apply(ImportSources.standard(dataDir));

        assertThatThrownBy(() -> importService.importAll(broken))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file)
                .hasMessageContaining(detail);

        assertThat(new JdbcDatasetStore(store).findLastReportJson()).contains(goodReportJson);
        assertThat(new JdbcTerritoryRepository(store).listHromadas()).hasSize(1470); // 1469 and Kyiv city
        assertThat(new JdbcSettlementRepository(store).listSettlements()).isNotEmpty();
        assertThat(new JdbcAccessPointRepository(store).listAccessPoints("chernivetska-2025")).hasSize(156);
    }
}
