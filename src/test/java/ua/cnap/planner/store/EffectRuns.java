package ua.cnap.planner.store;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cnap.planner.run.Run;
import ua.cnap.planner.run.RunContext;
import ua.cnap.planner.run.RunHandler;
import ua.cnap.planner.run.RunKind;

/**
 * Work for the two-instance test: waits a while (a solve), then records that it was done, and by which
 * instance, in {@code run_effect}; a run executed to its end twice would leave two rows.
 */
final class EffectRuns implements RunHandler {

    static final String TABLE = "CREATE TABLE IF NOT EXISTS run_effect (run_id VARCHAR(60) NOT NULL,"
            + " instance VARCHAR(40) NOT NULL)";

    /** How long a run works. */
    record Work(long millis) {
    }

    private final JdbcTemplate jdbc;
    private final String instance;

    EffectRuns(DataSource dataSource, String instance) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.instance = instance;
    }

    @Override
    public RunKind kind() {
        return RunKind.PLAN;
    }

    @Override
    public void check(String parametersJson) {
        // any duration will do
    }

    @Override
    public Object execute(Run run, RunContext context) {
        long millis = ua.cnap.planner.scenario.ScenarioJson.read(run.parametersJson(), Work.class).millis();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        jdbc.update("INSERT INTO run_effect (run_id, instance) VALUES (?, ?)", run.id(), instance);
        return new Work(millis);
    }
}
