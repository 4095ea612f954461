package ua.cnap.planner.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;
import ua.cnap.planner.territory.TerritoryRepository;

/** Territory tables in either store. */
public final class JdbcTerritoryRepository implements TerritoryRepository {

    private static final String HROMADA_SELECT = "SELECT code, raion_code, oblast_code, name_uk, name_en, hromada_type,"
            + " population_2022, urban_population_2022, " + Wkb.column("centre") + ", centre_settlement_code,"
            + " centre_name, " + Wkb.column("boundary") + " FROM hromada";

    private final JdbcTemplate jdbc;

    public JdbcTerritoryRepository(PlannerStore store) {
        this.jdbc = new JdbcTemplate(store.dataSource());
    }

    @Override
    public List<Oblast> listOblasts() {
        return jdbc.query("SELECT code, name_uk, name_en FROM oblast ORDER BY code",
                (rs, i) -> new Oblast(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    public List<Raion> listRaions() {
        return jdbc.query("SELECT code, oblast_code, name_uk FROM raion ORDER BY code",
                (rs, i) -> new Raion(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    public List<Hromada> listHromadas() {
        return jdbc.query(HROMADA_SELECT + " ORDER BY code", (rs, i) -> hromada(rs));
    }

    @Override
    public List<Hromada> listHromadasInOblast(String oblastCode) {
        return jdbc.query(HROMADA_SELECT + " WHERE oblast_code = ? ORDER BY code", (rs, i) -> hromada(rs), oblastCode);
    }

    @Override
    public Optional<Hromada> findHromada(String code) {
        return jdbc.query(HROMADA_SELECT + " WHERE code = ?", (rs, i) -> hromada(rs), code).stream().findFirst();
    }

    private static Hromada hromada(ResultSet rs) throws SQLException {
        return new Hromada(rs.getString("code"), rs.getString("raion_code"), rs.getString("oblast_code"),
                rs.getString("name_uk"), rs.getString("name_en"), rs.getString("hromada_type"),
                rs.getLong("population_2022"), rs.getLong("urban_population_2022"), Wkb.read(rs, "centre"),
                rs.getString("centre_settlement_code"), rs.getString("centre_name"), Wkb.read(rs, "boundary"));
    }
}
