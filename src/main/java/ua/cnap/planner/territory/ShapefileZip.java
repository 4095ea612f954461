package ua.cnap.planner.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.h2gis.functions.io.shp.SHPRead;
import org.locationtech.jts.geom.Geometry;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CrsTransform;
import ua.cnap.planner.io.GeoFeature;
import ua.cnap.planner.io.Wgs84;

/**
 * Reads the Shapefile(s) inside a zip archive as features in WGS84.
 *
 * <p>The archive is unpacked into a private temporary folder that is deleted afterwards. Entries that
 * would land outside that folder ("zip slip", e.g. {@code ../evil.shp}), more than
 * {@link #MAX_ENTRIES} entries or more than {@link #MAX_UNCOMPRESSED_BYTES} unpacked are refused,
 * because boundary files are uploaded by users.
 *
 * <p>Why H2GIS: the GeoTools bundle on Maven Central has no Shapefile datastore; H2GIS (already the
 * embedded store) has a maintained Shapefile + dBase reader behind {@code SHPRead}. We call its
 * static {@link SHPRead#importTable} into a throw-away in-memory H2 database and read the table back
 * with JDBC; this keeps us on H2GIS' public function rather than its {@code internal} driver classes.
 * The {@code .prj} is read by us and handed to {@link CrsTransform} as WKT, so every CRS GeoTools
 * knows is reprojected, not just those H2GIS can map to an EPSG code.
 */
final class ShapefileZip {

    static final int MAX_ENTRIES = 1000;
    static final long MAX_UNCOMPRESSED_BYTES = 2L * 1024 * 1024 * 1024;
    private static final String TABLE = "BOUNDARY_IMPORT";

    private ShapefileZip() {
    }

    static List<GeoFeature> read(Path zip) {
        String zipSource = zip.toString();
        Path folder;
        try {
            folder = Files.createTempDirectory("boundary-zip-");
        } catch (IOException e) {
            throw new BadInputException(zipSource, null, "cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            List<String> entries = extract(zip, folder);
            List<Path> shapefiles = listShapefiles(folder);
            if (shapefiles.isEmpty()) {
                throw new BadInputException(zipSource, null,
                        "no Shapefile (.shp) in the zip; it contains " + entries);
            }
            List<GeoFeature> features = new ArrayList<>();
            for (Path shp : shapefiles) {
                String source = zipSource + "!/" + folder.relativize(shp).toString().replace('\\', '/');
                features.addAll(readShapefile(shp, source, entries, zipSource));
            }
            return features;
        } finally {
            deleteRecursively(folder);
        }
    }

    /** Unpacks the zip into the folder and returns the entry names, refusing unsafe archives. */
    static List<String> extract(Path zip, Path folder) {
        String source = zip.toString();
        Path root = folder.toAbsolutePath().normalize();
        List<String> names = new ArrayList<>();
        long totalBytes = 0;
        try (ZipFile zipFile = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            if (zipFile.size() > MAX_ENTRIES) {
                throw new BadInputException(source, null,
                        "the zip holds " + zipFile.size() + " entries; at most " + MAX_ENTRIES + " are accepted");
            }
            Enumeration<? extends ZipEntry> all = zipFile.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                names.add(name);
                Path target = root.resolve(name).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new BadInputException(source, "entry '" + name + "'",
                            "refused: the entry's path leads outside the folder it is unpacked into (zip slip)");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zipFile.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[64 * 1024];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        totalBytes += n;
                        if (totalBytes > MAX_UNCOMPRESSED_BYTES) {
                            throw new BadInputException(source, "entry '" + name + "'",
                                    "refused: the zip unpacks to more than " + MAX_UNCOMPRESSED_BYTES + " bytes");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new BadInputException(source, null, "not a readable zip archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(source, null, "cannot unpack: " + e.getMessage(), e);
        }
        return names;
    }

    private static List<Path> listShapefiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> extension(p).equals("shp"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(folder.toString(), null, "cannot list unpacked files: " + e.getMessage(), e);
        }
    }

    private static List<GeoFeature> readShapefile(Path shp, String source, List<String> entries, String zipSource) {
        for (String required : List.of("shx", "dbf")) {
            if (sibling(shp, required).isEmpty()) {
                throw new BadInputException(zipSource, shp.getFileName().toString(),
                        "the Shapefile has no ." + required + " part (a Shapefile needs .shp, .shx and .dbf); "
                                + "the zip contains " + entries);
            }
        }
        CrsTransform transform = null;
        Optional<Path> prj = sibling(shp, "prj");
        if (prj.isPresent()) {
            String wkt = readText(prj.get(), source).strip();
            if (!wkt.isEmpty()) {
                transform = CrsTransform.from(wkt, source);
            }
        }
        String encoding = sibling(shp, "cpg").map(cpg -> readText(cpg, source).strip()).orElse(null);
        // A fresh private in-memory database per file: it disappears when the connection closes.
        String url = "jdbc:h2:mem:shp-" + UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection(url)) {
            SHPRead.importTable(connection, shp.toString(), TABLE, encoding, true);
            return rows(connection, source, transform);
        } catch (SQLException | IOException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException(source, null, "unreadable Shapefile: " + e.getMessage(), e);
        }
    }

    private static List<GeoFeature> rows(Connection connection, String source, CrsTransform transform)
            throws SQLException {
        List<GeoFeature> features = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + TABLE + " ORDER BY PK")) {
            ResultSetMetaData meta = rs.getMetaData();
            int index = 0;
            while (rs.next()) {
                Map<String, Object> properties = new LinkedHashMap<>();
                Geometry geometry = null;
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    Object value = rs.getObject(c);
                    if (value instanceof Geometry g) {
                        geometry = g;
                    } else if (!meta.getColumnName(c).equalsIgnoreCase("PK")) {
                        properties.put(meta.getColumnName(c), value);
                    }
                }
                GeoFeature bare = new GeoFeature(source, index, properties, null);
                features.add(new GeoFeature(source, index, properties,
                        toWgs84(geometry, transform, source, bare.item(null))));
                index++;
            }
        }
        return features;
    }

    private static Geometry toWgs84(Geometry geometry, CrsTransform transform, String source, String item) {
        if (geometry == null) {
            return null;
        }
        Geometry result = Wgs84.FACTORY.createGeometry(geometry);
        if (transform != null) {
            result = transform.apply(result, source, item);
        } else if (!Wgs84.isLonLat(result)) {
            throw new BadInputException(source, item,
                    "coordinates are not WGS84 longitude/latitude (e.g. " + result.getCoordinate()
                            + ") and the Shapefile has no .prj: add the .prj or reproject it to EPSG:4326");
        }
        return result;
    }

    /** The file beside the .shp with the same base name and the given extension, any case. */
    private static Optional<Path> sibling(Path shp, String extension) {
        String base = baseName(shp);
        try (Stream<Path> files = Files.list(shp.getParent())) {
            return files.filter(p -> baseName(p).equals(base) && extension(p).equals(extension)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String readText(Path file, String source) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new BadInputException(source, file.getFileName().toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(files.toList());
            Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the import itself succeeded or failed already.
        }
    }
}
