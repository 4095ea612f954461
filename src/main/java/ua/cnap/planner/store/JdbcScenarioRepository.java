package ua.cnap.planner.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.cnap.planner.scenario.DataVintage;
import ua.cnap.planner.scenario.Scenario;
import ua.cnap.planner.scenario.ScenarioJson;
import ua.cnap.planner.scenario.ScenarioKpis;
import ua.cnap.planner.scenario.ScenarioParameters;
import ua.cnap.planner.scenario.ScenarioRepository;
import ua.cnap.planner.scenario.ScenarioResult;
import ua.cnap.planner.scenario.ScenarioStatus;
import ua.cnap.planner.scenario.ScenarioSummary;

/**
 * Scenarios in the {@code scenario} table of either store, with the same SQL: parameters, vintage and
 * results as JSON text, status and times in columns. A save is an update or an insert in one
 * transaction, so a reader never sees half a scenario.
 */
public final class JdbcScenarioRepository implements ScenarioRepository {

    private static final String COLUMNS = "id, name, status, parameters_json, import_run_id, vintage_json, kpis_json,"
            + " result_json, routes_json, error, created_at, updated_at, owner";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcScenarioRepository(PlannerStore store) {
        this.jdbc = new JdbcTemplate(store.dataSource());
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(store.dataSource()));
    }

    @Override
    public void save(Scenario s) {
        String parameters = ScenarioJson.write(s.parameters());
        String vintage = ScenarioJson.write(s.vintage());
        String kpis = s.result() == null ? null : ScenarioJson.write(s.result().totals());
        String result = ScenarioJson.write(s.result());
        Long importRunId = s.vintage() == null ? null : s.vintage().importRunId();
        try {
            transaction.executeWithoutResult(status -> {
                int updated = jdbc.update("UPDATE scenario SET name = ?, status = ?, parameters_json = ?,"
                        + " import_run_id = ?, vintage_json = ?, kpis_json = ?, result_json = ?, routes_json = ?,"
                        + " error = ?, created_at = ?, updated_at = ? WHERE id = ?",
                        s.name(), s.status().name(), parameters, importRunId, vintage, kpis, result, s.routesJson(),
                        s.error(), Timestamp.from(s.createdAt()), Timestamp.from(s.updatedAt()), s.id());
                if (updated == 0) {
                    jdbc.update("INSERT INTO scenario (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            s.id(), s.name(), s.status().name(), parameters, importRunId, vintage, kpis, result,
                            s.routesJson(), s.error(), Timestamp.from(s.createdAt()), Timestamp.from(s.updatedAt()),
                            s.owner());
                }
            });
        } catch (DataAccessException e) {
            throw new StoreException("scenario " + s.id() + " was not saved: " + e.getMostSpecificCause().getMessage(),
                    e);
        }
    }

    @Override
    public Optional<Scenario> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM scenario WHERE id = ?", (rs, i) -> scenario(rs), id)
                .stream().findFirst();
    }

    @Override
    public List<ScenarioSummary> list() {
        return jdbc.query("SELECT id, name, status, kpis_json, created_at, updated_at, owner FROM scenario"
                + " ORDER BY created_at DESC, id", (rs, i) -> new ScenarioSummary(rs.getString(1), rs.getString(2),
                        ScenarioStatus.valueOf(rs.getString(3)), ScenarioJson.read(rs.getString(4), ScenarioKpis.class),
                        instant(rs, 5), instant(rs, 6), rs.getString(7)));
    }

    @Override
    public boolean delete(String id) {
        return jdbc.update("DELETE FROM scenario WHERE id = ?", id) > 0;
    }

    @Override
    public int markActiveAsInterrupted(Instant now, String reason) {
        return jdbc.update("UPDATE scenario SET status = ?, error = ?, updated_at = ? WHERE status IN (?, ?)",
                ScenarioStatus.INTERRUPTED.name(), reason, Timestamp.from(now), ScenarioStatus.QUEUED.name(),
                ScenarioStatus.RUNNING.name());
    }

    private static Scenario scenario(ResultSet rs) throws SQLException {
        return new Scenario(rs.getString("id"), rs.getString("name"), ScenarioStatus.valueOf(rs.getString("status")),
                ScenarioJson.read(rs.getString("parameters_json"), ScenarioParameters.class),
                ScenarioJson.read(rs.getString("vintage_json"), DataVintage.class),
                ScenarioJson.read(rs.getString("result_json"), ScenarioResult.class),
                rs.getString("routes_json"), rs.getString("error"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getString("owner"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
