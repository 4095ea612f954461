package ua.cnap.planner.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.cnap.planner.importing.Dataset;
import ua.cnap.planner.importing.DatasetStore;
import ua.cnap.planner.importing.ImportRun;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.Register;

/**
 * Writes a whole dataset in one transaction: the old rows are deleted and the new ones inserted in
 * batches, so that a reader sees either the old import or the new one, never half of each. Import is
 * therefore idempotent: running it twice on the same files leaves the same rows.
 */
public final class JdbcDatasetStore implements DatasetStore {

    private static final int BATCH_SIZE = 500;

    /** Children before parents. */
    private static final List<String> TABLES_IN_DELETE_ORDER =
            List.of("access_point", "access_register", "settlement", "hromada", "raion", "oblast", "population_cell",
                    "wartime_territory", "wartime_list");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcDatasetStore(PlannerStore store) {
        this.jdbc = new JdbcTemplate(store.dataSource());
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(store.dataSource()));
    }

    @Override
    public void replaceAll(Dataset dataset, String dataDir, String reportJson) {
        try {
            transaction.executeWithoutResult(status -> {
                TABLES_IN_DELETE_ORDER.forEach(table -> jdbc.update("DELETE FROM " + table));
                insertAll(dataset);
                Long lastId = jdbc.queryForObject("SELECT MAX(id) FROM import_run", Long.class);
                jdbc.update("INSERT INTO import_run (id, finished_at, data_dir, report_json) VALUES (?, ?, ?, ?)",
                        lastId == null ? 1 : lastId + 1, Timestamp.from(Instant.now()), dataDir, reportJson);
            });
        } catch (DataAccessException e) {
            throw new StoreException("the import was not written (the store is unchanged): "
                    + e.getMostSpecificCause().getMessage(), e);
        }
    }

    private void insertAll(Dataset d) {
        jdbc.batchUpdate("INSERT INTO oblast (code, name_uk, name_en) VALUES (?, ?, ?)", d.oblasts(), BATCH_SIZE,
                (ps, o) -> {
                    ps.setString(1, o.code());
                    ps.setString(2, o.nameUk());
                    ps.setString(3, o.nameEn());
                });
        jdbc.batchUpdate("INSERT INTO raion (code, oblast_code, name_uk) VALUES (?, ?, ?)", d.raions(), BATCH_SIZE,
                (ps, r) -> {
                    ps.setString(1, r.code());
                    ps.setString(2, r.oblastCode());
                    ps.setString(3, r.nameUk());
                });
        jdbc.batchUpdate("INSERT INTO hromada (code, raion_code, oblast_code, name_uk, name_en, hromada_type,"
                + " population_2022, urban_population_2022, centre, centre_settlement_code, centre_name, boundary)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, " + Wkb.PARAMETER + ", ?, ?, " + Wkb.PARAMETER + ")",
                d.hromadas(), 100, (ps, h) -> {
                    ps.setString(1, h.code());
                    ps.setString(2, h.raionCode());
                    ps.setString(3, h.oblastCode());
                    ps.setString(4, h.nameUk());
                    ps.setString(5, h.nameEn());
                    ps.setString(6, h.type());
                    ps.setLong(7, h.population2022());
                    ps.setLong(8, h.urbanPopulation2022());
                    ps.setBytes(9, Wkb.write(h.centre()));
                    ps.setString(10, h.centreSettlementCode());
                    ps.setString(11, h.centreName());
                    if (h.boundary() == null) {
                        ps.setNull(12, Types.BINARY);
                    } else {
                        ps.setBytes(12, Wkb.write(h.boundary()));
                    }
                });
        jdbc.batchUpdate("INSERT INTO settlement (id, katottg_code, name_uk, name_en, location, hromada_code,"
                + " source_population, population, population_rule, point_source) VALUES (?, ?, ?, ?, " + Wkb.PARAMETER
                + ", ?, ?, ?, ?, ?)", d.settlements(), BATCH_SIZE, (ps, s) -> {
                    ps.setString(1, s.id());
                    ps.setString(2, s.katottgCode());
                    ps.setString(3, s.nameUk());
                    ps.setString(4, s.nameEn());
                    ps.setBytes(5, Wkb.write(s.point()));
                    ps.setString(6, s.hromadaCode());
                    ps.setLong(7, s.sourcePopulation());
                    ps.setLong(8, s.population());
                    ps.setString(9, s.populationRule().name());
                    ps.setString(10, s.pointSource() == null ? null : s.pointSource().name());
                });
        insertRegisters(d.registers());
        insertAccessPoints(d.accessPoints());
        jdbc.batchUpdate("INSERT INTO population_cell (layer, id, cell, population) VALUES (?, ?, "
                + Wkb.PARAMETER + ", ?)", d.populationCells(), BATCH_SIZE, (ps, c) -> {
                    ps.setString(1, c.layer());
                    ps.setString(2, c.id());
                    ps.setBytes(3, Wkb.write(c.cell()));
                    ps.setDouble(4, c.population());
                });
        JdbcWartimeRepository.insert(jdbc, d.wartimeList());
    }

    private void insertRegisters(List<Register> registers) {
        jdbc.batchUpdate("INSERT INTO access_register (id, name, register_date, historical, oblast_code, source)"
                + " VALUES (?, ?, ?, ?, ?, ?)", registers, BATCH_SIZE, (ps, r) -> {
                    ps.setString(1, r.id());
                    ps.setString(2, r.name());
                    ps.setDate(3, Date.valueOf(r.date()));
                    ps.setBoolean(4, r.historical());
                    ps.setString(5, r.oblastCode());
                    ps.setString(6, r.source());
                });
    }

    private void insertAccessPoints(List<AccessPoint> accessPoints) {
        jdbc.batchUpdate("INSERT INTO access_point (id, register_id, name, kind, dia_centre, services, service_count,"
                + " status, location, hromada_code, declared_hromada_name, address, has_mobile_case,"
                + " has_mobile_office, services_told, barrier_free) VALUES (?, ?, ?, ?, ?, ?, ?, ?, " + Wkb.PARAMETER
                + ", ?, ?, ?, ?, ?, ?, ?)",
                accessPoints, BATCH_SIZE, (ps, a) -> {
                    ps.setString(1, a.id());
                    ps.setString(2, a.registerId());
                    ps.setString(3, a.name());
                    ps.setString(4, a.kind().name());
                    ps.setBoolean(5, a.diaCentre());
                    ps.setString(6, JdbcAccessPointRepository.services(a.services()));
                    if (a.serviceCount() == null) {
                        ps.setNull(7, Types.INTEGER);
                    } else {
                        ps.setInt(7, a.serviceCount());
                    }
                    ps.setString(8, a.status().name());
                    ps.setBytes(9, Wkb.write(a.location()));
                    ps.setString(10, a.hromadaCode());
                    ps.setString(11, a.declaredHromadaName());
                    ps.setString(12, a.address());
                    ps.setBoolean(13, a.hasMobileCase());
                    ps.setBoolean(14, a.hasMobileOffice());
                    ps.setString(15, JdbcAccessPointRepository.services(a.servicesTold()));
                    if (a.barrierFree() == null) {
                        ps.setNull(16, Types.BOOLEAN);
                    } else {
                        ps.setBoolean(16, a.barrierFree());
                    }
                });
    }

    /**
     * Replaces one register and its access points in one transaction; the other registers and
     * everything else stay. On any failure nothing changes.
     */
    @Override
    public void replaceRegister(Register register, List<AccessPoint> accessPoints) {
        for (AccessPoint point : accessPoints) {
            if (!register.id().equals(point.registerId())) {
                throw new IllegalArgumentException("access point " + point.id() + " belongs to register "
                        + point.registerId() + ", not " + register.id());
            }
        }
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.update("DELETE FROM access_point WHERE register_id = ?", register.id());
                jdbc.update("DELETE FROM access_register WHERE id = ?", register.id());
                insertRegisters(List.of(register));
                insertAccessPoints(accessPoints);
            });
        } catch (DataAccessException e) {
            throw new StoreException("the register " + register.id() + " was not written (the store is unchanged): "
                    + e.getMostSpecificCause().getMessage(), e);
        }
    }

    @Override
    public Optional<String> findLastReportJson() {
        return jdbc.query("SELECT report_json FROM import_run ORDER BY id DESC", (rs, i) -> rs.getString(1))
                .stream().findFirst();
    }

    @Override
    public Optional<ImportRun> findLastRun() {
        return jdbc.query("SELECT id, finished_at, data_dir FROM import_run ORDER BY id DESC",
                (rs, i) -> new ImportRun(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .stream().findFirst();
    }
}
