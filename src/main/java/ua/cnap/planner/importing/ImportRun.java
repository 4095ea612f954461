package ua.cnap.planner.importing;

import java.time.Instant;

/**
 * One successful import: the data vintage that coverage and plans are computed from.
 *
 * @param id         run number, growing by one per import
 * @param finishedAt when it was written
 * @param dataDir    the data folder it read
 */
public record ImportRun(long id, Instant finishedAt, String dataDir) {
}
