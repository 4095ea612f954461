package ua.cnap.planner.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.network.ServiceKind;

/** Registers and access points in either store. */
public final class JdbcAccessPointRepository implements AccessPointRepository {

    private static final String REGISTER_SELECT =
            "SELECT id, name, register_date, historical, oblast_code, source FROM access_register";
    private static final String POINT_SELECT = "SELECT id, register_id, name, kind, dia_centre, services,"
            + " service_count, status, " + Wkb.column("location") + ", hromada_code, declared_hromada_name, address,"
            + " has_mobile_case, has_mobile_office, services_told, barrier_free FROM access_point";

    private final JdbcTemplate jdbc;

    public JdbcAccessPointRepository(PlannerStore store) {
        this.jdbc = new JdbcTemplate(store.dataSource());
    }

    @Override
    public List<Register> listRegisters() {
        return jdbc.query(REGISTER_SELECT + " ORDER BY historical, register_date DESC, id", (rs, i) -> register(rs));
    }

    @Override
    public Optional<Register> findRegister(String id) {
        return jdbc.query(REGISTER_SELECT + " WHERE id = ?", (rs, i) -> register(rs), id).stream().findFirst();
    }

    @Override
    public List<AccessPoint> listAccessPoints(String registerId) {
        return jdbc.query(POINT_SELECT + " WHERE register_id = ? ORDER BY id", (rs, i) -> accessPoint(rs), registerId);
    }

    private static Register register(ResultSet rs) throws SQLException {
        return new Register(rs.getString("id"), rs.getString("name"), rs.getDate("register_date").toLocalDate(),
                rs.getBoolean("historical"), rs.getString("oblast_code"), rs.getString("source"));
    }

    private static AccessPoint accessPoint(ResultSet rs) throws SQLException {
        int serviceCount = rs.getInt("service_count");
        Integer serviceCountOrNull = rs.wasNull() ? null : serviceCount;
        return new AccessPoint(rs.getString("id"), rs.getString("register_id"), rs.getString("name"),
                AccessPointKind.valueOf(rs.getString("kind")), rs.getBoolean("dia_centre"),
                services(rs.getString("services")), serviceCountOrNull,
                AccessPointStatus.valueOf(rs.getString("status")), Wkb.read(rs, "location"),
                rs.getString("hromada_code"), rs.getString("declared_hromada_name"), rs.getString("address"),
                rs.getBoolean("has_mobile_case"), rs.getBoolean("has_mobile_office"),
                services(rs.getString("services_told")), barrierFree(rs));
    }

    private static Boolean barrierFree(ResultSet rs) throws SQLException {
        boolean value = rs.getBoolean("barrier_free");
        return rs.wasNull() ? null : value;
    }

    static String services(Set<ServiceKind> services) {
        return services.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<ServiceKind> services(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(ServiceKind::valueOf).collect(Collectors.toSet());
    }
}
