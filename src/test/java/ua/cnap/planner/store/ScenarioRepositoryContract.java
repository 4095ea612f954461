package ua.cnap.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.scenario.Scenario;
import ua.cnap.planner.scenario.ScenarioFixtures;
import ua.cnap.planner.scenario.ScenarioStatus;
import ua.cnap.planner.scenario.ScenarioSummary;

/** Scenarios in a store, run against both stores by its subclasses. */
abstract class ScenarioRepositoryContract {

    static final Instant T0 = Instant.parse("2025-06-01T08:00:00.250Z");

    protected PlannerStore store;
    protected JdbcScenarioRepository repository;

    protected abstract PlannerStore openStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openStore();
        repository = new JdbcScenarioRepository(store);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aScenarioWithItsResultIsReadBackEqual() {
        Scenario saved = ScenarioFixtures.done("s-1", "Пул: Чернівецька, 5 млн", T0);
        repository.save(saved);

        Scenario read = repository.find("s-1").orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.result().proposals().get(0).site()).isEqualTo("Карапчів");
        assertThat(repository.find("no-such")).isEmpty();
    }

    @Test
    void theListShowsHeadlineFiguresNewestFirst() {
        repository.save(ScenarioFixtures.done("old", "old", T0));
        repository.save(ScenarioFixtures.fresh("new", "new", ScenarioStatus.NEW, T0.plusSeconds(60)));

        assertThat(repository.list()).extracting(ScenarioSummary::id).containsExactly("new", "old");
        ScenarioSummary old = repository.list().get(1);
        assertThat(old.totals().populationCoveredAfter()).isEqualTo(812_345);
        assertThat(old.createdAt()).isEqualTo(T0);
        assertThat(old.owner()).as("who made it, for the page's list").isEqualTo("olena");
        assertThat(repository.list().get(0).totals()).isNull();
        assertThat(repository.list().get(0).owner()).as("made from the command line").isNull();
    }

    @Test
    void savingAgainReplacesAndDeleteRemoves() {
        Scenario saved = ScenarioFixtures.done("s-1", "first name", T0);
        repository.save(saved);
        repository.save(saved.withName("другая назва", T0.plusSeconds(5)));

        assertThat(repository.list()).hasSize(1);
        assertThat(repository.find("s-1").orElseThrow().name()).isEqualTo("другая назва");
        assertThat(repository.find("s-1").orElseThrow().result()).isEqualTo(saved.result());
        assertThat(repository.delete("s-1")).isTrue();
        assertThat(repository.delete("s-1")).isFalse();
        assertThat(repository.list()).isEmpty();
    }

    @Test
    void onlyQueuedAndRunningScenariosAreMarkedInterrupted() {
        repository.save(ScenarioFixtures.fresh("running", "r", ScenarioStatus.RUNNING, T0));
        repository.save(ScenarioFixtures.fresh("queued", "q", ScenarioStatus.QUEUED, T0));
        repository.save(ScenarioFixtures.fresh("new", "n", ScenarioStatus.NEW, T0));
        repository.save(ScenarioFixtures.done("done", "d", T0));

        assertThat(repository.markActiveAsInterrupted(T0.plusSeconds(1), "stopped")).isEqualTo(2);
        assertThat(repository.find("running").orElseThrow().status()).isEqualTo(ScenarioStatus.INTERRUPTED);
        assertThat(repository.find("running").orElseThrow().error()).isEqualTo("stopped");
        assertThat(repository.find("queued").orElseThrow().status()).isEqualTo(ScenarioStatus.INTERRUPTED);
        assertThat(repository.find("new").orElseThrow().status()).isEqualTo(ScenarioStatus.NEW);
        assertThat(repository.find("done").orElseThrow().status()).isEqualTo(ScenarioStatus.DONE);
    }

    @Test
    void aScenarioSurvivesClosingAndReopeningTheStore() throws Exception {
        Scenario saved = ScenarioFixtures.done("s-1", "kept", T0);
        repository.save(saved);
        store.close();
        store = openStore(false);
        assertThat(new JdbcScenarioRepository(store).find("s-1")).contains(saved);
    }

    /** Reopens the same store; {@code empty} false keeps what is in it. */
    protected abstract PlannerStore openStore(boolean empty) throws Exception;
}
