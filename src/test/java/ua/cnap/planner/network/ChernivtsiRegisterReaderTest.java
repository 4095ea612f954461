package ua.cnap.planner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.io.ImportLog;

class ChernivtsiRegisterReaderTest {

    /** The columns the reader needs, in the order the hand-made rows below give them. */
    private static final String HEADER = "idf,Територіальна громада,Найменування,Тип закладу,Тип населеного пункту,"
            + "Населений пункт,Вулиця,Будинок,Lat,Long,Послуги водіям,Паспортні послуги,"
            + "Кількість послуг згідно переліку РКМУ 523 за звітний квартал,Послуги ДРАЦС,Соціальні послуги,"
            + "Мобільна валіза,Мобільний ЦНАП";
    private static final String GOOD_ROW = "SN1,Банилівська,ЦНАП Банилівської сільської ради,ЦНАП,село,Банилів,"
            + "вул. Гостинець,63,48.36,25.34,ні,так,155,так,так,ні,ні";

    @TempDir
    Path dir;

    private final ChernivtsiRegisterReader reader = new ChernivtsiRegisterReader();
    private final ImportLog log = new ImportLog();

    static Path sharedData() {
        String env = System.getenv("PLANNER_SHARED_DATA");
        return Path.of(env == null ? "../shared/data" : env);
    }

    @Test
    void readsTheRealRegisterOfChernivtsiOblast() {
        Path csv = sharedData().resolve("offices/chernivetska-2025/cnap_chernivetska.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "real data missing at " + csv);

        List<AccessPoint> points = reader.read(csv, KnownRegisters.CHERNIVETSKA_2025, log);

        // shared/data/README.md: ЦНАП 46 + ДІЯ ЦЕНТР 6, ТП 9, ВРМ 95, and 11 БТІ that are not access points
        assertThat(points).hasSize(156);
        Map<AccessPointKind, Long> byKind = points.stream()
                .collect(Collectors.groupingBy(AccessPoint::kind, Collectors.counting()));
        assertThat(byKind).containsExactlyInAnyOrderEntriesOf(Map.of(
                AccessPointKind.MAIN_OFFICE, 52L, AccessPointKind.BRANCH, 9L, AccessPointKind.REMOTE_WORKPLACE, 95L));
        assertThat(points.stream().filter(AccessPoint::diaCentre)).hasSize(6)
                .allMatch(p -> p.kind() == AccessPointKind.MAIN_OFFICE);
        assertThat(points.stream().filter(AccessPoint::hasMobileCase)).hasSize(2);
        assertThat(points).noneMatch(AccessPoint::hasMobileOffice);
        assertThat(log.rejected()).isEmpty();
        assertThat(log.warnings()).extracting(ImportIssue::reason).anyMatch(r -> r.startsWith("11 БТІ rows are not access points"));
        // every id is unique; the register reuses three idf values for a branch and a remote workplace
        assertThat(points).extracting(AccessPoint::id).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("chernivetska-2025:"));
        assertThat(log.repaired()).filteredOn(i -> i.reason().contains("is also used by")).hasSize(3);
        // Chernivtsi oblast lies within lon 24.9..27.6, lat 47.7..48.7
        assertThat(points).allSatisfy(p -> {
            assertThat(p.location().getX()).isBetween(24.9, 27.6);
            assertThat(p.location().getY()).isBetween(47.7, 48.7);
            assertThat(p.declaredHromadaName()).isNotBlank();
            assertThat(p.status()).isEqualTo(AccessPointStatus.OPEN);
            assertThat(p.hromadaCode()).isNull();
        });
        // service flags are filled for main offices only; 12 of them issue passports
        assertThat(points.stream().filter(p -> p.services().contains(ServiceKind.PASSPORT))).hasSize(12);
        AccessPoint banyliv = points.stream().filter(p -> p.id().equals("chernivetska-2025:SN24000163")).findFirst().orElseThrow();
        assertThat(banyliv.diaCentre()).isTrue();
        assertThat(banyliv.serviceCount()).isEqualTo(155);
        assertThat(banyliv.address()).isEqualTo("с. Банилів, вул. Гостинець, 63");
        assertThat(banyliv.services()).containsExactlyInAnyOrder(ServiceKind.CIVIL_REGISTRY, ServiceKind.SOCIAL);
        // the register says no about passports and drivers here; nothing about residence registration
        assertThat(banyliv.tells(ServiceKind.PASSPORT)).isTrue();
        assertThat(banyliv.offers(ServiceKind.PASSPORT)).isFalse();
        assertThat(banyliv.tells(ServiceKind.RESIDENCE)).isFalse();
        // remote workplaces and branches leave the service columns empty: nothing told
        assertThat(points.stream().filter(p -> p.kind() == AccessPointKind.REMOTE_WORKPLACE))
                .allSatisfy(p -> assertThat(p.servicesTold()).isEmpty());
        // step-free access: так 143, ні 7 in the file (БТІ rows left out)
        assertThat(points.stream().filter(p -> Boolean.FALSE.equals(p.barrierFree()))).isNotEmpty();
        assertThat(points.stream().filter(p -> Boolean.TRUE.equals(p.barrierFree())).count())
                .isGreaterThan(points.stream().filter(p -> p.barrierFree() == null).count());
    }

