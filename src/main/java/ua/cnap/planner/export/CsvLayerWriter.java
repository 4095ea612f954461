package ua.cnap.planner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.locationtech.jts.geom.Point;

/**
 * Writes one layer as CSV (Commons CSV): UTF-8 with a byte-order mark (without it Excel shows
 * Cyrillic as mojibake; Commons CSV, pandas and the planner's own reader skip it), a header row,
 * comma separated, CRLF (RFC 4180).
 *
 * <p>Everything but numbers is quoted (booleans too: {@code "true"}), so KATOTTG codes stay text in
 * a spreadsheet.
 * Point layers get {@code lon} and {@code lat} columns (6 decimals) after the attributes. Polygon
 * and line geometries are <b>left out</b>: a hromada boundary runs to hundreds of kilobytes of WKT,
 * beyond a spreadsheet cell's 32,767 characters; take GeoJSON or GeoPackage for shapes.
 * Missing values are empty cells.
 */
public final class CsvLayerWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** What starts a metadata line before the header. */
    public static final char COMMENT = '#';

    /** Writes the layer; the stream is left open. */
    public void write(ExportLayer layer, OutputStream out) throws IOException {
        write(layer, null, out);
    }

    /**
     * Writes the layer; with metadata, each entry first as a comment line {@code # key: value} before the
     * header (read them with a comment marker {@code #}: Commons CSV {@code setCommentMarker('#')},
     * pandas {@code comment='#'}, QGIS "number of header lines to discard"). The stream is left open.
     */
    public void write(ExportLayer layer, ExportMetadata metadata, OutputStream out) throws IOException {
        boolean points = layer.geometry() == GeometryKind.POINT;
        List<String> header = new ArrayList<>();
        layer.attributes().forEach(a -> header.add(a.name()));
        if (points) {
            header.add("lon");
            header.add("lat");
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new))
                .setQuoteMode(QuoteMode.NON_NUMERIC)
                .setNullString("")
                .get();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        if (metadata != null) {
            for (Map.Entry<String, String> entry : metadata.entries().entrySet()) {
                // one line each: a line break inside a value would end the comment
                writer.write(COMMENT + " " + entry.getKey() + ": " + entry.getValue().replaceAll("[\\r\\n]+", " ")
                        + "\r\n");
            }
        }
        CSVPrinter printer = new CSVPrinter(writer, format);
        List<Object> record = new ArrayList<>(header.size());
        for (ExportFeature feature : layer.features()) {
            record.clear();
            for (Attribute attribute : layer.attributes()) {
                record.add(feature.values().get(attribute.name()));
            }
            if (points) {
                Point point = (Point) feature.geometry();
                record.add(point == null ? null : rounded(point.getX()));
                record.add(point == null ? null : rounded(point.getY()));
            }
            printer.printRecord(record);
        }
        printer.flush();
    }

    private static Double rounded(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
