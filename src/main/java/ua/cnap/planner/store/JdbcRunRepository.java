package ua.cnap.planner.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cnap.planner.run.Run;
import ua.cnap.planner.run.RunKind;
import ua.cnap.planner.run.RunRepository;
import ua.cnap.planner.run.RunStatus;

/**
 * Runs in the {@code planner_run} table of either store, with the same SQL. Every change is one
 * conditional UPDATE, so two instances never both start or both end one run.
 */
public final class JdbcRunRepository implements RunRepository {

    private static final String COLUMNS = "id, kind, owner, parameters_json, status, progress_json, step, result_json,"
            + " error, data_vintage, executions, stop_requested, created_at, started_at, finished_at";
    /** What lists show: no result, no progress. */
    private static final String LIST_COLUMNS = "id, kind, owner, parameters_json, status, NULL AS progress_json, step,"
            + " NULL AS result_json, error, data_vintage, executions, stop_requested, created_at, started_at, finished_at";
    private static final String ACTIVE = "status IN ('QUEUED', 'RUNNING')";

    private final JdbcTemplate jdbc;

    public JdbcRunRepository(PlannerStore store) {
        this.jdbc = new JdbcTemplate(store.dataSource());
    }

    @Override
    public void insert(Run r) {
        try {
            jdbc.update("INSERT INTO planner_run (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.id(), r.kind().name(), r.owner(), r.parametersJson(), r.status().name(), r.progressJson(),
                    r.step(), r.resultJson(), r.error(), r.dataVintage(), r.executions(), r.stopRequested(),
                    timestamp(r.createdAt()), timestamp(r.startedAt()), timestamp(r.finishedAt()));
        } catch (DataAccessException e) {
            throw new StoreException("run " + r.id() + " was not saved: " + e.getMostSpecificCause().getMessage(), e);
        }
    }

    @Override
    public Optional<Run> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM planner_run WHERE id = ?", (rs, i) -> run(rs), id)
                .stream().findFirst();
    }

    @Override
    public List<Run> list(RunKind kind) {
        if (kind == null) {
            return jdbc.query("SELECT " + LIST_COLUMNS + " FROM planner_run ORDER BY created_at DESC, id",
                    (rs, i) -> run(rs));
        }
        return jdbc.query("SELECT " + LIST_COLUMNS + " FROM planner_run WHERE kind = ? ORDER BY created_at DESC, id",
                (rs, i) -> run(rs), kind.name());
    }

    @Override
    public int countActive() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM planner_run WHERE " + ACTIVE, Integer.class);
        return count == null ? 0 : count;
    }

    @Override
    public Optional<Run> markRunning(String id, Instant now) {
        int updated = jdbc.update("UPDATE planner_run SET status = 'RUNNING', executions = executions + 1,"
                + " started_at = ?, step = 'started' WHERE id = ? AND " + ACTIVE, timestamp(now), id);
        return updated == 0 ? Optional.empty() : find(id);
    }

    @Override
    public void saveProgress(String id, String progressJson, String step) {
        jdbc.update("UPDATE planner_run SET progress_json = ?, step = ? WHERE id = ? AND status = 'RUNNING'",
                progressJson, step, id);
    }

    @Override
    public boolean finish(String id, RunStatus status, String resultJson, String error, String dataVintage,
            Instant now) {
        return jdbc.update("UPDATE planner_run SET status = ?, result_json = ?, error = ?, data_vintage = ?,"
                        + " finished_at = ?, step = ? WHERE id = ? AND " + ACTIVE, status.name(), resultJson,
                truncate(error), dataVintage, timestamp(now), status.name().toLowerCase(java.util.Locale.ROOT), id) > 0;
    }

    @Override
    public void requestStop(String id, Instant now) {
        jdbc.update("UPDATE planner_run SET stop_requested = TRUE WHERE id = ?", id);
        jdbc.update("UPDATE planner_run SET status = 'CANCELLED', finished_at = ?, step = 'cancelled',"
                + " error = 'зупинено до початку (stopped before it started)' WHERE id = ? AND status = 'QUEUED'",
                timestamp(now), id);
    }

    @Override
    public boolean isStopRequested(String id) {
        List<Boolean> flags = jdbc.query("SELECT stop_requested FROM planner_run WHERE id = ?",
                (rs, i) -> rs.getBoolean(1), id);
        return !flags.isEmpty() && flags.get(0);
    }

    @Override
    public boolean delete(String id) {
        return jdbc.update("DELETE FROM planner_run WHERE id = ?", id) > 0;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Run run(ResultSet rs) throws SQLException {
        return new Run(rs.getString("id"), RunKind.valueOf(rs.getString("kind")), rs.getString("owner"),
                rs.getString("parameters_json"), RunStatus.valueOf(rs.getString("status")),
                rs.getString("progress_json"), rs.getString("step"), rs.getString("result_json"),
                rs.getString("error"), rs.getString("data_vintage"), rs.getInt("executions"),
                rs.getBoolean("stop_requested"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }
}