    @Test
    void readsKindsFlagsAndAddressOfAHandMadeRegister() throws IOException {
        Path csv = write(HEADER,
                GOOD_ROW,
                "SN2,Банилівська,Дія Центр Тестової ради,Дія.Центр,село,Тест,,5,48.3,25.3, ТАК ,Ні,0,,,так,ні",
                "SN3,Банилівська,ВРМ с. Тест,врм,,Тест,,,48.3,25.3,,,,,,,",
                "SN4,Банилівська,Тестовий ЦНАП (Дія.Центр),ЦНАП,місто,Тест,вул. Ринкова,1,48.3,25.3,ні,ні,12,ні,ні,ні,ні");

        List<AccessPoint> points = reader.read(csv, KnownRegisters.CHERNIVETSKA_2025, log);

        assertThat(points).extracting(AccessPoint::kind).containsExactly(AccessPointKind.MAIN_OFFICE,
                AccessPointKind.MAIN_OFFICE, AccessPointKind.REMOTE_WORKPLACE, AccessPointKind.MAIN_OFFICE);
        assertThat(points).extracting(AccessPoint::diaCentre).containsExactly(false, true, false, true);
        assertThat(points.get(0).services()).containsExactlyInAnyOrder(ServiceKind.PASSPORT,
                ServiceKind.CIVIL_REGISTRY, ServiceKind.SOCIAL);
        assertThat(points.get(1).services()).containsExactly(ServiceKind.DRIVERS);
        assertThat(points.get(1).hasMobileCase()).isTrue();
        assertThat(points.get(1).serviceCount()).as("0 services is read as not reported").isNull();
        assertThat(points.get(2).services()).isEmpty();
        assertThat(points.get(2).servicesTold()).as("an empty service cell says nothing").isEmpty();
        assertThat(points.get(3).servicesTold()).containsExactlyInAnyOrder(ServiceKind.PASSPORT, ServiceKind.DRIVERS,
                ServiceKind.CIVIL_REGISTRY, ServiceKind.SOCIAL);
        assertThat(points.get(2).address()).isEqualTo("Тест");
        assertThat(points.get(3).address()).isEqualTo("м. Тест, вул. Ринкова, 1");
        assertThat(points.get(0).location().getX()).isEqualTo(25.34);
        assertThat(log.warnings()).extracting(ImportIssue::item).contains("row 5");
    }

