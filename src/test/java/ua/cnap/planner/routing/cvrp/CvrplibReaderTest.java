package ua.cnap.planner.routing.cvrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ua.cnap.planner.io.BadInputException;

class CvrplibReaderTest {

    @TempDir
    Path tmp;

    private static Path fixture() throws URISyntaxException {
        return Path.of(CvrplibReaderTest.class.getResource("tiny-n4-k2.vrp").toURI());
    }

    @Test
    void readsTheHandWrittenFileWithTheDepotInDepotSection() throws Exception {
        CvrpProblem problem = CvrplibReader.read(fixture());

        assertThat(problem.name()).isEqualTo("tiny-n4-k2");
        assertThat(problem.n()).isEqualTo(4);
        assertThat(problem.capacity()).isEqualTo(10);
        // node id 2 is the depot: index 1
        assertThat(problem.depot()).isEqualTo(1);
        assertThat(problem.demand()).containsExactly(3, 0, 4, 5);
        assertThat(problem.totalDemand()).isEqualTo(12);
        assertThat(problem.x()).containsExactly(1, 0, 1, 2.5);
        assertThat(problem.vehicles()).isEqualTo(2);
    }

    /**
     * Nodes (index: x,y) 0: (1,1), 1: (0,0), 2: (1,2), 3: (2.5,0). CVRPLIB rounds to the nearest
     * integer with halves up (TSPLIB nint = (int) (d + 0.5)).
     */
    @Test
    void distancesAreEuclideanRoundedToTheNearestIntegerHalvesUp() throws Exception {
        int[][] d = CvrplibReader.read(fixture()).distance();

        assertThat(d[1][0]).as("(0,0)-(1,1): sqrt 2 = 1.414 -> 1").isEqualTo(1);
        assertThat(d[1][2]).as("(0,0)-(1,2): sqrt 5 = 2.236 -> 2").isEqualTo(2);
        assertThat(d[0][3]).as("(1,1)-(2.5,0): sqrt 3.25 = 1.803 -> 2").isEqualTo(2);
        assertThat(d[1][3]).as("(0,0)-(2.5,0): exactly 2.5 -> 3 (half up)").isEqualTo(3);
        assertThat(d[2][3]).as("(1,2)-(2.5,0): exactly 2.5 -> 3 (half up)").isEqualTo(3);
        for (int i = 0; i < 4; i++) {
            assertThat(d[i][i]).isZero();
            for (int j = 0; j < 4; j++) {
                assertThat(d[i][j]).isEqualTo(d[j][i]);
            }
        }
    }

    @Test
    void vehiclesComeFromTheCommentWhenTheNameHasNoK() throws IOException {
        Path file = write("nok.vrp", validFile().replace("NAME : tiny-n4-k2", "NAME : tiny")
                .replace("COMMENT : x", "COMMENT : (Augerat et al, No of trucks: 5, Optimal value: 784)"));

        CvrpProblem problem = CvrplibReader.read(file);

        assertThat(problem.name()).isEqualTo("tiny");
        assertThat(problem.vehicles()).isEqualTo(5);
    }

    @Test
    void aValidInlineFileReads() throws IOException {
        // guards the malformed cases below: they differ from this file in one place only
        assertThat(CvrplibReader.read(write("ok.vrp", validFile())).n()).isEqualTo(3);
    }

    @Test
    void aNonIntegerDemandNamesFileAndLine() throws IOException {
        // flaw: demand "x4" on line 13
        Path file = write("bad-demand.vrp", validFile().replace("2 4\n", "2 x4\n"));

        assertThatThrownBy(() -> CvrplibReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 13")
                .hasMessageContaining("x4");
    }

    @Test
    void aMissingDepotIsRejected() throws IOException {
        // flaw: DEPOT_SECTION lists no depot, only the closing -1
        Path file = write("no-depot.vrp", validFile().replace(" 1\n -1", " -1"));

        assertThatThrownBy(() -> CvrplibReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("exactly one depot");
    }

    @Test
    void otherEdgeWeightTypesAreRejected() throws IOException {
        // flaw: GEO distances, which this reader does not compute
        Path file = write("geo.vrp", validFile().replace("EUC_2D", "GEO"));

        assertThatThrownBy(() -> CvrplibReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 5")
                .hasMessageContaining("GEO");
    }

    @Test
    void aNodeIdOutsideTheDimensionIsRejected() throws IOException {
        // flaw: coordinates for node 4 in a file of DIMENSION 3
        Path file = write("bad-id.vrp", validFile().replace(" 3 3 4\n", " 4 3 4\n"));

        assertThatThrownBy(() -> CvrplibReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 10")
                .hasMessageContaining("outside 1..3");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }

    private static String validFile() {
        return """
                NAME : tiny-n4-k2
                COMMENT : x
                TYPE : CVRP
                DIMENSION : 3
                EDGE_WEIGHT_TYPE : EUC_2D
                CAPACITY : 10
                NODE_COORD_SECTION
                 1 0 0
                 2 3 0
                 3 3 4
                DEMAND_SECTION
                1 0
                2 4
                3 5
                DEPOT_SECTION
                 1
                 -1
                EOF
                """;
    }
}
