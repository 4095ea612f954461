package ua.cnap.planner.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import ua.cnap.planner.io.BadInputException;

/** The export formats, with file extension and media type. */
public enum ExportFormat {
    /** RFC 7946 GeoJSON, one layer per file. */
    GEOJSON("geojson", "application/geo+json"),
    /** UTF-8 CSV with a header, one layer per file; points as lon/lat columns, polygons left out. */
    CSV("csv", "text/csv; charset=utf-8"),
    /** OGC GeoPackage, one table per layer in one file. */
    GPKG("gpkg", "application/geopackage+sqlite3");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** One file holds several layers. */
    public boolean holdsManyLayers() {
        return this == GPKG;
    }

    public static ExportFormat parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted) || (format == GEOJSON && wanted.equals("json"))) {
                return format;
            }
        }
        throw new BadInputException("format", text, "unknown export format; use one of "
                + Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", ")));
    }
}
