package ua.cnap.planner.planning.pmedian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ua.cnap.planner.io.BadInputException;

class OrLibraryPMedianReaderTest {

    @TempDir
    Path dir;

    /**
     * Square 1-2-3-4 with a chord 1-3. Pair 1-2 appears twice: first cost 1, last (written 2 1)
     * cost 9. Last wins, so d(1,2) = 9 (the detour 1-3-2 costs 10 + 4 = 14). Keeping the minimum
     * would give d(1,2) = 1, d(1,3) = 5, d(1,4) = 7 instead.
     */
    @Test
    void lastOccurrenceOfADuplicateEdgeWinsAndDistancesAreShortestPaths() throws IOException {
        Path file = write("tiny.txt", """
                 4 5 2
                 1 2 1
                 2 3 4
                 3 4 2
                 1 3 10
                 2 1 9
                """);

        PMedianProblem problem = OrLibraryPMedianReader.read(file);

        assertThat(problem.name()).isEqualTo("tiny");
        assertThat(problem.n()).isEqualTo(4);
        assertThat(problem.p()).isEqualTo(2);
        assertThat(problem.weight()).containsExactly(1, 1, 1, 1);
        // 1-2: 9 (direct, last cost); 1-3: 10 (chord); 1-4: 10 + 2; 2-3: 4; 2-4: 4 + 2; 3-4: 2
        assertThat(problem.distance()).isDeepEqualTo(new int[][] {
                {0, 9, 10, 12},
                {9, 0, 4, 6},
                {10, 4, 0, 2},
                {12, 6, 2, 0}});
    }

    @Test
    void readsABlankTrailingLine() throws IOException {
        Path file = write("two.txt", "2 1 1\n1 2 7\n\n");

        assertThat(OrLibraryPMedianReader.read(file).distance()).isDeepEqualTo(new int[][] {{0, 7}, {7, 0}});
    }

    @Test
    void vertexOutsideTheHeaderRangeNamesFileAndLine() throws IOException {
        // flaw: line 3 names vertex 5 in a 4-vertex graph
        Path file = write("outside.txt", "4 3 1\n1 2 1\n2 5 1\n3 4 1\n");

        assertThatThrownBy(() -> OrLibraryPMedianReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("outside.txt").hasMessageContaining("line 3")
                .hasMessageContaining("vertex 5");
    }

    @Test
    void fewerEdgesThanTheHeaderPromises() throws IOException {
        // flaw: header says 3 edges, the file has 2
        Path file = write("short.txt", "3 3 1\n1 2 1\n2 3 1\n");

        assertThatThrownBy(() -> OrLibraryPMedianReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("short.txt").hasMessageContaining("promises 3 edges");
    }

    @Test
    void notANumber() throws IOException {
        // flaw: cost "x1" on line 2
        Path file = write("letters.txt", "2 1 1\n1 2 x1\n");

        assertThatThrownBy(() -> OrLibraryPMedianReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("letters.txt").hasMessageContaining("line 2")
                .hasMessageContaining("'x1'");
    }

    @Test
    void edgeLineWithTwoNumbers() throws IOException {
        // flaw: line 2 lacks the cost
        Path file = write("two-numbers.txt", "2 1 1\n1 2\n");

        assertThatThrownBy(() -> OrLibraryPMedianReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("3 numbers");
    }

    @Test
    void moreMediansThanVertices() throws IOException {
        // flaw: p = 3 > n = 2
        Path file = write("p-too-big.txt", "2 1 3\n1 2 1\n");

        assertThatThrownBy(() -> OrLibraryPMedianReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 1").hasMessageContaining("p <= n");
    }

    @Test
    void negativeCost() throws IOException {
        // flaw: cost -4 on line 2
        Path file = write("negative.txt", "2 1 1\n1 2 -4\n");

        assertThatThrownBy(() -> OrLibraryPMedianReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("-4");
    }

    @Test
    void disconnectedGraph() throws IOException {
        // flaw: vertices 3 and 4 only reach each other
        Path file = write("islands.txt", "4 2 2\n1 2 1\n3 4 1\n");

        assertThatThrownBy(() -> OrLibraryPMedianReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("islands.txt").hasMessageContaining("not connected")
                .hasMessageContaining("vertex 3");
    }

    @Test
    void textAfterTheEdges() throws IOException {
        // flaw: a fourth line after the single promised edge
        Path file = write("extra.txt", "2 1 1\n1 2 1\n2 1 5\n");

        assertThatThrownBy(() -> OrLibraryPMedianReader.read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 3").hasMessageContaining("after the 1 edges");
    }

    @Test
    void emptyFileAndMissingFile() throws IOException {
        // flaw: no header at all
        Path empty = write("empty.txt", "\n");

        assertThatThrownBy(() -> OrLibraryPMedianReader.read(empty))
                .isInstanceOf(BadInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> OrLibraryPMedianReader.read(dir.resolve("nowhere.txt")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not found");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
