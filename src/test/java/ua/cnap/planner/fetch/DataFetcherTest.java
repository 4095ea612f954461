package ua.cnap.planner.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetches the real catalogue through a loopback mirror that serves the read-only data folder, so
 * every download is checked against the real checksums without touching the internet.
 */
class DataFetcherTest {

    private static final Path SHARED = Path.of(System.getenv().getOrDefault("PLANNER_SHARED_DATA", "../shared/data"));
    /** Three small sources: plain files, upstream docs and (through a mirror) derived files. */
    private static final Set<String> SMALL_SOURCES =
            Set.of("katottg-codifier", "kse-full-dataset", "chernivtsi-register-2025");

    @TempDir
    Path dataDir;

    private SourceCatalogue catalogue;
    private LoopbackFileServer server;
    private final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
    private final PrintStream progress = new PrintStream(progressBytes, true, StandardCharsets.UTF_8);
    private final DataFetcher fetcher = new DataFetcher();

    @BeforeEach
    void startMirror() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "real data missing at " + SHARED.toAbsolutePath());
        catalogue = SourceCatalogue.load(Path.of("data/sources.yaml"));
        server = LoopbackFileServer.serving(SHARED);
    }

    @AfterEach
    void stopMirror() {
        if (server != null) {
            server.close();
        }
    }

    private FetchOptions viaMirror() {
        return FetchOptions.defaults().withMirror(server.baseUri()).withInteractiveProgress(false)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    private List<SourceFile> filesOf(Set<String> ids) {
        return catalogue.listSources(ids).stream().flatMap(s -> s.files().stream()).toList();
    }

    @Test
    void downloadsByteIdenticalFilesThenFindsThemUpToDateWithoutARequest() throws IOException {
        List<SourceFile> expected = filesOf(SMALL_SOURCES);

        FetchReport first = fetcher.fetch(catalogue, dataDir, viaMirror().withOnly(SMALL_SOURCES), progress);

        assertThat(first.entries()).hasSize(expected.size());
        assertThat(first.entries()).allSatisfy(e -> assertThat(e.status()).isEqualTo(FetchStatus.DOWNLOADED));
        for (SourceFile file : expected) {
            assertThat(Files.mismatch(SHARED.resolve(file.path()), dataDir.resolve(file.path())))
                    .as(file.path()).isEqualTo(-1L);
            assertThat(first.findEntry(file.path()).orElseThrow().bytes()).isEqualTo(Files.size(SHARED.resolve(file.path())));
        }
        // derived files (the Chernivtsi register) come from the mirror too
        assertThat(expected).anyMatch(SourceFile::derived);
        assertThat(server.requestCount()).isEqualTo(expected.size());
        try (Stream<Path> leftovers = Files.walk(dataDir)) {
            assertThat(leftovers.map(Path::toString)).noneMatch(p -> p.endsWith(".part") || p.endsWith(".partial"));
        }
        assertThat(progressBytes.toString(StandardCharsets.UTF_8)).contains("100%", "population/full_dataset.csv");

        FetchReport second = fetcher.fetch(catalogue, dataDir, viaMirror().withOnly(SMALL_SOURCES), progress);

        assertThat(second.entries()).allSatisfy(e -> assertThat(e.status()).isEqualTo(FetchStatus.UP_TO_DATE));
        assertThat(server.requestCount()).as("no request on the second run").isEqualTo(expected.size());
    }

    @Test
    void wrongContentFailsNamingBothChecksumsAndIsNotInstalled() throws Exception {
        // flaw: the mirror serves other bytes than the catalogue's checksum describes
        String path = "codifier/README_upstream.md";
        byte[] tampered = "not the upstream README\n".getBytes(StandardCharsets.UTF_8);
        server.override(path, tampered);
        String expectedSha = catalogue.getSource("katottg-codifier").files().stream()
                .filter(f -> f.path().equals(path)).findFirst().orElseThrow().sha256();
        String actualSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tampered));

        FetchReport report = fetcher.fetch(catalogue, dataDir, viaMirror().withOnly(Set.of("katottg-codifier")), progress);

        FetchReport.Entry entry = report.findEntry(path).orElseThrow();
        assertThat(entry.status()).isEqualTo(FetchStatus.FAILED);
        assertThat(entry.message()).contains("katottg-codifier", "checksum", "expected sha256 " + expectedSha,
                "actual " + actualSha, server.baseUri() + path);
        assertThat(dataDir.resolve(path)).doesNotExist();
        assertThat(dataDir.resolve(path + ".partial")).hasBinaryContent(tampered);
        assertThat(report.findEntry("codifier/kodifikator-16-05-2025.csv").orElseThrow().status())
                .as("the other file of the source is unaffected").isEqualTo(FetchStatus.DOWNLOADED);
        assertThat(report.hasFailures()).isTrue();

        FetchReport accepted = fetcher.fetch(catalogue, dataDir,
                viaMirror().withOnly(Set.of("katottg-codifier")).withAcceptChanged(true), progress);

        FetchReport.Entry acceptedEntry = accepted.findEntry(path).orElseThrow();
        assertThat(acceptedEntry.status()).isEqualTo(FetchStatus.DOWNLOADED);
        assertThat(acceptedEntry.message()).startsWith("WARNING").contains(expectedSha, actualSha);
        assertThat(dataDir.resolve(path)).hasBinaryContent(tampered);
    }

    @Test
    void missingFileOnTheServerFailsNamingTheStatus() {
        // flaw: a catalogue entry whose path the mirror does not hold
        SourceFile missing = new SourceFile("nowhere/missing.csv", "https://example.invalid/missing.csv",
                UrlCheck.UNCONFIRMED, false, null, false, null, "0".repeat(64), 1);
        SourceCatalogue oneMissing = new SourceCatalogue(List.of(
                new Source("missing-source", "test", "none", "none", null, List.of(missing))));

        FetchReport report = fetcher.fetch(oneMissing, dataDir, viaMirror(), progress);

        FetchReport.Entry entry = report.entries().get(0);
        assertThat(entry.status()).isEqualTo(FetchStatus.FAILED);
        assertThat(entry.message()).contains("missing-source", "HTTP status 404", server.baseUri() + "nowhere/missing.csv");
        assertThat(dataDir.resolve("nowhere/missing.csv")).doesNotExist();
    }

    @Test
    void slowServerFailsWithATimeout() {
        String path = "codifier/README_upstream.md";
        server.delay(path, Duration.ofSeconds(3));
        SourceFile readme = catalogue.getSource("katottg-codifier").files().stream()
                .filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        SourceCatalogue slow = new SourceCatalogue(List.of(
                new Source("slow-source", "test", "none", "none", null, List.of(readme))));

        FetchReport report = fetcher.fetch(slow, dataDir,
                viaMirror().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)), progress);

        assertThat(report.entries().get(0).status()).isEqualTo(FetchStatus.FAILED);
        assertThat(report.entries().get(0).message()).contains("slow-source", "timeout");
        assertThat(dataDir.resolve(path)).doesNotExist();
    }

    @Test
    void derivedFilesAreSkippedWithoutAMirrorAndNothingIsRequested() {
        FetchReport report = fetcher.fetch(catalogue, dataDir,
                FetchOptions.defaults().withInteractiveProgress(false).withOnly(Set.of("hromadas-merged")), progress);

        assertThat(report.entries()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(FetchStatus.SKIPPED_DERIVED);
            assertThat(e.message()).contains("osm-admin-raions");
        });
        assertThat(dataDir.resolve("boundaries/hromadas_ukraine_osm.geojson")).doesNotExist();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void corruptedLocalCopyIsReplaced() throws IOException {
        // flaw: the file in the data folder was changed after download
        String path = "offices/chernivetska-2025/README_upstream.md";
        Files.createDirectories(dataDir.resolve(path).getParent());
        Files.writeString(dataDir.resolve(path), "edited by hand");

        FetchReport report = fetcher.fetch(catalogue, dataDir,
                viaMirror().withOnly(Set.of("chernivtsi-register-2025")), progress);

        FetchReport.Entry entry = report.findEntry(path).orElseThrow();
        assertThat(entry.status()).isEqualTo(FetchStatus.DOWNLOADED);
        assertThat(entry.message()).contains("local copy");
        assertThat(Files.mismatch(SHARED.resolve(path), dataDir.resolve(path))).isEqualTo(-1L);
    }

    @Test
    void unknownSourceIdIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> fetcher.fetch(catalogue, dataDir, viaMirror().withOnly(Set.of("no-such-source")), progress))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-source")
                .hasMessageContaining("katottg-codifier");
        assertThat(server.requestCount()).isZero();
    }
}
