package ua.cnap.planner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.importing.Dataset;
import ua.cnap.planner.importing.SquareHromadas;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.population.PointSource;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;

/**
 * One suite, run against both stores by its subclasses: what goes in comes out, an import replaces
 * the previous one, and a failed write leaves the store exactly as it was.
 */
abstract class StoreContract {

    protected PlannerStore store;

    protected abstract PlannerStore openStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openStore();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void whatIsWrittenIsReadBackWithGeometries() {
        Dataset dataset = SquareHromadas.dataset();
        new JdbcDatasetStore(store).replaceAll(dataset, "test-data", "{\"hromadas\":3}");

        var territory = new JdbcTerritoryRepository(store);
        assertThat(territory.listOblasts()).containsExactlyElementsOf(dataset.oblasts());
        assertThat(territory.listRaions()).containsExactlyElementsOf(dataset.raions());
        List<Hromada> hromadas = territory.listHromadasInOblast(SquareHromadas.OBLAST);
        assertThat(hromadas).hasSize(3);
        for (Hromada expected : dataset.hromadas()) {
            Hromada actual = territory.findHromada(expected.code()).orElseThrow();
            assertThat(actual.boundary().equalsExact(expected.boundary(), 1e-12)).isTrue();
            assertThat(actual.centre().equalsExact(expected.centre(), 1e-12)).isTrue();
            assertThat(actual.population2022()).isEqualTo(expected.population2022());
            assertThat(actual.boundary().getSRID()).isEqualTo(4326);
        }

        var settlements = new JdbcSettlementRepository(store);
        assertThat(settlements.listSettlementsInOblast(SquareHromadas.OBLAST))
                .extracting(s -> s.population()).containsExactlyInAnyOrder(1000L, 2000L, 3000L);
        assertThat(settlements.listSettlementsInHromada(SquareHromadas.EAST)).hasSize(1);

        var network = new JdbcAccessPointRepository(store);
        assertThat(network.listRegisters()).containsExactlyElementsOf(dataset.registers());
        List<AccessPoint> points = network.listAccessPoints("test-2025");
        assertThat(points).hasSize(1);
        AccessPoint expected = dataset.accessPoints().get(0);
        AccessPoint actual = points.get(0);
        assertThat(actual.services()).isEqualTo(expected.services());
        // what the register told (DRIVERS: told, not offered) and its step-free flag survive the store
        assertThat(actual.servicesTold()).containsExactlyInAnyOrder(ServiceKind.PASSPORT, ServiceKind.SOCIAL,
                ServiceKind.DRIVERS);
        assertThat(actual.barrierFree()).isTrue();
        assertThat(actual.location().equalsExact(expected.location(), 1e-12)).isTrue();
        assertThat(actual).usingRecursiveComparison().ignoringFields("location").isEqualTo(expected);

        assertThat(new JdbcDatasetStore(store).findLastReportJson()).contains("{\"hromadas\":3}");
    }

    @Test
    void aSettlementKeepsItsCodeAndPointSource() {
        Dataset good = SquareHromadas.dataset();
        var settlements = new ArrayList<>(good.settlements());
        Settlement first = settlements.get(0);
        settlements.set(0, new Settlement("katottg:UA99020010010000011", "UA99020010010000011", "Західне", "Zakhidne",
                first.point(), first.hromadaCode(), 0, first.population(), first.populationRule(),
                PointSource.FALLBACK_HROMADA_INTERIOR));
        new JdbcDatasetStore(store).replaceAll(new Dataset(good.oblasts(), good.raions(), good.hromadas(), settlements,
                good.registers(), good.accessPoints(), good.populationCells()), "test-data", "{}");

        List<Settlement> read = new JdbcSettlementRepository(store).listSettlements();
        assertThat(read).filteredOn(s -> s.id().equals("katottg:UA99020010010000011")).singleElement()
                .satisfies(s -> {
                    assertThat(s.katottgCode()).isEqualTo("UA99020010010000011");
                    assertThat(s.pointSource()).isEqualTo(PointSource.FALLBACK_HROMADA_INTERIOR);
                });
        // rows whose point source nobody said read back as null, not as some default
        assertThat(read).filteredOn(s -> s.id().startsWith("centre:")).hasSize(2)
                .allSatisfy(s -> assertThat(s.pointSource()).isNull());
    }

    @Test
    void importingTwiceLeavesTheSameRows() {
        JdbcDatasetStore writer = new JdbcDatasetStore(store);
        writer.replaceAll(SquareHromadas.dataset(), "test-data", "{}");
        writer.replaceAll(SquareHromadas.dataset(), "test-data", "{}");
        assertThat(new JdbcTerritoryRepository(store).listHromadas()).hasSize(3);
        assertThat(new JdbcSettlementRepository(store).listSettlements()).hasSize(3);
    }

