package ua.cnap.planner.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;

/** Kyiv city from a small Ukrstat table 6 and two district squares (src/test/resources/kyiv). */
class KyivCityTest {

    static final Path FOLDER = Path.of("src/test/resources/kyiv");
    static final KyivCity.Sources SOURCES = new KyivCity.Sources(FOLDER.resolve("table6.csv"),
            FOLDER.resolve("districts.geojson"));

    static Hromada hromada(String code, long population) {
        return new Hromada(code, "UA32020000000000001", "UA32000000000030281", "Тестова", null, "сільська",
                population, 0, null, null, null, null);
    }

    @Test
    void readsTheCityAsTerritoryRaionAndHromada() {
        ImportLog log = new ImportLog();
        KyivCity kyiv = KyivCity.read(SOURCES, log);

        assertThat(kyiv.isPresent()).isTrue();
        Hromada city = kyiv.hromada();
        assertThat(city.code()).isEqualTo(KyivCity.CODE).isEqualTo("UA80000000000093317");
        assertThat(city.raionCode()).isEqualTo(KyivCity.CODE);
        assertThat(city.oblastCode()).isEqualTo(KyivCity.CODE);
        assertThat(city.population2022()).isEqualTo(300);
        assertThat(city.urbanPopulation2022()).isEqualTo(300);
        assertThat(city.nameUk()).isEqualTo("Київ");
        assertThat(kyiv.oblast()).isEqualTo(new Oblast(KyivCity.CODE, "Київ", "Kyiv"));
        assertThat(kyiv.raion()).isEqualTo(new Raion(KyivCity.CODE, KyivCity.CODE, "Київ"));
        assertThat(kyiv.nationalTotal()).isEqualTo(1300L);
        // the union of the two district squares, not the oblast polygon of the same file
        assertThat(city.boundary().getArea()).isCloseTo(0.02, within(1e-9));
        assertThat(city.boundary().getNumGeometries()).isEqualTo(1);
        assertThat(city.boundary().covers(city.centre())).isTrue();
        assertThat(log.warnings()).as("2 districts, not 10").anyMatch(w -> w.reason().contains("2 city districts"));
    }

    @Test
    void addsItselfBesideTheOblastsAndChecksTheNationalTotal() {
        KyivCity kyiv = KyivCity.read(SOURCES, new ImportLog());
        List<Hromada> hromadas = kyiv.addHromada(List.of(hromada("UA32020010000000002", 1000)));
        assertThat(hromadas).extracting(Hromada::code).containsExactly("UA32020010000000002", KyivCity.CODE);
        assertThat(kyiv.addOblast(List.of(new Oblast(KyivCity.CODE, "Київ", null), new Oblast("UA32", "Київська", null))))
                .containsExactly(kyiv.oblast(), new Oblast("UA32", "Київська", null));
        assertThat(kyiv.addRaion(List.of())).containsExactly(kyiv.raion());

        ImportLog agree = new ImportLog();
        kyiv.checkNationalTotal(hromadas, agree);
        assertThat(agree.warnings()).isEmpty();
        ImportLog differ = new ImportLog();
        kyiv.checkNationalTotal(List.of(hromada("UA32020010000000002", 999), kyiv.hromada()), differ);
        assertThat(differ.warnings()).anyMatch(w -> w.reason().contains("1299") && w.reason().contains("1300"));
    }

    @Test
    void missingFilesLeaveKyivOutWithAWarning() {
        ImportLog log = new ImportLog();
        KyivCity kyiv = KyivCity.read(new KyivCity.Sources(FOLDER.resolve("absent.csv"),
                FOLDER.resolve("districts.geojson")), log);

        assertThat(kyiv.isPresent()).isFalse();
        assertThat(kyiv.addHromada(List.of())).isEmpty();
        assertThat(log.warnings()).anyMatch(w -> w.reason().contains("Kyiv city is left out"));
        assertThat(KyivCity.read(null, new ImportLog())).isSameAs(KyivCity.ABSENT);
    }

    @Test
    void aTableWithoutKyivIsBadInputNamingTheRow() {
        assertThatThrownBy(() -> KyivCity.read(new KyivCity.Sources(FOLDER.resolve("table6-no-kyiv.csv"),
                FOLDER.resolve("districts.geojson")), new ImportLog()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("м. Київ");
    }

    @Test
    void aBoundaryFileWithoutDistrictsIsBadInput() {
        assertThatThrownBy(() -> KyivCity.read(new KyivCity.Sources(FOLDER.resolve("table6.csv"),
                FOLDER.resolve("table6.csv")), new ImportLog()))
                .isInstanceOf(BadInputException.class);
    }
}
