package ua.cnap.planner.territory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.GeoFeature;
import ua.cnap.planner.io.GeoJsonFeatureReader;
import ua.cnap.planner.io.ImportLog;

/**
 * Reads hromada boundaries from GeoJSON (a file or a folder of files), a zipped Shapefile or a
 * GeoPackage, and returns one valid MultiPolygon per KATOTTG code.
 *
 * <p>Rules, in the order they apply to each feature:
 * <ul>
 *   <li>points without a code are skipped without a log entry: OSM extracts put the admin-centre
 *       nodes of hromadas into the same files, and they are not boundaries;</li>
 *   <li>an OSM feature whose {@code admin_level} is present and not 7 (Kyiv's city districts at
 *       level 10, for instance) is rejected: it is not a hromada;</li>
 *   <li>other non-polygons, features without a geometry and polygons without a valid KATOTTG code
 *       in the code field are rejected;</li>
 *   <li>a polygon outside Ukraine that would lie inside it with latitude and longitude exchanged
 *       fails the import ({@link BadInputException}): the whole file is almost certainly written
 *       [lat, lon], and a guess per feature would hide that;</li>
 *   <li>invalid polygons are repaired ({@link BoundaryRepair}); nothing left after repair is
 *       rejected;</li>
 *   <li>several features with one code (a hromada split over files or over features) are unioned,
 *       with a warning, so the result has one boundary per hromada.</li>
 * </ul>
 */
public final class BoundaryReader {

    /** OpenStreetMap's tag for the KATOTTG code of a boundary relation. */
    public static final String DEFAULT_CODE_FIELD = "katotth";

    /** Where the Ukrainian name may be, first match wins (OSM tags, then common export names). */
    private static final List<String> NAME_UK_FIELDS = List.of("name:uk", "name_uk", "name", "nameUk");
    private static final List<String> NAME_EN_FIELDS = List.of("name:en", "name_en", "nameEn");
    private static final String HROMADA_ADMIN_LEVEL = "7";

    private final String codeField;

    public BoundaryReader() {
        this(DEFAULT_CODE_FIELD);
    }

    /**
     * @param codeField the attribute holding the KATOTTG code, e.g. {@code katotth} (OSM) or
     *                  {@code katottg}; matched ignoring case when no exact match exists, because
     *                  dBase field names often come upper-cased
     */
    public BoundaryReader(String codeField) {
        if (codeField == null || codeField.isBlank()) {
            throw new IllegalArgumentException("codeField must not be blank");
        }
        this.codeField = codeField;
    }

    /**
     * Reads a {@code .geojson}/{@code .json} file, a folder of such files, a {@code .zip} holding a
     * Shapefile or a {@code .gpkg} GeoPackage.
     *
     * @throws BadInputException for a missing or broken file, an unknown format, an undeclared
     *                           foreign CRS or an unsafe zip
     */
    public List<HromadaBoundary> read(Path path, ImportLog log) {
        Map<String, HromadaBoundary> byCode = new LinkedHashMap<>();
        for (List<GeoFeature> features : featuresOf(path)) {
            for (GeoFeature feature : features) {
                accept(feature, log, byCode);
            }
        }
        return List.copyOf(byCode.values());
    }

