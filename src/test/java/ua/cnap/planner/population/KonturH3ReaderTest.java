package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;

class KonturH3ReaderTest {

    /** A resolution-8 cell in Odesa (the first cell of the real Kontur extract). */
    private static final String CELL = "881e5d502dfffff";

    @TempDir
    Path dir;

    private final KonturH3Reader reader = new KonturH3Reader();
    private final ImportLog log = new ImportLog();

    @Test
    void readsTheRealOdesaExtract() throws IOException {
        String env = System.getenv("PLANNER_SHARED_DATA");
        Path csv = Path.of(env == null ? "../shared/data" : env)
                .resolve("population-grid/odesa_city_kontur_h3r8_population.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "real data missing at " + csv);

        List<PopulationCell> cells = reader.read(csv, "kontur-odesa", log);

        // shared/data/README.md: 292 rows
        assertThat(cells).hasSize(292);
        double total = cells.stream().mapToDouble(PopulationCell::population).sum();
        assertThat(total).isPositive();
        assertThat(log.rejected()).isEmpty();
        H3Core h3 = H3Core.newInstance();
        assertThat(cells).allSatisfy(c -> {
            assertThat(c.layer()).isEqualTo("kontur-odesa");
            assertThat(h3.getResolution(c.id())).as("the file name says resolution 8").isEqualTo(8);
            assertThat(c.cell().getSRID()).isEqualTo(Wgs84.SRID);
            // Odesa city lies within lon 30.5..31.0, lat 46.3..46.7
            assertThat(c.cell().getEnvelopeInternal().getMinX()).isGreaterThan(30.5);
            assertThat(c.cell().getEnvelopeInternal().getMaxX()).isLessThan(31.0);
            assertThat(c.cell().getEnvelopeInternal().getMinY()).isGreaterThan(46.3);
            assertThat(c.cell().getEnvelopeInternal().getMaxY()).isLessThan(46.7);
            // the WKT (clipped to the city) and the H3 index describe the same place: the clipped cell
            // lies inside its hexagon
            Geometry hexagon = hexagon(h3, c.id());
            assertThat(hexagon.buffer(1e-6).covers(c.cell())).as("cell %s inside its hexagon", c.id()).isTrue();
        });
        System.out.printf("Kontur Odesa: %d cells, total population %.0f%n", cells.size(), total);
    }

    @Test
    void buildsCellPolygonsFromTheH3IndexWhenThereIsNoWkt() throws IOException {
        Path csv = write("h3_index,population", CELL + ",120.5", "881e5d515bfffff,608");

        List<PopulationCell> cells = reader.read(csv, "grid", log);

        assertThat(cells).extracting(PopulationCell::id).containsExactly(CELL, "881e5d515bfffff");
        assertThat(cells.get(0).population()).isEqualTo(120.5);
        assertThat(cells.get(0).cell().getNumPoints()).as("a closed hexagon ring").isEqualTo(7);
        // an H3 resolution-8 cell covers about 0.74 km²: in degrees at lat 46.3 about 9.6e-5 deg²
        double degreeSquareKm = 111.32 * 111.32 * Math.cos(Math.toRadians(46.3));
        assertThat(cells.get(0).cell().getArea() * degreeSquareKm).isBetween(0.6, 0.9);
        assertThat(log.repaired()).isEmpty();
    }

    @Test
    void fillsAnEmptyWktFromTheH3IndexAndSaysSo() throws IOException {
        // flaw: row 2 has no WKT geometry, only its H3 index
        Path csv = write("geometry,population,h3_index", ",5," + CELL);

        List<PopulationCell> cells = reader.read(csv, "grid", log);

        assertThat(cells).singleElement().satisfies(c -> assertThat(c.cell().getNumPoints()).isEqualTo(7));
        assertThat(log.repaired()).singleElement().satisfies(i -> assertThat(i.item()).isEqualTo("row 2"));
    }

    @Test
    void badWktFailsNamingTheRow() throws IOException {
        // flaw: row 3 has a polygon with an unclosed parenthesis
        Path csv = write("geometry,population,h3_index",
                "\"POLYGON ((30.70 46.34, 30.71 46.34, 30.71 46.35, 30.70 46.34))\",1," + CELL,
                "\"POLYGON ((30.70 46.34, 30.71 46.34, 30.71 46.35, 30.70 46.34)\",1,881e5d515bfffff");

        assertThatThrownBy(() -> reader.read(csv, "grid", log))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(csv.toString())
                .hasMessageContaining("row 3")
                .hasMessageContaining("unreadable WKT");
    }

    @Test
    void invalidH3IndexAndMissingShapeColumnsFail() throws IOException {
        // flaw: not an H3 index
        Path badIndex = write("h3_index,population", "not-a-cell,1");
        assertThatThrownBy(() -> reader.read(badIndex, "grid", log))
                .isInstanceOf(BadInputException.class).hasMessageContaining("row 2").hasMessageContaining("not a valid H3");

        // flaw: neither geometry nor h3_index column
        Path noShape = write("id,population", "a,1");
        assertThatThrownBy(() -> reader.read(noShape, "grid", log))
                .isInstanceOf(BadInputException.class).hasMessageContaining("'geometry' (WKT) or 'h3_index'");
    }

    @Test
    void negativePopulationFailsNamingTheRow() throws IOException {
        // flaw: a negative population
        Path csv = write("h3_index,population", CELL + ",-3");

        assertThatThrownBy(() -> reader.read(csv, "grid", log))
                .isInstanceOf(BadInputException.class).hasMessageContaining("row 2").hasMessageContaining("-3");
    }

    private static Geometry hexagon(H3Core h3, String index) {
        var boundary = h3.cellToBoundary(index);
        Coordinate[] ring = new Coordinate[boundary.size() + 1];
        for (int i = 0; i < boundary.size(); i++) {
            ring[i] = new Coordinate(boundary.get(i).lng, boundary.get(i).lat);
        }
        ring[boundary.size()] = ring[0];
        return Wgs84.FACTORY.createPolygon(ring);
    }

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("grid.csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
