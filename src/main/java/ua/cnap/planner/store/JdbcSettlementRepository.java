package ua.cnap.planner.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cnap.planner.population.PointSource;
import ua.cnap.planner.population.PopulationRule;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.population.SettlementRepository;

/** Settlement table in either store. */
public final class JdbcSettlementRepository implements SettlementRepository {

    private static final String SELECT = "SELECT s.id, s.katottg_code, s.name_uk, s.name_en, "
            + Wkb.column("location") + ", s.hromada_code, s.source_population, s.population, s.population_rule, s.point_source"
            + " FROM settlement s";

    private final JdbcTemplate jdbc;

    public JdbcSettlementRepository(PlannerStore store) {
        this.jdbc = new JdbcTemplate(store.dataSource());
    }

    @Override
    public List<Settlement> listSettlements() {
        return jdbc.query(SELECT + " ORDER BY s.id", (rs, i) -> settlement(rs));
    }

    @Override
    public List<Settlement> listSettlementsInOblast(String oblastCode) {
        return jdbc.query(SELECT + " JOIN hromada h ON h.code = s.hromada_code WHERE h.oblast_code = ? ORDER BY s.id",
                (rs, i) -> settlement(rs), oblastCode);
    }

    @Override
    public List<Settlement> listSettlementsInHromada(String hromadaCode) {
        return jdbc.query(SELECT + " WHERE s.hromada_code = ? ORDER BY s.id", (rs, i) -> settlement(rs), hromadaCode);
    }

    private static Settlement settlement(ResultSet rs) throws SQLException {
        return new Settlement(rs.getString("id"), rs.getString("katottg_code"), rs.getString("name_uk"),
                rs.getString("name_en"), Wkb.read(rs, "location"), rs.getString("hromada_code"),
                rs.getLong("source_population"), rs.getLong("population"),
                PopulationRule.valueOf(rs.getString("population_rule")), pointSource(rs.getString("point_source")));
    }

    /** Null for rows written before V7 or by a caller that did not say. */
    private static PointSource pointSource(String name) {
        return name == null ? null : PointSource.valueOf(name);
    }
}
