package ua.cnap.planner.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Downloads the files of a {@link SourceCatalogue} into a data folder, verifying each against its
 * SHA-256.
 *
 * <p>A file is streamed to {@code <path>.part} while its digest is computed, then moved into place
 * atomically, so an interrupted run never leaves a truncated file under the real name. A file whose
 * checksum differs from the catalogue is kept aside as {@code <path>.partial} and not installed,
 * unless {@link FetchOptions#acceptChanged()}: upstream sources change (GeoNames regenerates its dump
 * daily), and silently installing a different file would change every result computed from it.
 * Files already present with the right checksum are not requested at all.
 */
public final class DataFetcher {

    private static final int BUFFER_BYTES = 64 * 1024;

    public FetchReport fetch(SourceCatalogue catalogue, Path dataDir, FetchOptions options, PrintStream progress) {
        List<Source> sources = catalogue.listSources(options.onlySourceIds());
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(options.connectTimeout())
                .build();
        List<FetchReport.Entry> entries = new ArrayList<>();
        progress.println("Fetching " + sources.size() + " source(s) into " + dataDir.toAbsolutePath()
                + (options.mirror() == null ? "" : " from mirror " + options.mirror()));
        for (Source source : sources) {
            for (SourceFile file : source.files()) {
                if (Thread.currentThread().isInterrupted()) {
                    entries.add(new FetchReport.Entry(source.id(), file.path(), FetchStatus.FAILED, 0, 0,
                            "interrupted before this file"));
                    continue;
                }
                FetchReport.Entry entry = fetchFile(client, source, file, dataDir, options, progress);
                entries.add(entry);
                if (entry.message() != null) {
                    progress.println("  " + entry.status() + " " + file.path() + ": " + entry.message());
                }
            }
        }
        FetchReport report = new FetchReport(entries);
        progress.println("fetch-data: " + report.summary());
        return report;
    }

    private FetchReport.Entry fetchFile(HttpClient client, Source source, SourceFile file, Path dataDir,
            FetchOptions options, PrintStream progress) {
        long started = System.nanoTime();
        Path target = dataDir.resolve(file.path());
        if (file.derived() && options.mirror() == null) {
            return entry(source, file, FetchStatus.SKIPPED_DERIVED, 0, started,
                    "derived from " + file.derivedFrom() + ", not downloadable: " + file.note());
        }
        String localDifference = null;
        if (Files.isRegularFile(target)) {
            try {
                String actual = sha256Of(target);
                long size = Files.size(target);
                if (actual.equals(file.sha256())) {
                    progress.println("  up to date  " + file.path());
                    return entry(source, file, FetchStatus.UP_TO_DATE, size, started, null);
                }
                localDifference = "the local copy had sha256 " + actual;
            } catch (IOException e) {
                localDifference = "the local copy could not be read (" + e.getMessage() + ")";
            }
        }
        URI uri;
        try {
            uri = downloadUri(file, options.mirror());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return failed(source, file, String.valueOf(file.url()), 0, started, "invalid URL: " + e.getMessage());
        }
        Download download;
        try {
            download = download(client, uri, target, file, options, progress);
        } catch (HttpConnectTimeoutException e) {
            return failed(source, file, uri.toString(), 0, started,
                    "connect timeout after " + options.connectTimeout().toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return failed(source, file, uri.toString(), 0, started,
                    "timeout: no response within " + options.responseTimeout().toSeconds() + " s");
        } catch (IOException e) {
            return failed(source, file, uri.toString(), 0, started, "I/O error: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(source, file, uri.toString(), 0, started, "interrupted");
        }
        if (download.httpStatus() != 200) {
            return failed(source, file, uri.toString(), 0, started, "HTTP status " + download.httpStatus());
        }
        String suffix = localDifference == null ? "" : "; " + localDifference + " and was replaced";
        try {
            if (download.sha256().equals(file.sha256())) {
                moveIntoPlace(download.part(), target);
                return entry(source, file, FetchStatus.DOWNLOADED, download.bytes(), started,
                        localDifference == null ? null : localDifference + " and was replaced");
            }
            String mismatch = "checksum mismatch: expected sha256 " + file.sha256() + " (" + file.sizeBytes()
                    + " bytes), actual " + download.sha256() + " (" + download.bytes() + " bytes)";
            if (options.acceptChanged()) {
                moveIntoPlace(download.part(), target);
                return entry(source, file, FetchStatus.DOWNLOADED, download.bytes(), started,
                        "WARNING " + mismatch + "; installed because changed files are accepted" + suffix);
            }
            Path aside = target.resolveSibling(target.getFileName() + ".partial");
            Files.move(download.part(), aside, StandardCopyOption.REPLACE_EXISTING);
            return failed(source, file, uri.toString(), download.bytes(), started, mismatch + "; kept aside as "
                    + aside + ", not installed"
                    + (file.live() ? " (this source changes upstream: accept the new version with --accept-changed)"
                            : " (accept it with --accept-changed only if the upstream change is expected)")
                    + (localDifference == null ? "" : "; " + localDifference + " and was left as it was"));
        } catch (IOException e) {
            return failed(source, file, uri.toString(), download.bytes(), started,
                    "cannot install " + target + ": " + describe(e));
        }
    }

    private record Download(int httpStatus, Path part, String sha256, long bytes) {
    }

    private static Download download(HttpClient client, URI uri, Path target, SourceFile file, FetchOptions options,
            PrintStream progress) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(options.responseTimeout())
                .header("User-Agent", "cnap-planner fetch-data")
                .GET()
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                return new Download(response.statusCode(), null, null, 0);
            }
            long total = response.headers().firstValueAsLong("Content-Length").orElse(file.sizeBytes());
            progress.println("  downloading " + file.path() + " from " + uri);
            ProgressBar bar = new ProgressBar(progress, options.interactiveProgress(), file.path(), total);
            Files.createDirectories(target.getParent() == null ? Path.of(".") : target.getParent());
            Path part = target.resolveSibling(target.getFileName() + ".part");
            MessageDigest digest = sha256();
            long bytes = 0;
            boolean complete = false;
            try (OutputStream out = Files.newOutputStream(part)) {
                byte[] buffer = new byte[BUFFER_BYTES];
                int read;
                while ((read = body.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    digest.update(buffer, 0, read);
                    bytes += read;
                    bar.update(bytes);
                }
                complete = true;
            } finally {
                if (!complete) {
                    Files.deleteIfExists(part);
                }
            }
            bar.finish(bytes);
            return new Download(200, part, HexFormat.of().formatHex(digest.digest()), bytes);
        }
    }

    /** {@code <mirror>/<path>} with each path segment percent-encoded, or the catalogue URL. */
    static URI downloadUri(SourceFile file, URI mirror) throws URISyntaxException {
        if (mirror == null) {
            return new URI(file.url());
        }
        String base = mirror.toString().endsWith("/") ? mirror.toString() : mirror + "/";
        String encodedPath = new URI(null, null, file.path(), null).toASCIIString();
        return URI.create(base).resolve(encodedPath);
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String sha256Of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static FetchReport.Entry failed(Source source, SourceFile file, String url, long bytes, long startedNanos,
            String reason) {
        return entry(source, file, FetchStatus.FAILED, bytes, startedNanos,
                "source " + source.id() + ", " + url + ": " + reason);
    }

    private static FetchReport.Entry entry(Source source, SourceFile file, FetchStatus status, long bytes,
            long startedNanos, String message) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return new FetchReport.Entry(source.id(), file.path(), status, bytes, seconds, message);
    }
}