    @Test
    void aFailedWriteLeavesTheStoreAsItWas() {
        JdbcDatasetStore writer = new JdbcDatasetStore(store);
        writer.replaceAll(SquareHromadas.dataset(), "test-data", "{\"run\":1}");

        Dataset good = SquareHromadas.dataset();
        // Flaw: the same settlement twice, a primary-key violation deep inside the write.
        var settlements = new ArrayList<>(good.settlements());
        settlements.add(settlements.get(0));
        Dataset broken = new Dataset(good.oblasts(), good.raions(), List.of(good.hromadas().get(0)), settlements,
                good.registers(), good.accessPoints(), good.populationCells());

        assertThatThrownBy(() -> writer.replaceAll(broken, "test-data", "{\"run\":2}"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("store is unchanged");
        assertThat(new JdbcTerritoryRepository(store).listHromadas()).hasSize(3);
        assertThat(new JdbcSettlementRepository(store).listSettlements()).hasSize(3);
        assertThat(writer.findLastReportJson()).contains("{\"run\":1}");
    }

    @Test
    void replacingOneRegisterLeavesTheRestAsItWas() {
        JdbcDatasetStore writer = new JdbcDatasetStore(store);
        Dataset dataset = SquareHromadas.dataset();
        Register other = new Register("other-2020", "Other", LocalDate.of(2020, 1, 1), true, null, "hand-made");
        AccessPoint otherPoint = withId(dataset.accessPoints().get(0), "other-2020:1", "other-2020");
        writer.replaceAll(new Dataset(dataset.oblasts(), dataset.raions(), dataset.hromadas(), dataset.settlements(),
                List.of(dataset.registers().get(0), other), List.of(dataset.accessPoints().get(0), otherPoint),
                dataset.populationCells()), "test-data", "{}");

        Register renamed = new Register("test-2025", "Uploaded", LocalDate.of(2026, 1, 2), false,
                SquareHromadas.OBLAST, "upload: x.csv");
        AccessPoint a = withId(dataset.accessPoints().get(0), "test-2025:a", "test-2025");
        AccessPoint b = withId(dataset.accessPoints().get(0), "test-2025:b", "test-2025");
        writer.replaceRegister(renamed, List.of(a, b));

        var network = new JdbcAccessPointRepository(store);
        assertThat(network.findRegister("test-2025")).contains(renamed);
        assertThat(network.listAccessPoints("test-2025")).extracting(AccessPoint::id)
                .containsExactly("test-2025:a", "test-2025:b");
        assertThat(network.listAccessPoints("other-2020")).extracting(AccessPoint::id).containsExactly("other-2020:1");
        assertThat(new JdbcTerritoryRepository(store).listHromadas()).hasSize(3);
    }

    @Test
    void aFailedRegisterReplacementLeavesTheRegisterAsItWas() {
        JdbcDatasetStore writer = new JdbcDatasetStore(store);
        writer.replaceAll(SquareHromadas.dataset(), "test-data", "{}");
        Register register = SquareHromadas.dataset().registers().get(0);
        AccessPoint point = withId(SquareHromadas.dataset().accessPoints().get(0), "test-2025:new", "test-2025");
        // Flaw: the same access point twice, a primary-key violation after the old rows were deleted.
        assertThatThrownBy(() -> writer.replaceRegister(register, List.of(point, point)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("store is unchanged");
        assertThat(new JdbcAccessPointRepository(store).listAccessPoints("test-2025")).extracting(AccessPoint::id)
                .containsExactly("test-2025:1");
    }

    private static AccessPoint withId(AccessPoint p, String id, String registerId) {
        return new AccessPoint(id, registerId, p.name(), p.kind(), p.diaCentre(), p.services(), p.serviceCount(),
                p.status(), p.location(), p.hromadaCode(), p.declaredHromadaName(), p.address(), p.hasMobileCase(),
                p.hasMobileOffice(), p.servicesTold(), p.barrierFree());
    }

    @Test
    void theOrder376ListIsReadBackWithTheCodifierCountsAndReplacedByTheNextImport() {
        Dataset plain = SquareHromadas.dataset();
        ua.cnap.planner.wartime.WartimeList list = new ua.cnap.planner.wartime.WartimeList("Наказ № 376 (Perelik_07052025.docx)",
                List.of(new ua.cnap.planner.wartime.WartimeEntry(SquareHromadas.EAST, "Східна",
                        ua.cnap.planner.wartime.WartimeCategory.OCCUPIED, LocalDate.of(2022, 2, 24), null, "t1 r1",
                        SquareHromadas.EAST, null)))
                .withCodifierSettlements(List.of(SquareHromadas.EAST, SquareHromadas.EAST, SquareHromadas.OBLAST));
        JdbcDatasetStore writer = new JdbcDatasetStore(store);
        writer.replaceAll(withList(plain, list), "test-data", "{}");
        writer.replaceAll(withList(plain, list), "test-data", "{}");
        ua.cnap.planner.wartime.WartimeList read = new JdbcWartimeRepository(store).loadList();
        assertThat(read.entries()).containsExactlyElementsOf(list.entries());
        assertThat(read.codifierSettlements()).containsEntry(SquareHromadas.EAST, 2).hasSize(2);
        assertThat(read.edition()).isEqualTo("Наказ Мінрегіону № 376, редакція 07.05.2025");

        writer.replaceAll(withList(plain, ua.cnap.planner.wartime.WartimeList.EMPTY), "test-data", "{}");
        assertThat(new JdbcWartimeRepository(store).loadList().isEmpty()).isTrue();
        assertThat(new JdbcWartimeRepository(store).loadList().codifierSettlements()).isEmpty();
    }

    private static Dataset withList(Dataset d, ua.cnap.planner.wartime.WartimeList list) {
        return new Dataset(d.oblasts(), d.raions(), d.hromadas(), d.settlements(), d.registers(), d.accessPoints(),
                d.populationCells(), list);
    }
}
