package ua.cnap.planner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;

class TemplateRegisterReaderTest {

    private static final Register TEST = new Register("test", "Invented offices", LocalDate.of(2025, 1, 1), false,
            null, "test");
    private static final String HEADER = "id,name,kind,lon,lat,status,services";

    @TempDir
    Path dir;

    private final TemplateRegisterReader reader = new TemplateRegisterReader();
    private final ImportLog log = new ImportLog();

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TemplateRegisterReaderTest.class.getResource(name).toURI());
    }

    @Test
    void readsTheExampleCsv() throws Exception {
        List<AccessPoint> points = reader.read(resource("template-register.csv"), TEST, log);

        assertThat(points).extracting(AccessPoint::id).containsExactly("test:T-1", "test:T-2", "test:T-3", "test:T-4");
        assertThat(points).extracting(AccessPoint::kind).containsExactly(AccessPointKind.MAIN_OFFICE,
                AccessPointKind.BRANCH, AccessPointKind.REMOTE_WORKPLACE, AccessPointKind.MOBILE_OFFICE);
        AccessPoint main = points.get(0);
        assertThat(main.diaCentre()).isTrue();
        assertThat(main.services()).containsExactlyInAnyOrder(ServiceKind.PASSPORT, ServiceKind.DRIVERS,
                ServiceKind.CIVIL_REGISTRY, ServiceKind.SOCIAL);
        assertThat(main.serviceCount()).isEqualTo(210);
        assertThat(main.hromadaCode()).isEqualTo("UA73060610000068396");
        assertThat(main.declaredHromadaName()).isEqualTo("Тестова міська громада");
        assertThat(main.address()).isEqualTo("м. Тестове, вул. Головна, 1");
        assertThat(main.hasMobileCase()).isTrue();
        assertThat(main.hasMobileOffice()).isFalse();
        assertThat(main.location().getX()).isEqualTo(25.93);
        assertThat(main.location().getY()).isEqualTo(48.29);
        AccessPoint branch = points.get(1);
        assertThat(branch.status()).isEqualTo(AccessPointStatus.TEMPORARILY_CLOSED);
        assertThat(branch.services()).containsExactlyInAnyOrder(ServiceKind.PASSPORT, ServiceKind.SOCIAL);
        assertThat(branch.serviceCount()).isNull();
        assertThat(points.get(2).status()).as("empty status means OPEN").isEqualTo(AccessPointStatus.OPEN);
        assertThat(points.get(2).hromadaCode()).isNull();
        assertThat(log.rejected()).isEmpty();
        assertThat(log.repaired()).isEmpty();
    }

    /** Issue 14: planners write statuses and services in Ukrainian; both are read, not rejected. */
    @Test
    void readsUkrainianStatusesAndServices() throws Exception {
        Path csv = dir.resolve("ukrainian.csv");
        Files.writeString(csv, HEADER + "\n"
                + "U-1,Перший,ЦНАП,25.9,48.3,відкрито,\"паспорт; соціальні послуги\"\n"
                + "U-2,Другий,ЦНАП,25.8,48.2,тимчасово закрито,\"PASSPORT, водії\"\n"
                + "U-3,Третій,ЦНАП,25.7,48.1,Працює,\"реєстрація бізнесу\"\n");

        List<AccessPoint> points = reader.read(csv, TEST, log);

        assertThat(points).extracting(AccessPoint::status).containsExactly(AccessPointStatus.OPEN,
                AccessPointStatus.TEMPORARILY_CLOSED, AccessPointStatus.OPEN);
        assertThat(points.get(0).services()).containsExactlyInAnyOrder(ServiceKind.PASSPORT, ServiceKind.SOCIAL);
        assertThat(points.get(1).services()).containsExactlyInAnyOrder(ServiceKind.PASSPORT, ServiceKind.DRIVERS);
        assertThat(points.get(2).services()).containsExactly(ServiceKind.BUSINESS);
        assertThat(log.rejected()).isEmpty();
    }

    @Test
    void readsTheExampleGeoJsonLikeTheCsv() throws Exception {
        List<AccessPoint> fromGeoJson = reader.read(resource("template-register.geojson"), TEST, log);
        List<AccessPoint> fromCsv = reader.read(resource("template-register.csv"), TEST, log);

        assertThat(fromGeoJson).hasSize(3);
        // the first three offices are the same in both examples, except the GeoJSON's branch has no hromada
        // fields, no address and no mobile flags
        for (int i = 0; i < 3; i++) {
            AccessPoint g = fromGeoJson.get(i);
            AccessPoint c = fromCsv.get(i);
            assertThat(g.id()).isEqualTo(c.id());
            assertThat(g.kind()).isEqualTo(c.kind());
            assertThat(g.diaCentre()).isEqualTo(c.diaCentre());
            assertThat(g.status()).isEqualTo(c.status());
            assertThat(g.services()).isEqualTo(c.services());
            assertThat(g.serviceCount()).isEqualTo(c.serviceCount());
            assertThat(g.location().equalsExact(c.location())).isTrue();
        }
        assertThat(fromGeoJson.get(0).hromadaCode()).isEqualTo("UA73060610000068396");
        assertThat(fromGeoJson.get(0).hasMobileCase()).isTrue();
    }

    @Test
    void badKindFailsNamingRowAndAllowedValues() throws IOException {
        // flaw: row 3 has kind "OFFICE", which is none of the allowed kinds
        Path csv = write(HEADER, "A,Office A,MAIN_OFFICE,25.9,48.3,,", "B,Office B,OFFICE,25.9,48.3,,");

        assertThatThrownBy(() -> reader.read(csv, TEST, log))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("row 3")
                .hasMessageContaining("kind 'OFFICE'")
                .hasMessageContaining("MAIN_OFFICE, BRANCH, REMOTE_WORKPLACE, MOBILE_OFFICE, MOBILE_CASE")
                .hasMessageContaining("ВРМ");
    }

    @Test
    void badStatusFailsNamingRowAndAllowedValues() throws IOException {
        // flaw: status "CLOSED" is not an allowed status
        Path csv = write(HEADER, "A,Office A,ЦНАП,25.9,48.3,CLOSED,");

        assertThatThrownBy(() -> reader.read(csv, TEST, log))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("row 2")
                .hasMessageContaining("OPEN, TEMPORARILY_CLOSED");
    }

    @Test
    void badServiceFailsNamingRowAndAllowedValues() throws IOException {
        // flaw: "NOTARY" is not a service group the planner knows
        Path csv = write(HEADER, "A,Office A,ЦНАП,25.9,48.3,OPEN,\"PASSPORT, NOTARY\"");

        assertThatThrownBy(() -> reader.read(csv, TEST, log))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("row 2")
                .hasMessageContaining("service 'NOTARY'")
                .hasMessageContaining("PASSPORT, DRIVERS, CIVIL_REGISTRY");
    }

    @Test
    void repeatedIdAndMalformedHromadaCodeFail() throws IOException {
        // flaw: id A used twice
        Path repeated = write(HEADER, "A,Office A,ЦНАП,25.9,48.3,,", "A,Office A2,ВРМ,25.9,48.3,,");
        assertThatThrownBy(() -> reader.read(repeated, TEST, log))
                .isInstanceOf(BadInputException.class).hasMessageContaining("row 3").hasMessageContaining("row 2");

        // flaw: hromada code with 16 digits
        Path badCode = write("id,name,kind,lon,lat,hromada_code", "A,Office A,ЦНАП,25.9,48.3,UA7306061000006839");
        assertThatThrownBy(() -> reader.read(badCode, TEST, log))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a KATOTTG code");
    }

    @Test
    void diaCentreOnARemoteWorkplaceFails() throws IOException {
        // flaw: Дія.Центр flag on a remote workplace
        Path csv = write("id,name,kind,lon,lat,dia_centre", "A,ВРМ,REMOTE_WORKPLACE,25.9,48.3,так");

        assertThatThrownBy(() -> reader.read(csv, TEST, log))
                .isInstanceOf(BadInputException.class).hasMessageContaining("MAIN_OFFICE only");
    }

    @Test
    void missingColumnsAreListed() throws IOException {
        // flaw: x/y instead of lon/lat
        Path csv = write("id,name,kind,x,y", "A,Office A,ЦНАП,25.9,48.3");

        assertThatThrownBy(() -> reader.read(csv, TEST, log))
                .isInstanceOf(BadInputException.class).hasMessageContaining("missing column(s) [lon, lat]");
    }

    @Test
    void geoJsonFeatureThatIsNotAPointFails() throws IOException {
        // flaw: the office is drawn as a line
        Path geojson = dir.resolve("offices.geojson");
        Files.writeString(geojson, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"id":"A","name":"Office A","kind":"ЦНАП"},
                  "geometry":{"type":"LineString","coordinates":[[25.9,48.3],[25.91,48.31]]}}]}
                """);

        assertThatThrownBy(() -> reader.read(geojson, TEST, log))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("feature 0 (id=A)")
                .hasMessageContaining("must be a Point");
    }

    @Test
    void aFilledServicesCellIsCompleteAnEmptyOneSaysNothingAndStepFreeAccessIsReadWhereGiven() throws IOException {
        Path csv = write("id,name,kind,lon,lat,services,barrier_free",
                "A,ЦНАП А,MAIN_OFFICE,25.9,48.3,PASSPORT,так",
                "B,ВРМ Б,REMOTE_WORKPLACE,25.9,48.3,,",
                "C,ТП В,BRANCH,25.9,48.3,SOCIAL,ні");

        List<AccessPoint> points = reader.read(csv, TEST, log);

        assertThat(points.get(0).tells(ServiceKind.DRIVERS)).as("not listed: not offered").isTrue();
        assertThat(points.get(0).offers(ServiceKind.DRIVERS)).isFalse();
        assertThat(points.get(0).barrierFree()).isTrue();
        assertThat(points.get(1).servicesTold()).isEmpty();
        assertThat(points.get(1).barrierFree()).as("empty: not said").isNull();
        assertThat(points.get(2).barrierFree()).isFalse();
    }

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("register.csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
