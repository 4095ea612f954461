package ua.cnap.planner.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ua.cnap.planner.importing.ImportSources.RegisterSource;
import ua.cnap.planner.network.Register;

/**
 * Writes a complete, tiny, invented data folder in the layout the import reads: one oblast
 * ("Тестова"), one raion, the three 0.1° square hromadas of {@link SquareHromadas} at 25°E 48°N,
 * four codifier settlements and the four GeoNames places of their names, one city figure, a register of two offices in the Chernivtsi format and one
 * in the template format. Every file is made here, in code, so bad-input tests can start from a good
 * import in a second and break one file at a time. Nothing of the real open data is copied.
 */
public final class SmallImportFiles {

    public static final int HROMADAS = 3;
    /** The codifier's settlements: the three centres and Хутір in the east. */
    public static final int SETTLEMENTS = 4;
    /** KATOTTG code of Хутір, the one settlement that is no hromada centre. */
    public static final String KHUTIR = "UA" + SquareHromadas.EAST.substring(2, 13) + "002" + SquareHromadas.EAST.substring(16);
    public static final int CHERNIVTSI_OFFICES = 2;
    public static final int TEMPLATE_OFFICES = 1;

    public static final Register CHERNIVTSI_FORMAT = new Register("small-official", "Invented register (official format)",
            LocalDate.of(2025, 1, 1), false, SquareHromadas.OBLAST, "hand-made");
    public static final Register TEMPLATE_FORMAT = new Register("small-template", "Invented register (template)",
            LocalDate.of(2025, 1, 1), false, SquareHromadas.OBLAST, "hand-made");

    /** Columns the Chernivtsi register reader needs, in the order of {@link #CHERNIVTSI_ROWS}. */
    public static final String CHERNIVTSI_HEADER = "idf,Територіальна громада,Найменування,Тип закладу,"
            + "Тип населеного пункту,Населений пункт,Вулиця,Будинок,Lat,Long,Послуги водіям,Паспортні послуги,"
            + "Кількість послуг згідно переліку РКМУ 523 за звітний квартал,Послуги ДРАЦС,Соціальні послуги,"
            + "Мобільна валіза,Мобільний ЦНАП";
    public static final List<String> CHERNIVTSI_ROWS = List.of(
            "S-1,Середня,ЦНАП Середньої міської ради,ЦНАП,місто,Середнє,вул. Центральна,1,48.05,25.15,так,так,120,так,так,ні,ні",
            "S-2,Західна,ВРМ Західної сільської ради,ВРМ,село,Західне,вул. Шкільна,2,48.05,25.05,,,,,,,");

    public static final String TEMPLATE_HEADER = "id,name,kind,lon,lat,status,services";
    public static final List<String> TEMPLATE_ROWS = List.of(
            "T-1,ЦНАП Східної громади,MAIN_OFFICE,25.25,48.05,OPEN,PASSPORT;SOCIAL");

    private SmallImportFiles() {
    }

