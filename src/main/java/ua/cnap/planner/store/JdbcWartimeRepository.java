package ua.cnap.planner.store;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import ua.cnap.planner.wartime.WartimeCategory;
import ua.cnap.planner.wartime.WartimeEntry;
import ua.cnap.planner.wartime.WartimeList;
import ua.cnap.planner.wartime.WartimeRepository;

/** The imported Order 376 list from the store (H2GIS or PostGIS). */
public final class JdbcWartimeRepository implements WartimeRepository {

    private final JdbcTemplate jdbc;

    public JdbcWartimeRepository(PlannerStore store) {
        this.jdbc = new JdbcTemplate(store.dataSource());
    }

    @Override
    public long importRunId() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM import_run", Long.class);
        return id == null ? -1 : id;
    }

    @Override
    public WartimeList loadList() {
        List<String> sources = jdbc.queryForList("SELECT source FROM wartime_list ORDER BY id", String.class);
        if (sources.isEmpty()) {
            return WartimeList.EMPTY;
        }
        List<WartimeEntry> entries = jdbc.query("SELECT code, name, category, started_on, ended_on, item,"
                + " hromada_code, settlement_name FROM wartime_territory ORDER BY id", (rs, n) -> {
                    Date ended = rs.getDate("ended_on");
                    return new WartimeEntry(rs.getString("code"), rs.getString("name"),
                            WartimeCategory.valueOf(rs.getString("category")), rs.getDate("started_on").toLocalDate(),
                            ended == null ? null : ended.toLocalDate(), rs.getString("item"),
                            rs.getString("hromada_code"), rs.getString("settlement_name"));
                });
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("SELECT hromada_code, codifier_settlements FROM wartime_hromada",
                (RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getInt(2)));
        return new WartimeList(sources.get(0), entries, counts);
    }

    static void insert(JdbcTemplate jdbc, WartimeList list) {
        // this table is the list's own: emptied here, in the import's transaction
        jdbc.update("DELETE FROM wartime_hromada");
        List<Map.Entry<String, Integer>> counts = List.copyOf(list.codifierSettlements().entrySet());
        if (!list.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO wartime_hromada (hromada_code, codifier_settlements) VALUES (?, ?)", counts,
                    500, (ps, c) -> {
                        ps.setString(1, c.getKey());
                        ps.setInt(2, c.getValue());
                    });
        }
        if (list.isEmpty()) {
            return;
        }
        jdbc.update("INSERT INTO wartime_list (id, source) VALUES (1, ?)", list.source());
        List<WartimeEntry> entries = list.entries();
        jdbc.batchUpdate("INSERT INTO wartime_territory (id, code, name, category, started_on, ended_on, item,"
                + " hromada_code, settlement_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                java.util.stream.IntStream.range(0, entries.size()).boxed().toList(), 500, (ps, i) -> {
                    WartimeEntry e = entries.get(i);
                    ps.setInt(1, i + 1);
                    ps.setString(2, e.code());
                    ps.setString(3, e.name());
                    ps.setString(4, e.category().name());
                    ps.setDate(5, Date.valueOf(e.startedOn()));
                    ps.setDate(6, e.endedOn() == null ? null : Date.valueOf(e.endedOn()));
                    ps.setString(7, e.item());
                    ps.setString(8, e.hromadaCode());
                    ps.setString(9, e.settlementName());
                });
    }
}
