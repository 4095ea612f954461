package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import it.geosolutions.jaiext.range.NoDataContainer;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.media.jai.RasterFactory;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridCoverageFactory;
import org.geotools.gce.geotiff.GeoTiffWriter;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;

class GeoTiffPopulationReaderTest {

    private static final float NO_DATA = -9999f;

    @TempDir
    Path dir;

    private final GeoTiffPopulationReader reader = new GeoTiffPopulationReader();
    private final ImportLog log = new ImportLog();

    @Test
    void readsAGeneratedWgs84RasterPixelByPixel() throws Exception {
        // 4 columns x 3 rows over lon 25..26, lat 48..48.75: pixels of 0.25 degree.
        // flaws on purpose: a NaN pixel, the declared no-data value -9999, zeros, and an undeclared -1
        float[][] people = {
            {1, 2, 0, 3},
            {Float.NaN, 4.5f, 5, NO_DATA},
            {6, -1, 7, 8}};
        Path tif = writeGeoTiff(people, new ReferencedEnvelope(25, 26, 48, 48.75, CRS.decode("EPSG:4326", true)));

        List<PopulationCell> cells = reader.read(tif, "generated", log);

        // people > 0: 1 + 2 + 3 + 4.5 + 5 + 6 + 7 + 8 in 8 pixels
        assertThat(cells).hasSize(8);
        assertThat(cells.stream().mapToDouble(PopulationCell::population).sum()).isCloseTo(36.5, within(1e-9));
        Map<String, PopulationCell> byId = cells.stream().collect(Collectors.toMap(PopulationCell::id, Function.identity()));
        assertThat(byId).containsOnlyKeys("r0c0", "r0c1", "r0c3", "r1c1", "r1c2", "r2c0", "r2c2", "r2c3");
        // row 0 is the northern edge: pixel r0c0 spans lon 25..25.25, lat 48.5..48.75
        assertEnvelope(byId.get("r0c0").cell().getEnvelopeInternal(), 25, 25.25, 48.5, 48.75);
        assertEnvelope(byId.get("r2c3").cell().getEnvelopeInternal(), 25.75, 26, 48, 48.25);
        assertThat(byId.get("r1c1").population()).isEqualTo(4.5);
        assertThat(cells).allSatisfy(c -> {
            assertThat(c.layer()).isEqualTo("generated");
            assertThat(c.cell().getSRID()).isEqualTo(Wgs84.SRID);
            assertThat(c.cell().getArea()).isCloseTo(0.0625, within(1e-9));
        });
        // only the undeclared -1 is reported; the declared no-data value is not
        assertThat(log.warnings()).singleElement().satisfies(i -> assertThat(i.reason()).startsWith("1 pixels"));
    }

    @Test
    void reprojectsAWebMercatorRasterToWgs84() throws Exception {
        // 2 x 2 pixels of 1000 m in EPSG:3857 near Kyiv: x 3,390,000..3,392,000, y 6,460,000..6,462,000
        float[][] people = {{10, 20}, {30, 40}};
        Path tif = writeGeoTiff(people,
                new ReferencedEnvelope(3_390_000, 3_392_000, 6_460_000, 6_462_000, CRS.decode("EPSG:3857", true)));

        List<PopulationCell> cells = reader.read(tif, "mercator", log);

        assertThat(cells).hasSize(4);
        assertThat(cells.stream().mapToDouble(PopulationCell::population).sum()).isEqualTo(100);
        // spherical Mercator inverse: lon = x / R, lat = 2 atan(exp(y / R)) - pi/2, R = 6378137 m
        double r = 6_378_137;
        Envelope all = new Envelope();
        cells.forEach(c -> all.expandToInclude(c.cell().getEnvelopeInternal()));
        assertEnvelope(all, Math.toDegrees(3_390_000 / r), Math.toDegrees(3_392_000 / r),
                Math.toDegrees(2 * Math.atan(Math.exp(6_460_000 / r)) - Math.PI / 2),
                Math.toDegrees(2 * Math.atan(Math.exp(6_462_000 / r)) - Math.PI / 2));
        assertThat(all.getMinX()).as("Kyiv longitude").isBetween(30.0, 31.0);
        assertThat(all.getMinY()).as("Kyiv latitude").isBetween(50.0, 51.0);
    }

    @Test
    void aFileThatIsNotAGeoTiffFails() throws IOException {
        // flaw: a text file with a .tif name
        Path tif = dir.resolve("people.tif");
        Files.writeString(tif, "not a raster");

        assertThatThrownBy(() -> reader.read(tif, "x", log))
                .isInstanceOf(BadInputException.class).hasMessageContaining(tif.toString());
    }

    private static void assertEnvelope(Envelope e, double minX, double maxX, double minY, double maxY) {
        assertThat(e.getMinX()).isCloseTo(minX, within(1e-7));
        assertThat(e.getMaxX()).isCloseTo(maxX, within(1e-7));
        assertThat(e.getMinY()).isCloseTo(minY, within(1e-7));
        assertThat(e.getMaxY()).isCloseTo(maxY, within(1e-7));
    }

    /** Writes the matrix ([row][column], row 0 north) as a one-band float GeoTIFF declaring -9999 no-data. */
    private Path writeGeoTiff(float[][] people, ReferencedEnvelope envelope) throws IOException {
        int rows = people.length;
        int cols = people[0].length;
        WritableRaster raster = RasterFactory.createBandedRaster(DataBuffer.TYPE_FLOAT, cols, rows, 1, null);
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                raster.setSample(col, row, 0, people[row][col]);
            }
        }
        GridCoverageFactory factory = new GridCoverageFactory();
        GridCoverage2D plain = factory.create("people", raster, envelope);
        GridCoverage2D coverage = factory.create("people", plain.getRenderedImage(), envelope,
                plain.getSampleDimensions(), null, Map.of(NoDataContainer.GC_NODATA, new NoDataContainer(NO_DATA)));
        Path tif = dir.resolve("people-" + System.nanoTime() + ".tif");
        GeoTiffWriter writer = new GeoTiffWriter(tif.toFile());
        try {
            writer.write(coverage, null);
        } finally {
            writer.dispose();
        }
        return tif;
    }
}
