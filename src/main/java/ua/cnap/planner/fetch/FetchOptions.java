package ua.cnap.planner.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * How {@link DataFetcher} fetches.
 *
 * @param mirror              base URL of a mirror holding the data folder's layout: each file is then
 *                            fetched from {@code <mirror>/<path>} instead of its catalogue URL, derived
 *                            files included; null for the catalogue URLs
 * @param onlySourceIds       fetch only these sources; empty for all
 * @param acceptChanged       install a file whose checksum differs from the catalogue (with a warning)
 *                            instead of keeping it aside
 * @param connectTimeout      to open a connection
 * @param responseTimeout     from sending a request until the response headers arrive
 * @param interactiveProgress redraw one progress line with carriage returns (a terminal); otherwise
 *                            print plain lines
 */
public record FetchOptions(
        URI mirror,
        Set<String> onlySourceIds,
        boolean acceptChanged,
        Duration connectTimeout,
        Duration responseTimeout,
        boolean interactiveProgress) {

    public FetchOptions {
        onlySourceIds = onlySourceIds == null ? Set.of() : Set.copyOf(onlySourceIds);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(20) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(60) : responseTimeout;
    }

    /** Catalogue URLs, all sources, 20 s to connect, 60 s for the response, interactive on a console. */
    public static FetchOptions defaults() {
        return new FetchOptions(null, Set.of(), false, null, null, System.console() != null);
    }

    public FetchOptions withMirror(URI newMirror) {
        return new FetchOptions(newMirror, onlySourceIds, acceptChanged, connectTimeout, responseTimeout,
                interactiveProgress);
    }

    public FetchOptions withOnly(Set<String> ids) {
        return new FetchOptions(mirror, ids, acceptChanged, connectTimeout, responseTimeout, interactiveProgress);
    }

    public FetchOptions withAcceptChanged(boolean accept) {
        return new FetchOptions(mirror, onlySourceIds, accept, connectTimeout, responseTimeout, interactiveProgress);
    }

    public FetchOptions withTimeouts(Duration connect, Duration response) {
        return new FetchOptions(mirror, onlySourceIds, acceptChanged, connect, response, interactiveProgress);
    }

    public FetchOptions withInteractiveProgress(boolean interactive) {
        return new FetchOptions(mirror, onlySourceIds, acceptChanged, connectTimeout, responseTimeout, interactive);
    }
}