    @Test
    void leavesOutBtiWithOneWarningAndRejectsUnknownTypes() throws IOException {
        // flaw: two БТІ rows (not access points) and one row of a type the register format does not know
        Path csv = write(HEADER,
                GOOD_ROW,
                "B1,Банилівська,Бюро технічної інвентаризації,БТІ,,Тест,,,48.3,25.3,,,,,,,",
                "B2,Банилівська,Бюро технічної інвентаризації 2,бті,,Тест,,,48.3,25.3,,,,,,,",
                "X1,Банилівська,Нотаріус,НОТАРІАТ,,Тест,,,48.3,25.3,,,,,,,");

        List<AccessPoint> points = reader.read(csv, KnownRegisters.CHERNIVETSKA_2025, log);

        assertThat(points).extracting(AccessPoint::id).containsExactly("chernivetska-2025:SN1");
        assertThat(log.warnings()).filteredOn(i -> i.reason().contains("БТІ rows are not access points"))
                .singleElement().satisfies(i -> {
                    assertThat(i.reason()).startsWith("2 БТІ rows");
                    assertThat(i.item()).isEqualTo("rows 3, 4");
                });
        assertThat(log.rejected()).singleElement().satisfies(i -> {
            assertThat(i.item()).isEqualTo("row 5");
            assertThat(i.reason()).contains("НОТАРІАТ").contains("ЦНАП, ДІЯ ЦЕНТР, ТП or ВРМ");
        });
    }

    @Test
    void impossibleCoordinatesFailTheImportNamingTheRow() throws IOException {
        // flaw: row 3 has latitude 148.3, impossible on Earth
        Path csv = write(HEADER, GOOD_ROW,
                "SN2,Банилівська,ЦНАП,ЦНАП,село,Тест,,,148.3,25.3,ні,ні,1,ні,ні,ні,ні");

        assertThatThrownBy(() -> reader.read(csv, KnownRegisters.CHERNIVETSKA_2025, log))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(csv.toString())
                .hasMessageContaining("row 3")
                .hasMessageContaining("impossible coordinates");
    }

    @Test
    void nonNumericCoordinatesFailTheImportNamingTheRow() throws IOException {
        // flaw: row 2 has a place name where the longitude should be
        Path csv = write(HEADER,
                "SN2,Банилівська,ЦНАП,ЦНАП,село,Тест,,,48.3,Банилів,ні,ні,1,ні,ні,ні,ні");

        assertThatThrownBy(() -> reader.read(csv, KnownRegisters.CHERNIVETSKA_2025, log))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("row 2")
                .hasMessageContaining("'Long' is not a number");
    }

    @Test
    void swappedLatitudeAndLongitudeAreRepaired() throws IOException {
        // flaw: Lat and Long exchanged (Lat=25.34 would be in the Sahara latitude band, Long=48.36 in Kazakhstan)
        Path csv = write(HEADER,
                "SN1,Банилівська,ЦНАП,ЦНАП,село,Банилів,,,25.34,48.36,ні,ні,1,ні,ні,ні,ні");

        AccessPoint point = reader.read(csv, KnownRegisters.CHERNIVETSKA_2025, log).get(0);

        assertThat(point.location().getX()).isEqualTo(25.34);
        assertThat(point.location().getY()).isEqualTo(48.36);
        assertThat(log.repaired()).singleElement().satisfies(i -> {
            assertThat(i.item()).isEqualTo("row 2");
            assertThat(i.reason()).contains("exchanged");
        });
    }

    @Test
    void wrongColumnsFailTheImportListingTheMissingOnes() throws IOException {
        // flaw: English "Latitude"/"Longitude" headers instead of the register's Lat/Long, and no idf
        Path csv = write(HEADER.replace("Lat,Long", "Latitude,Longitude").replace("idf,", "code,"),
                GOOD_ROW);

        assertThatThrownBy(() -> reader.read(csv, KnownRegisters.CHERNIVETSKA_2025, log))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("missing column(s) [idf, Lat, Long]");
    }

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("register.csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    static Set<String> reasons(List<ImportIssue> issues) {
        return issues.stream().map(ImportIssue::reason).collect(Collectors.toSet());
    }
}
