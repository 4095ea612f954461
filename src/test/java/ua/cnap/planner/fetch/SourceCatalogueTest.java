package ua.cnap.planner.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.io.BadInputException;

class SourceCatalogueTest {

    private static final Path SHARED = Path.of(System.getenv().getOrDefault("PLANNER_SHARED_DATA", "../shared/data"));
    private static final Path CATALOGUE = Path.of("data/sources.yaml");

    @TempDir
    Path tmp;

    @Test
    void checksumsAndSizesMatchTheMirroredFiles() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "real data missing at " + SHARED.toAbsolutePath());
        SourceCatalogue catalogue = SourceCatalogue.load(CATALOGUE);

        for (SourceFile file : catalogue.listFiles()) {
            Path original = SHARED.resolve(file.path());
            assertThat(original).as(file.path()).isRegularFile();
            assertThat(file.sizeBytes()).as(file.path()).isEqualTo(Files.size(original));
            assertThat(file.sha256()).as(file.path()).isEqualTo(sha256(original));
        }
    }

    @Test
    void everyMirroredDataFileIsCatalogued() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "real data missing at " + SHARED.toAbsolutePath());
        Set<String> catalogued = SourceCatalogue.load(CATALOGUE).listFiles().stream()
                .map(SourceFile::path).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(SHARED)) {
            List<String> missing = files.filter(Files::isRegularFile)
                    .map(p -> SHARED.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("README.md")) // the mirror's own description, not a public source
                    .filter(p -> !catalogued.contains(p))
                    .toList();
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void everyEntryNamesItsOriginAndLicence() {
        SourceCatalogue catalogue = SourceCatalogue.load(CATALOGUE);

        assertThat(catalogue.sources()).isNotEmpty().allSatisfy(source -> {
            assertThat(source.licence()).as(source.id()).isNotBlank();
            assertThat(source.attribution()).as(source.id()).isNotBlank();
            assertThat(source.description()).as(source.id()).isNotBlank();
            for (SourceFile file : source.files()) {
                if (file.derived()) {
                    assertThat(file.url()).as(file.path()).isNull();
                    assertThat(file.derivedFrom()).as(file.path()).isNotBlank();
                    assertThat(file.note()).as(file.path()).isNotBlank();
                } else {
                    assertThat(file.url()).as(file.path()).startsWith("https://");
                    assertThat(file.urlCheck()).as(file.path()).isNotNull();
                }
            }
        });
        // a derived file names a source of the catalogue or a URL
        catalogue.listFiles().stream().filter(SourceFile::derived).forEach(f -> assertThat(
                catalogue.findSource(f.derivedFrom()).isPresent() || f.derivedFrom().startsWith("https://"))
                .as(f.path()).isTrue());
        // GeoNames regenerates its dump: flagged live so a mismatch hints at --accept-changed
        assertThat(catalogue.getSource("geonames-ua").files()).allMatch(SourceFile::live);
    }

    @Test
    void pathLeavingTheDataFolderIsRefused() throws IOException {
        // flaw: the path climbs out of the data folder
        Path yaml = write("""
                sources:
                  - id: evil
                    description: d
                    licence: l
                    attribution: a
                    files:
                      - path: ../outside.csv
                        url: https://example.org/x.csv
                        sha256: %s
                        sizeBytes: 1
                """.formatted("a".repeat(64)));

        assertThatThrownBy(() -> SourceCatalogue.load(yaml))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("source 1 (evil), file 1")
                .hasMessageContaining("..");
    }

    @Test
    void downloadableFileWithoutUrlIsRefused() throws IOException {
        // flaw: not derived, but no url
        Path yaml = write("""
                sources:
                  - id: nourl
                    description: d
                    licence: l
                    attribution: a
                    files:
                      - path: x/y.csv
                        sha256: %s
                        sizeBytes: 1
                """.formatted("a".repeat(64)));

        assertThatThrownBy(() -> SourceCatalogue.load(yaml))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("missing url");
    }

    @Test
    void misspelledFieldIsRefused() throws IOException {
        // flaw: "sha265" instead of "sha256"
        Path yaml = write("""
                sources:
                  - id: typo
                    description: d
                    licence: l
                    attribution: a
                    files:
                      - path: x/y.csv
                        url: https://example.org/y.csv
                        sha265: %s
                        sizeBytes: 1
                """.formatted("a".repeat(64)));

        assertThatThrownBy(() -> SourceCatalogue.load(yaml))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("sha265");
    }

    private Path write(String yaml) throws IOException {
        Path file = tmp.resolve("sources.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
