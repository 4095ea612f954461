package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.network.KnownRegisters;
import ua.cnap.planner.network.Register;

class MainOfficeEvidenceTest {

    @Test
    void aRegisterBeforeThe2020HromadasCannotTellMainOffices() {
        assertThat(MainOfficeEvidence.unknownReason(List.of(KnownRegisters.UKRAINE_2017)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("ukraine-2017").contains("2020"));
        assertThat(MainOfficeEvidence.unknownReason(List.of(KnownRegisters.CHERNIVETSKA_2025, KnownRegisters.UKRAINE_2017)))
                .isPresent();
    }

    @Test
    void aRegisterAfterTheReformCan() {
        assertThat(MainOfficeEvidence.unknownReason(List.of(KnownRegisters.CHERNIVETSKA_2025))).isEmpty();
        assertThat(MainOfficeEvidence.unknownReason(List.of())).isEmpty();
        Register onTheDay = new Register("r", "r", MainOfficeEvidence.HROMADA_REFORM, false, null, null);
        Register dayBefore = new Register("old", "old", MainOfficeEvidence.HROMADA_REFORM.minusDays(1), false, null,
                null);
        assertThat(MainOfficeEvidence.unknownReason(List.of(onTheDay))).isEmpty();
        assertThat(MainOfficeEvidence.unknownReason(List.of(dayBefore))).isPresent();
        assertThat(LocalDate.of(2020, 6, 12)).isEqualTo(MainOfficeEvidence.HROMADA_REFORM);
    }
}
