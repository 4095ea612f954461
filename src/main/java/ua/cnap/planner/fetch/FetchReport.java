package ua.cnap.planner.fetch;

import java.util.List;
import java.util.Optional;

/** What one {@link DataFetcher#fetch} run did, one entry per catalogue file it looked at. */
public record FetchReport(List<Entry> entries) {

    public FetchReport {
        entries = List.copyOf(entries);
    }

    /**
     * @param sourceId catalogue source the file belongs to
     * @param bytes    bytes received (DOWNLOADED, FAILED after a response) or present (UP_TO_DATE)
     * @param seconds  wall time spent on this file
     * @param message  why it failed or was skipped, or a warning; null when there is nothing to say
     */
    public record Entry(String sourceId, String path, FetchStatus status, long bytes, double seconds, String message) {
    }

    public List<Entry> listFailed() {
        return entries.stream().filter(e -> e.status() == FetchStatus.FAILED).toList();
    }

    public boolean hasFailures() {
        return !listFailed().isEmpty();
    }

    public Optional<Entry> findEntry(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    public long count(FetchStatus status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    /** One line, e.g. {@code 3 downloaded, 1 up to date, 2 skipped (derived), 0 failed}. */
    public String summary() {
        return count(FetchStatus.DOWNLOADED) + " downloaded, " + count(FetchStatus.UP_TO_DATE) + " up to date, "
                + count(FetchStatus.SKIPPED_DERIVED) + " skipped (derived), " + count(FetchStatus.FAILED) + " failed";
    }
}
