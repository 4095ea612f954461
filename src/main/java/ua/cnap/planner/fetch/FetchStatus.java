package ua.cnap.planner.fetch;

/** What {@link DataFetcher} did with one catalogue file. */
public enum FetchStatus {
    /** Downloaded, verified (or accepted as changed) and moved into place. */
    DOWNLOADED,
    /** Already present with the catalogue checksum; nothing was requested. */
    UP_TO_DATE,
    /** A derived file and no mirror given: it is produced, not downloaded. */
    SKIPPED_DERIVED,
    /** Not installed: HTTP error, timeout, I/O error or checksum mismatch (see the message). */
    FAILED
}
