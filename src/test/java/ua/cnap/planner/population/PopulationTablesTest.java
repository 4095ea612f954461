package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.population.OfficialUrbanFigure.Kind;
import ua.cnap.planner.territory.Hromada;

/** The KSE hromada table and the Ukrstat city/town table on small hand-written files. */
class PopulationTablesTest {

    @TempDir
    Path dir;

    /** Surefire points java.io.tmpdir at target/tmp, which a clean build has not made yet. */
    @BeforeAll
    static void makeTempRoot() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static final String KSE_HEADER = "hromada_code,hromada_name,raion_code,raion_name,oblast_code,oblast_name,type,"
            + "oblast_center,hromada_center_code,hromada_center,lat_center,lon_center,travel_time,"
            + "total_popultaion_2022,urban_popultaion_2022.x,oblast_name_en\n";
    private static final String KSE_ROW_1 = "UA05020010000053508,Агрономічна,UA05020000000026686,Вінницький,"
            + "UA05000000000010236,Вінницька,сільська,0,UA05020010010058853,Агрономічне,49.19,28.37,13.9,9361,0,Vinnytsia\n";
    private static final String KSE_ROW_2 = "UA05020030000031457,Вінницька,UA05020000000026686,Вінницький,"
            + "UA05000000000010236,Вінницька,міська,1,NA,Вінниця,49.23,28.47,0,387439,371004,NA\n";

    @Test
    void kseRowsBecomeHromadasNamesAndTravelTimes() throws IOException {
        Path csv = Files.writeString(dir.resolve("kse.csv"), KSE_HEADER + KSE_ROW_1 + KSE_ROW_2);
        KseHromadaTableReader reader = new KseHromadaTableReader();

        List<Hromada> hromadas = reader.read(csv, new ImportLog());

        assertThat(hromadas).extracting(Hromada::code).containsExactly("UA05020010000053508", "UA05020030000031457");
        Hromada first = hromadas.get(0);
        assertThat(first.population2022()).isEqualTo(9361);
        assertThat(first.centre().getX()).isEqualTo(28.37);
        assertThat(first.centre().getY()).isEqualTo(49.19);
        assertThat(first.centreSettlementCode()).isEqualTo("UA05020010010058853");
        assertThat(hromadas.get(1).centreSettlementCode()).isNull();
        assertThat(reader.readPlaceNames(csv).get("UA05020030000031457"))
                .isEqualTo(new HromadaPlaceNames("UA05020030000031457", "Вінницька", "Вінницький"));
        assertThat(reader.readTravelTimes(csv)).containsExactly(
                new CentreTravelTime("UA05020010000053508", "UA05000000000010236", 13.9, false),
                new CentreTravelTime("UA05020030000031457", "UA05000000000010236", 0.0, true));
    }

    @Test
    void kseRowWithABrokenCodeIsRefusedNamingTheRow() throws IOException {
        // flaw: the second data row (line 3) has a hromada code one digit short
        Path csv = Files.writeString(dir.resolve("kse.csv"),
                KSE_HEADER + KSE_ROW_1 + KSE_ROW_2.replace("UA05020030000031457", "UA0502003000003145"));

        assertThatThrownBy(() -> new KseHromadaTableReader().read(csv, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("row 3")
                .hasMessageContaining("hromada_code");
    }

    @Test
    void kseFileWithoutThePopulationColumnIsRefused() throws IOException {
        // flaw: the population column is missing from the header and the rows
        Path csv = Files.writeString(dir.resolve("kse.csv"), (KSE_HEADER + KSE_ROW_1)
                .replace("total_popultaion_2022,", "").replace(",9361,", ","));

        assertThatThrownBy(() -> new KseHromadaTableReader().read(csv, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("total_popultaion_2022");
    }

    @Test
    void ukrstatHierarchyNotesAndMissingFigures() throws IOException {
        Path csv = Files.writeString(dir.resolve("t5.csv"), """
                name_uk,present_population_2022_01_01,name_en
                Україна,41167335,Ukraine
                Автономна Республіка Крим,…,Autonomous Republic of Crimea
                Київська область,1795079,Kyivska oblast
                Міське населення,1108558,Urban population
                м. Прип'ять,–,city Prypiat
                Донецька область,4059372,Donetska oblast
                Краматорський район,
                Міське населення,1,Urban population
                м. Володимир      (Володимир-Волинський),37910,city Volodymyr   (Volodymyr-Volynskyi)
                смт Олександрівка,416,stlmt Oleksandrivka
                (Краматорської міської,,(Kramatorskoi miskoi
                територіальної громади),,terytorialnoi hromady)
                Сільське населення,2,Rural population
                м. Київ,2952301,city Kyiv
                """.replace("Краматорський район,\n", "Краматорський район,512000,Kramatorskyi district\n"));
        ImportLog log = new ImportLog();

        List<OfficialUrbanFigure> figures = new UkrstatUrbanTableReader().read(csv, log);

        assertThat(figures).containsExactly(
                new OfficialUrbanFigure("Донецька", "Краматорський", Kind.CITY, "Володимир (Володимир-Волинський)",
                        "Volodymyr (Volodymyr-Volynskyi)", 37910, null),
                new OfficialUrbanFigure("Донецька", "Краматорський", Kind.URBAN_TYPE, "Олександрівка", "Oleksandrivka", 416,
                        "(Краматорської міської територіальної громади)"),
                new OfficialUrbanFigure("Київ", null, Kind.CITY, "Київ", "Kyiv", 2952301, null));
        assertThat(log.warnings()).singleElement().satisfies(w -> assertThat(w.item()).contains("Прип'ять"));
    }

    @Test
    void ukrstatRowOfUnknownShapeIsRefused() throws IOException {
        // flaw: a row that is neither oblast, raion, subtotal, city nor town ("с." village)
        Path csv = Files.writeString(dir.resolve("t5.csv"), """
                name_uk,present_population_2022_01_01,name_en
                Вінницька область,1509515,Vinnytsya oblast
                с. Липки,300,village Lypky
                """);

        assertThatThrownBy(() -> new UkrstatUrbanTableReader().read(csv, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("row 3");
    }
}
