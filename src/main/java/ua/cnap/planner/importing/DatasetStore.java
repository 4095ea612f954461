package ua.cnap.planner.importing;

import java.util.Optional;

/** Where an import writes: all of a dataset or nothing. */
public interface DatasetStore {

    /**
     * Replaces everything imported before with {@code dataset} in one transaction, and records the
     * run. On any failure nothing changes.
     */
    void replaceAll(Dataset dataset, String dataDir, String reportJson);

    /** The report of the last successful import, as JSON. */
    Optional<String> findLastReportJson();

    /** The last successful import (its number and time), empty before the first. */
    Optional<ImportRun> findLastRun();
}