    private List<List<GeoFeature>> featuresOf(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files = geoJsonFilesIn(path);
            if (files.isEmpty()) {
                throw new BadInputException(path.toString(), null, "the folder holds no .geojson or .json file");
            }
            return files.stream().map(GeoJsonFeatureReader::read).toList();
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path.toString(), null, "file not found");
        }
        return switch (extension(path)) {
            case "geojson", "json" -> List.of(GeoJsonFeatureReader.read(path));
            case "zip" -> List.of(ShapefileZip.read(path));
            case "gpkg" -> List.of(GeoPackageFeatures.read(path));
            default -> throw new BadInputException(path.toString(), null,
                    "unknown boundary format '." + extension(path)
                            + "': expected .geojson, .json, a folder of them, .zip (Shapefile) or .gpkg");
        };
    }

    private static List<Path> geoJsonFilesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> extension(p).equals("geojson") || extension(p).equals("json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(folder.toString(), null, "cannot list the folder: " + e.getMessage(), e);
        }
    }

    private void accept(GeoFeature feature, ImportLog log, Map<String, HromadaBoundary> byCode) {
        String source = feature.source();
        String rawCode = text(feature, codeField).orElse(null);
        String item = "feature " + feature.index() + (rawCode == null ? "" : " (" + codeField + "=" + rawCode + ")");
        Geometry geometry = feature.geometry();
        if (geometry instanceof Puntal && rawCode == null) {
            return;
        }
        if (geometry == null || geometry.isEmpty()) {
            log.reject(source, item, "no geometry");
            return;
        }
        if (!(geometry instanceof Polygonal)) {
            log.reject(source, item, "not a polygon but a " + geometry.getGeometryType());
            return;
        }
        Optional<String> adminLevel = text(feature, "admin_level");
        if (adminLevel.isPresent() && !adminLevel.get().equals(HROMADA_ADMIN_LEVEL)) {
            log.reject(source, item, "admin_level " + adminLevel.get() + " is not a hromada (OSM admin_level "
                    + HROMADA_ADMIN_LEVEL + ")");
            return;
        }
        if (rawCode == null) {
            log.reject(source, item, "no KATOTTG code in field '" + codeField + "'");
            return;
        }
        Optional<String> code = Katottg.find(rawCode);
        if (code.isEmpty()) {
            log.reject(source, item, "'" + rawCode + "' in field '" + codeField
                    + "' is not a KATOTTG code (UA followed by 17 digits)");
            return;
        }
        if (UkraineExtent.looksExchanged(geometry.getEnvelopeInternal())) {
            Envelope e = geometry.getEnvelopeInternal();
            throw new BadInputException(source, item, "the polygon lies at lon " + e.getMinX() + ".." + e.getMaxX()
                    + ", lat " + e.getMinY() + ".." + e.getMaxY() + ", outside Ukraine, where it would lie with "
                    + "latitude and longitude exchanged: write coordinates as [longitude, latitude]");
        }
        MultiPolygon boundary = BoundaryRepair.toValidMultiPolygon(geometry, source, item, log);
        if (boundary == null) {
            log.reject(source, item, "no polygon area left after repairing the geometry");
            return;
        }
        HromadaBoundary read = new HromadaBoundary(code.get(), first(feature, NAME_UK_FIELDS),
                first(feature, NAME_EN_FIELDS), boundary, source, item);
        HromadaBoundary earlier = byCode.get(code.get());
        byCode.put(code.get(), earlier == null ? read : merge(earlier, read, log));
    }

    private static HromadaBoundary merge(HromadaBoundary earlier, HromadaBoundary later, ImportLog log) {
        log.warn(later.source(), later.item(), "code " + later.code() + " also in " + earlier.source() + ", "
                + earlier.item() + ": the two geometries are merged into one boundary");
        MultiPolygon union = BoundaryRepair.toValidMultiPolygon(
                earlier.boundary().union(later.boundary()), later.source(), later.item(), log);
        return new HromadaBoundary(earlier.code(),
                earlier.nameUk() != null ? earlier.nameUk() : later.nameUk(),
                earlier.nameEn() != null ? earlier.nameEn() : later.nameEn(),
                union, earlier.source(), earlier.item());
    }

    private static String first(GeoFeature feature, List<String> fields) {
        for (String field : fields) {
            Optional<String> value = text(feature, field);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }

    /** The property by exact name, else ignoring case (dBase and SQL tables upper-case names). */
    private static Optional<String> text(GeoFeature feature, String name) {
        String exact = feature.findText(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (String key : feature.properties().keySet()) {
            if (key != null && key.equalsIgnoreCase(name)) {
                return Optional.ofNullable(feature.findText(key));
            }
        }
        return Optional.empty();
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
