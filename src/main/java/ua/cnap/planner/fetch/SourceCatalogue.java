package ua.cnap.planner.fetch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ua.cnap.planner.io.BadInputException;

/**
 * The public data sources the planner reads, as listed in {@code data/sources.yaml}. Loading
 * validates the whole file, so that a typo fails before anything is downloaded.
 */
public record SourceCatalogue(List<Source> sources) {

    /** Where the build puts the copy of data/sources.yaml. */
    public static final String BUNDLED_RESOURCE = "/cnap-planner/sources.yaml";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public SourceCatalogue {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Reads and validates a catalogue file (YAML, see {@code data/sources.yaml}). */
    public static SourceCatalogue load(Path yamlFile) {
        String name = yamlFile.toString();
        if (!Files.isRegularFile(yamlFile)) {
            throw new BadInputException(name, null, "file not found");
        }
        try (InputStream in = Files.newInputStream(yamlFile)) {
            return load(in, name);
        } catch (IOException e) {
            throw new BadInputException(name, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The catalogue bundled in the jar (a copy of {@code data/sources.yaml} made by the build). */
    public static SourceCatalogue loadBundled() {
        try (InputStream in = SourceCatalogue.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + BUNDLED_RESOURCE + " in the jar: build it with ./mvnw package");
            }
            return load(in, "bundled data/sources.yaml");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled catalogue", e);
        }
    }

    /** Reads and validates a catalogue from a stream; {@code name} names it in messages. */
    public static SourceCatalogue load(InputStream in, String name) {
        SourceCatalogue catalogue;
        try {
            catalogue = YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, SourceCatalogue.class);
        } catch (IOException e) {
            throw new BadInputException(name, null, "not a valid catalogue: " + e.getMessage(), e);
        }
        if (catalogue == null) {
            throw new BadInputException(name, null, "the file is empty");
        }
        catalogue.validate(name);
        return catalogue;
    }

    public Optional<Source> findSource(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Source getSource(String id) {
        return findSource(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown source id '" + id + "'; known: " + listSourceIds()));
    }

    public List<String> listSourceIds() {
        return sources.stream().map(Source::id).toList();
    }

    /**
     * The sources whose ids are given, in catalogue order; all sources when {@code ids} is empty.
     * An unknown id is an error rather than silently fetching nothing.
     */
    public List<Source> listSources(Collection<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return sources;
        }
        Set<String> unknown = new LinkedHashSet<>(ids);
        unknown.removeAll(listSourceIds());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown source id(s) " + unknown + "; known: " + listSourceIds());
        }
        return sources.stream().filter(s -> ids.contains(s.id())).toList();
    }

    private void validate(String name) {
        if (sources.isEmpty()) {
            throw new BadInputException(name, null, "no sources listed");
        }
        Set<String> ids = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String item = "source " + (i + 1) + (source.id() == null ? "" : " (" + source.id() + ")");
            require(name, item, source.id(), "id");
            if (!ids.add(source.id())) {
                throw new BadInputException(name, item, "duplicate id");
            }
            require(name, item, source.licence(), "licence");
            require(name, item, source.attribution(), "attribution");
            if (source.files().isEmpty()) {
                throw new BadInputException(name, item, "no files listed");
            }
            for (int j = 0; j < source.files().size(); j++) {
                validateFile(name, item + ", file " + (j + 1), source.files().get(j), paths);
            }
        }
    }

    private static void validateFile(String name, String item, SourceFile file, Set<String> paths) {
        require(name, item, file.path(), "path");
        String path = file.path();
        Path relative = Path.of(path);
        // A catalogue entry must never write outside the data folder.
        if (relative.isAbsolute() || path.startsWith("/") || path.contains("\\")
                || !relative.normalize().toString().equals(relative.toString()) || path.contains("..")) {
            throw new BadInputException(name, item, "path '" + path + "' must be relative, normalised, without '..'");
        }
        if (!paths.add(path)) {
            throw new BadInputException(name, item, "path '" + path + "' listed twice");
        }
        if (file.sha256() == null || !SHA256.matcher(file.sha256()).matches()) {
            throw new BadInputException(name, item, "sha256 must be 64 lower-case hex digits, was " + file.sha256());
        }
        if (file.sizeBytes() < 0) {
            throw new BadInputException(name, item, "sizeBytes must not be negative");
        }
        if (file.derived()) {
            require(name, item, file.derivedFrom(), "derivedFrom (derived file)");
            require(name, item, file.note(), "note saying how the derived file is produced");
        } else {
            require(name, item, file.url(), "url");
            if (!file.url().startsWith("https://") && !file.url().startsWith("http://")) {
                throw new BadInputException(name, item, "url must be http(s): " + file.url());
            }
        }
    }

    private static void require(String name, String item, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(name, item, "missing " + what);
        }
    }

    /** All files of all sources, in catalogue order. */
    public List<SourceFile> listFiles() {
        List<SourceFile> files = new ArrayList<>();
        sources.forEach(s -> files.addAll(s.files()));
        return files;
    }
}
