package ua.cnap.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPointKind;

/** Reading scenario files: the fixtures, the documented example and files with one flaw each. */
class ScenarioFileTest {

    static Path resource(String name) {
        try {
            return Path.of(ScenarioFileTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheTestFixture() {
        ScenarioFile file = ScenarioFile.read(resource("/scenarios/chernivtsi-pool.yaml"), AccessStandard.national());

        assertThat(file.name()).isEqualTo("Чернівецька, 3 млн, 10 хв / 5 км");
        ScenarioParameters p = file.parameters();
        assertThat(p.oblasts()).extracting(ScenarioParameters.OblastPart::oblast).containsExactly("Чернівецька");
        assertThat(p.budgetMode()).isEqualTo(ScenarioParameters.BudgetMode.POOL);
        assertThat(p.budgetUah()).isEqualTo(3_000_000);
        assertThat(p.standard()).isEqualTo(new AccessStandard(10, 5, AccessStandard.Rule.EITHER));
        assertThat(p.rules()).isEqualTo("none");
        assertThat(p.stepLimit()).isEqualTo(300);
        assertThat(p.exactTimeLimitSeconds()).isZero();
        assertThat(p.kinds()).isEmpty();
        assertThat(p.minCandidatePopulation()).isEqualTo(300);
    }

    @Test
    void readsTheDonorsQuestionAndRefusesEquipmentSplitOverOblasts() throws Exception {
        ScenarioParameters p = ScenarioFile.read(resource("/scenarios-donor/chernivtsi-donor.yaml"),
                AccessStandard.national()).parameters();
        assertThat(p.budgetUah()).isNull();
        assertThat(p.requirement().service()).isEqualTo(ua.cnap.planner.network.ServiceKind.PASSPORT);
        assertThat(p.equipment()).isEqualTo(new ua.cnap.planner.planning.Equipment(2, 3));
        assertThat(ScenarioFile.read(Path.of("docs/scenario-donor.yaml"), AccessStandard.national()).parameters()
                .equipment().limits()).containsEntry(AccessPointKind.PASSPORT_STATION, 3)
                .containsEntry(AccessPointKind.MOBILE_CASE, 5);

        assertThatThrownBy(() -> parse("name: x\noblasts: [{oblast: A, share: 0.5}, {oblast: B, share: 0.5}]\n"
                + "budgetUah: 100\nbudgetMode: split\nmobileCases: 2\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("budgetMode").hasMessageContaining("pool");
        assertThatThrownBy(() -> parse("name: x\noblasts: [A]\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("budgetUah");
        assertThatThrownBy(() -> parse("name: x\noblasts: [A]\nmobileCases: -1\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("mobileCases");
        assertThatThrownBy(() -> parse("name: x\noblasts: [A]\nservice: телепорт\nmobileCases: 1\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("service");
    }

    @Test
    void readsTheDocumentedExampleWithASplitAndPerOblastRegisters() {
        ScenarioFile file = ScenarioFile.read(Path.of("docs/scenario-example.yaml"), AccessStandard.national());
        ScenarioParameters p = file.parameters();

        assertThat(p.budgetMode()).isEqualTo(ScenarioParameters.BudgetMode.SPLIT);
        assertThat(p.oblasts()).hasSize(2);
        assertThat(p.oblasts().get(1).register()).isEqualTo("ukraine-2017");
        assertThat(p.splitBudgetsUah()).containsExactly(6_000_000L, 4_000_000L);
        assertThat(p.totalBudgetUah()).isEqualTo(10_000_000L);
        assertThat(p.kinds()).containsExactlyInAnyOrder(AccessPointKind.MAIN_OFFICE, AccessPointKind.BRANCH,
                AccessPointKind.REMOTE_WORKPLACE);
    }

    @Test
    void whereTheFileGivesNoStandardTheConfiguredOneApplies() {
        ScenarioFile file = ScenarioFile.read(resource("/scenarios/chernivtsi-remote-only.yaml"),
                new AccessStandard(20, 7, AccessStandard.Rule.BOTH));
        assertThat(file.parameters().standard()).isEqualTo(new AccessStandard(10, 5, AccessStandard.Rule.BOTH));
        assertThat(file.parameters().kinds()).containsExactly(AccessPointKind.REMOTE_WORKPLACE);
    }

    @Test
    void aMisspeltKeyIsNamedWithTheFile() {
        assertBad("misspelt-key.yaml", "oblasts[0].budgetUAH", "unknown key");
    }

    @Test
    void sharesAboveOneAreRefused() {
        assertBad("shares-over-one.yaml", "oblasts", "add up to 1.2");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertBad("broken-syntax.yaml", "line", "not valid YAML");
    }

    @Test
    void aNegativeStandardIsRefused() {
        assertBad("negative-minutes.yaml", "standard.minutes", "positive");
    }

    @Test
    void anAmountPerOblastNeedsASplit() {
        assertBad("pool-with-amount.yaml", "oblasts[0]", "budgetMode: split");
    }

    static ScenarioFile parse(String yaml) throws Exception {
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml);
        return ScenarioFile.parse(root, "test.yaml", AccessStandard.national());
    }

    @Test
    void theOrder376TerritoriesAreLeftOutByDefaultAsEverywhere() throws Exception {
        String base = "name: t\noblasts: [Чернівецька]\nbudgetUah: 1000\n";
        assertThat(parse(base).parameters().exclusionChoice())
                .isEqualTo(ua.cnap.planner.coverage.ExclusionChoice.DEFAULT);
        assertThat(parse(base + "excludeOccupied: false\n").parameters().exclusionChoice())
                .isEqualTo(ua.cnap.planner.coverage.ExclusionChoice.INCLUDE);
        ScenarioParameters dated = parse(base + "excludeOccupied: true\nasOf: 2025-05-07\n").parameters();
        assertThat(dated.exclusionChoice()).isEqualTo(
                ua.cnap.planner.coverage.ExclusionChoice.excludeAsOf(java.time.LocalDate.of(2025, 5, 7)));
        // kept as the store keeps it (JSON text) and read back the same
        assertThat(ScenarioJson.read(ScenarioJson.write(dated), ScenarioParameters.class)).isEqualTo(dated);
        assertThatThrownBy(() -> parse(base + "asOf: 07.05.2025\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("asOf");
        assertThatThrownBy(() -> parse(base + "excludeOccupied: false\nasOf: 2025-05-07\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("asOf");
        assertThatThrownBy(() -> parse(base + "excludeOccupied: maybe\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("excludeOccupied");
    }

    private static void assertBad(String fixture, String item, String reason) {
        Path file = resource(fixture);
        assertThatThrownBy(() -> ScenarioFile.read(file, AccessStandard.national()))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> {
                    BadInputException bad = (BadInputException) e;
                    assertThat(bad.source()).isEqualTo(file.toString());
                    assertThat(bad.item()).startsWith(item);
                    assertThat(bad.reason()).contains(reason);
                });
    }
}