    /** Writes the folder and returns the sources that read it. */
    public static ImportSources write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path codifier = write(folder.resolve("codifier.csv"), String.join("\n",
                "Перший рівень;Другий рівень;Третій рівень;Четвертий рівень;Додатковий рівень;Категорія об’єкта;Назва об’єкта",
                SquareHromadas.OBLAST + ";;;;;O;Тестова",
                SquareHromadas.OBLAST + ";" + SquareHromadas.RAION + ";;;;P;Тестовий",
                hromadaRow(SquareHromadas.WEST, "Західна"),
                hromadaRow(SquareHromadas.MIDDLE, "Середня"),
                hromadaRow(SquareHromadas.EAST, "Східна"),
                settlementRow(SquareHromadas.WEST, centreCode(SquareHromadas.WEST), "C", "Західне"),
                settlementRow(SquareHromadas.MIDDLE, centreCode(SquareHromadas.MIDDLE), "M", "Середнє"),
                settlementRow(SquareHromadas.EAST, centreCode(SquareHromadas.EAST), "C", "Східне"),
                settlementRow(SquareHromadas.EAST, KHUTIR, "C", "Хутір")) + "\n");
        Path hromadaTable = write(folder.resolve("full_dataset.csv"), String.join("\n",
                "\"hromada_code\",\"hromada_name\",\"raion_code\",\"raion_name\",\"oblast_code\",\"oblast_name\","
                        + "\"type\",\"hromada_center_code\",\"hromada_center\",\"lat_center\",\"lon_center\","
                        + "\"total_popultaion_2022\",\"urban_popultaion_2022.x\",\"oblast_name_en\"",
                kseRow(SquareHromadas.WEST, "Західна", "сільська", "Західне", 25.05, 1000, 0),
                kseRow(SquareHromadas.MIDDLE, "Середня", "міська", "Середнє", 25.15, 2000, 1500),
                kseRow(SquareHromadas.EAST, "Східна", "сільська", "Східне", 25.25, 3000, 0)) + "\n");
        Path urbanTable = write(folder.resolve("ukrstat_table5.csv"), String.join("\n",
                "name_uk,present_population_2022_01_01,name_en",
                "Україна,6000,Ukraine",
                "Тестова область,6000,Testova oblast",
                "Тестовий район,6000,Testovyi district",
                "Міське населення,1500,Urban population",
                "м. Середнє,1500,city Serednie",
                "Сільське населення,4500,Rural population") + "\n");
        Path boundaries = write(folder.resolve("hromadas.geojson"), boundariesGeoJson());
        Path geonames = folder.resolve("UA.zip");
        writeZip(geonames, "UA.txt", String.join("\n",
                geoNamesLine(900001, "Західне", "Zakhidne", 48.05, 25.05, "PPL", 0),
                geoNamesLine(900002, "Середнє", "Serednie", 48.05, 25.15, "PPLA3", 1400),
                geoNamesLine(900003, "Східне", "Skhidne", 48.05, 25.25, "PPL", 500),
                geoNamesLine(900004, "Хутір", "Khutir", 48.02, 25.22, "PPL", 0)) + "\n");
        Path official = write(folder.resolve("register-official.csv"),
                CHERNIVTSI_HEADER + "\n" + String.join("\n", CHERNIVTSI_ROWS) + "\n");
        Path template = write(folder.resolve("register-template.csv"),
                TEMPLATE_HEADER + "\n" + String.join("\n", TEMPLATE_ROWS) + "\n");
        return new ImportSources(folder, codifier, hromadaTable, urbanTable, boundaries, "katottg", geonames,
                List.of(new RegisterSource(CHERNIVTSI_FORMAT, RegisterFormat.CHERNIVTSI_OFFICIAL, official, false),
                        new RegisterSource(TEMPLATE_FORMAT, RegisterFormat.TEMPLATE, template, false)),
                List.of());
    }

    /** The three squares as a GeoJSON FeatureCollection with {@code katottg} codes. */
    public static String boundariesGeoJson() {
        return "{\"type\":\"FeatureCollection\",\"features\":["
                + squareFeature(SquareHromadas.WEST, "Західна", 25.0) + ","
                + squareFeature(SquareHromadas.MIDDLE, "Середня", 25.1) + ","
                + squareFeature(SquareHromadas.EAST, "Східна", 25.2) + "]}";
    }

    public static String squareFeature(String code, String name, double minLon) {
        double maxLon = minLon + 0.1;
        return "{\"type\":\"Feature\",\"properties\":{\"katottg\":\"" + code + "\",\"name\":\"" + name + "\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + minLon + ",48.0],[" + maxLon + ",48.0],["
                + maxLon + ",48.1],[" + minLon + ",48.1],[" + minLon + ",48.0]]]}}";
    }

    /** One line of a GeoNames dump (19 tab-separated columns; admin1 24 = Chernivtsi). */
    public static String geoNamesLine(long id, String name, String ascii, double lat, double lon, String code,
            long population) {
        return String.join("\t", String.valueOf(id), name, ascii, name + "," + ascii, String.valueOf(lat),
                String.valueOf(lon), "P", code, "UA", "", "03", "9902", "", "", String.valueOf(population), "",
                "300", "Europe/Kyiv", "2024-01-01");
    }

    public static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    public static void writeZip(Path zip, String entry, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry(entry));
            zipOut.write(text.getBytes(StandardCharsets.UTF_8));
            zipOut.closeEntry();
        }
    }

    private static String hromadaRow(String code, String name) {
        return SquareHromadas.OBLAST + ";" + SquareHromadas.RAION + ";" + code + ";;;H;" + name;
    }

    private static String settlementRow(String hromada, String code, String category, String name) {
        return SquareHromadas.OBLAST + ";" + SquareHromadas.RAION + ";" + hromada + ";" + code + ";;" + category + ";"
                + name;
    }

    /** The KATOTTG code of a square hromada's centre settlement, as the hromada table gives it. */
    public static String centreCode(String hromada) {
        return "UA" + hromada.substring(2, 13) + "001" + hromada.substring(16);
    }

    private static String kseRow(String code, String name, String type, String centre, double centreLon,
            long population, long urban) {
        String centreCode = centreCode(code);
        return String.join(",", q(code), q(name), q(SquareHromadas.RAION), q("Тестовий"), q(SquareHromadas.OBLAST),
                q("Тестова"), q(type), q(centreCode), q(centre), "48.05", String.valueOf(centreLon),
                String.valueOf(population), String.valueOf(urban), q("Testova"));
    }

    private static String q(String text) {
        return "\"" + text + "\"";
    }
}
