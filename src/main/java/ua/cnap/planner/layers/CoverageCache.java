package ua.cnap.planner.layers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.CoverageService;

/**
 * The last few coverage results, so that the map's layers (hromadas, settlements, white spots, KPIs,
 * a hromada's details) of one view share one computation. Keyed by area, standard, register and
 * the Order 376 choice (left out or not, as of which day); requests with what-if changes or
 * exclusions given by hand are never cached (every what-if is new). Bounded (least
 * recently used entries go first) and cleared when a register changes.
 *
 * <p>A plain synchronized {@link LinkedHashMap} in access order rather than a caching library: a
 * handful of entries, one invalidation event, no expiry by time.
 */
public final class CoverageCache {

    private final CoverageService coverage;
    private final Map<Key, CoverageResult> results;

    /**
     * Area, standard, register and the exclusion choice (with its date resolved, so that a day's
     * default does not serve the next day; asked or default, since asking for a list the store lacks
     * is refused while the default says so): what makes two plain coverage requests the same.
     */
    private record Key(String area, Object standard, String register, boolean exclude, boolean asked,
            java.time.LocalDate asOf, Object requirement) {
    }

    public CoverageCache(CoverageService coverage, int maxEntries) {
        this.coverage = coverage;
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CoverageResult> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** Today's coverage, from the cache when the same area, standard and register was asked before. */
    public CoverageResult get(CoverageRequest request) {
        if (!request.changes().isEmpty() || !request.exclusions().isEmpty()) {
            return coverage.compute(request);
        }
        Key key = new Key(request.oblast().strip().toLowerCase(java.util.Locale.ROOT), request.standard(),
                request.register() == null || request.register().isBlank() ? null : request.register().strip(),
                request.exclusionChoice().exclude(), request.exclusionChoice().asked(),
                request.exclusionChoice().exclude()
                        ? request.exclusionChoice().dateOr(java.time.LocalDate.now()) : null, request.requirement());
        synchronized (results) {
            CoverageResult cached = results.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // computed outside the lock: two first requests may both compute, the result is the same
        CoverageResult computed = coverage.compute(request);
        synchronized (results) {
            results.put(key, computed);
            // the same result under the oblast's code, so that a name and a code share it
            if (computed.oblast() != null) {
                results.put(new Key(computed.oblast().code().toLowerCase(java.util.Locale.ROOT), key.standard(),
                        key.register(), key.exclude(), key.asked(), key.asOf(), key.requirement()), computed);
            }
        }
        return computed;
    }

    /** With changes to the network: never cached. */
    public CoverageResult compute(CoverageRequest request) {
        return coverage.compute(Objects.requireNonNull(request));
    }

    /** Forgets every result (a register was replaced). */
    public void invalidate() {
        synchronized (results) {
            results.clear();
        }
    }
}
