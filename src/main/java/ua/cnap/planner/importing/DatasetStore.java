package ua.cnap.planner.importing;

import java.util.List;
import java.util.Optional;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.Register;

/** Where an import writes: all of a dataset or nothing. */
public interface DatasetStore {

    /**
     * Replaces everything imported before with {@code dataset} in one transaction, and records the
     * run. On any failure nothing changes.
     */
    void replaceAll(Dataset dataset, String dataDir, String reportJson);

    /**
     * Replaces one register (its row and all its access points) in one transaction, leaving every
     * other register and the territory as they are. On any failure nothing changes.
     *
     * @param accessPoints all of the register's access points; each must carry its id
     */
    void replaceRegister(Register register, List<AccessPoint> accessPoints);

    /** The report of the last successful import, as JSON. */
    Optional<String> findLastReportJson();

    /** The last successful import (its number and time), empty before the first. */
    Optional<ImportRun> findLastRun();
}
