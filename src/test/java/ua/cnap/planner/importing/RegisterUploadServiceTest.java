package ua.cnap.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.importing.RegisterUploadService.Validation;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.store.JdbcAccessPointRepository;
import ua.cnap.planner.store.JdbcDatasetStore;
import ua.cnap.planner.store.JdbcTerritoryRepository;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/** Uploads over the three square hromadas: validation reports every bad row and saves nothing. */
class RegisterUploadServiceTest {

    @TempDir
    Path workspace;
    PlannerStore store;
    RegisterUploadService uploads;
    JdbcAccessPointRepository network;
    final AtomicInteger replaced = new AtomicInteger();

    @BeforeEach
    void fill() {
        store = PlannerStore.open(StoreSettings.embedded(workspace));
        new JdbcDatasetStore(store).replaceAll(SquareHromadas.dataset(), "test", "{}");
        network = new JdbcAccessPointRepository(store);
        uploads = new RegisterUploadService(new JdbcTerritoryRepository(store), network, new JdbcDatasetStore(store),
                replaced::incrementAndGet);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyBadRowIsReportedAndNothingIsSavedBeforeConfirmation() {
        // Flaws: row 3 has an unknown kind, row 4 a latitude that is no number; rows 2 and 5 are fine.
        byte[] file = csv("""
                id,name,kind,lon,lat
                1,ВРМ Західна,REMOTE_WORKPLACE,25.05,48.05
                2,Щось,KIOSK,25.06,48.05
                3,ВРМ Середня,REMOTE_WORKPLACE,25.15,north
                4,ЦНАП Східна,MAIN_OFFICE,25.25,48.05
                """);
        Validation v = uploads.validate("test.csv", file, RegisterFormat.TEMPLATE, "Тестова");

        assertThat(v.fatal()).isNull();
        assertThat(v.accessPoints()).isEqualTo(2);
        assertThat(v.byKind()).containsEntry(AccessPointKind.REMOTE_WORKPLACE, 1).containsEntry(AccessPointKind.MAIN_OFFICE, 1);
        assertThat(v.rejected()).extracting(ImportIssue::reason).hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("KIOSK"))
                .anySatisfy(r -> assertThat(r).contains("north"));
        assertThat(v.replaces()).isTrue();
        assertThat(v.register().id()).isEqualTo("test-2025");
        assertThat(network.listAccessPoints("test-2025")).extracting(AccessPoint::id).containsExactly("test-2025:1");
        assertThat(replaced).hasValue(0);

        // rows were rejected: saving needs an explicit yes, knowing 2 points replace the 1 the oblast has now
        assertThat(v.currentAccessPoints()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> uploads.confirm(v.uploadId()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("2 rows were rejected")
                .hasMessageContaining("keep 2 access points where the oblast has 1 now");
        assertThat(network.listAccessPoints("test-2025")).hasSize(1);
        var saved = uploads.confirm(v.uploadId(), true, null, true);

        assertThat(saved.accessPoints()).isEqualTo(2);
        assertThat(network.listAccessPoints("test-2025")).extracting(AccessPoint::hromadaCode)
                .containsExactlyInAnyOrder(SquareHromadas.WEST, SquareHromadas.EAST);
        assertThat(network.findRegister("test-2025").orElseThrow().source()).isEqualTo("upload: test.csv");
        assertThat(replaced).hasValue(1);
    }

    @Test
    void aFileWithoutTheRequiredColumnsCannotBeConfirmed() {
        Validation v = uploads.validate("../../etc/wrong.csv", csv("name,lon\nx,25.1\n"), RegisterFormat.TEMPLATE,
                SquareHromadas.OBLAST);
        assertThat(v.uploadId()).isNull();
        assertThat(v.fatal().reason()).contains("id");
        assertThat(v.fileName()).isEqualTo("wrong.csv");
        // issue 14: the server's temporary folder never shows, the file is named as uploaded
        assertThat(v.fatal().source()).isEqualTo("wrong.csv");
        assertThat(v.fatal().reason()).doesNotContain(System.getProperty("java.io.tmpdir")).doesNotContain("cnap-upload");
    }

    @Test
    void anUnknownUploadIsBadInputAndConfirmingTwiceIsToo() {
        Validation v = uploads.validate("ok.csv", csv("id,name,kind,lon,lat\n1,ВРМ,REMOTE_WORKPLACE,25.05,48.05\n"),
                RegisterFormat.TEMPLATE, SquareHromadas.OBLAST);
        uploads.confirm(v.uploadId());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> uploads.confirm(v.uploadId()))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void onlyTheUploaderOrAnAdminConfirms() {
        Validation v = uploads.validate("ok.csv", csv("id,name,kind,lon,lat\n1,ВРМ,REMOTE_WORKPLACE,25.05,48.05\n"),
                RegisterFormat.TEMPLATE, SquareHromadas.OBLAST, "olena");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> uploads.confirm(v.uploadId(), false, "taras", false))
                .isInstanceOf(UploadForbiddenException.class).hasMessageContaining("olena");
        // refused, so still waiting: its uploader confirms it
        assertThat(uploads.confirm(v.uploadId(), false, "olena", false).accessPoints()).isEqualTo(1);

        Validation other = uploads.validate("ok.csv", csv("id,name,kind,lon,lat\n1,ВРМ,REMOTE_WORKPLACE,25.05,48.05\n"),
                RegisterFormat.TEMPLATE, SquareHromadas.OBLAST, "olena");
        assertThat(uploads.confirm(other.uploadId(), false, "admin", true).accessPoints()).isEqualTo(1);
    }
}
