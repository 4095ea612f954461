package ua.cnap.planner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ua.cnap.planner.io.BadInputException;

/**
 * Writes layers to files in a format, all or nothing: every file is first written to a temporary
 * file beside its target and moved into place only when all are complete, so a failure leaves no
 * half-written export behind.
 *
 * <p>GeoPackage puts every layer in the one file {@code out}. GeoJSON and CSV hold one layer per
 * file: one layer goes to {@code out}, several go next to it as {@code <stem>-<layer>.<ext>}
 * ({@code out/chernivtsi.geojson} → {@code chernivtsi-hromadas.geojson}, …).
 */
public final class ExportFiles {

    private final GeoJsonLayerWriter geoJson = new GeoJsonLayerWriter();
    private final CsvLayerWriter csv = new CsvLayerWriter();
    private final GeoPackageLayerWriter geoPackage = new GeoPackageLayerWriter();

    /** Writes and returns the files written. */
    public List<Path> write(List<ExportLayer> layers, ExportFormat format, Path out) {
        return write(layers, format, out, null);
    }

    /** Writes, each file carrying the metadata (null: none), and returns the files written. */
    public List<Path> write(List<ExportLayer> layers, ExportFormat format, Path out, ExportMetadata metadata) {
        if (layers.isEmpty()) {
            throw new BadInputException("export", null, "no layer to write");
        }
        Path target = out.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new BadInputException(out.toString(), null, "is a folder; give a file name");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        Map<Path, Path> temporaryToTarget = new LinkedHashMap<>();
        try {
            if (format.holdsManyLayers() || layers.size() == 1) {
                Path temporary = temporaryBeside(target, format);
                temporaryToTarget.put(temporary, target);
                writeOne(layers, format, temporary, metadata);
            } else {
                for (ExportLayer layer : layers) {
                    Path sibling = sibling(target, layer.name(), format);
                    Path temporary = temporaryBeside(sibling, format);
                    temporaryToTarget.put(temporary, sibling);
                    writeOne(List.of(layer), format, temporary, metadata);
                }
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> move : temporaryToTarget.entrySet()) {
                moveIntoPlace(move.getKey(), move.getValue());
                written.add(move.getValue());
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export " + out, e);
        } finally {
            for (Path temporary : temporaryToTarget.keySet()) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // best effort: the temporary file is hidden and named .part
                }
            }
        }
    }

    /** One layer in memory (for HTTP responses). */
    public byte[] toBytes(ExportLayer layer, ExportFormat format) {
        return toBytes(layer, format, null);
    }

    /** One layer in memory with its metadata (null: none). */
    public byte[] toBytes(ExportLayer layer, ExportFormat format, ExportMetadata metadata) {
        try {
            Path temporary = Files.createTempFile("cnap-export-", "." + format.extension());
            try {
                writeOne(List.of(layer), format, temporary, metadata);
                return Files.readAllBytes(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
    }

    /**
     * {@code <stem>-<layer>.<ext>} in the folder of {@code target}. The layer name is checked again
     * here so that no name can lead out of that folder.
     */
    static Path sibling(Path target, String layerName, ExportFormat format) {
        if (!layerName.matches("[a-z][a-z0-9-]*")) {
            throw new BadInputException("layer", layerName, "not a safe layer name");
        }
        String name = target.getFileName().toString();
        String extension = "." + format.extension();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(extension)
                ? name.substring(0, name.length() - extension.length()) : name;
        Path sibling = target.resolveSibling(stem + "-" + layerName + extension).normalize();
        if (!sibling.getParent().equals(target.getParent())) {
            throw new BadInputException("layer", layerName, "would be written outside " + target.getParent());
        }
        return sibling;
    }

    /**
     * A download's file name from parts that may come from a request: only ASCII letters, digits,
     * dot, hyphen and underscore survive, so no path or header can be smuggled in.
     */
    public static String safeFileName(String stem, ExportFormat format) {
        String safe = stem.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("\\.{2,}", "_").replaceAll("^[._-]+", "");
        return (safe.isEmpty() ? "export" : safe) + "." + format.extension();
    }

    private void writeOne(List<ExportLayer> layers, ExportFormat format, Path file, ExportMetadata metadata)
            throws IOException {
        if (format == ExportFormat.GPKG) {
            geoPackage.write(layers, metadata, file);
            return;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (format == ExportFormat.GEOJSON) {
                geoJson.write(layers.get(0), metadata, out);
            } else {
                csv.write(layers.get(0), metadata, out);
            }
        }
    }

    private static Path temporaryBeside(Path target, ExportFormat format) throws IOException {
        // GeoPackageManager insists on a .gpkg extension
        return Files.createTempFile(target.getParent(), "." + target.getFileName() + ".part-", "." + format.extension());
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
