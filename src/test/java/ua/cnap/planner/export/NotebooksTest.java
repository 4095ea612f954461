package ua.cnap.planner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ua.cnap.planner.CnapPlannerApplication;
import ua.cnap.planner.cli.PlannerCommandLine;
import ua.cnap.planner.importing.RealData;

/**
 * The researchers' notebooks in {@code notebooks/}, executed headless as a researcher would run them
 * (Debian's jupyter, geopandas, matplotlib), against a fresh import of the real data. The notebooks
 * call the planner's command line themselves and read its exports back with geopandas, asserting
 * what they read; a failing cell fails this test. Outputs go to {@code target/notebooks}, never into
 * the repository.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebooksTest {

    static final Path NOTEBOOKS = Path.of("notebooks");
    static final Path OUT = Path.of("target/notebooks");

    Path workspace;

    @BeforeAll
    void importOnce() throws IOException {
        if (!onPath("jupyter")) {
            String message = "jupyter (Debian packages jupyter-nbconvert, python3-geopandas, python3-matplotlib) "
                    + "is needed to run the notebooks";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ": on CI it must be installed");
            }
            Assumptions.abort(message + ": notebooks skipped");
        }
        workspace = Files.createTempDirectory("cnap-notebooks");
        int exit = PlannerCommandLine.execute(new String[] {"import", "--data", RealData.folder().toString(),
            "--workspace", workspace.toString()});
        assertThat(exit).as("import for the notebooks").isZero();
        Files.createDirectories(OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"coverage_by_oblast.ipynb", "scenario_comparison.ipynb"})
    void theNotebookRunsToTheEnd(String notebook) throws Exception {
        Path log = OUT.resolve(notebook + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder run = new ProcessBuilder(List.of("jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=900", "--output-dir", OUT.toAbsolutePath().toString(), notebook))
                .directory(NOTEBOOKS.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = run.environment();
        env.put("CNAP_PLANNER", String.join(" ", java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                CnapPlannerApplication.class.getName()));
        env.put("PLANNER_DATA_DIR", RealData.folder().toAbsolutePath().toString());
        env.put("CNAP_WORKSPACE", workspace.toString());
        env.put("CNAP_NOTEBOOK_OUT", OUT.resolve(notebook.replace(".ipynb", "")).toAbsolutePath().toString());
        Process process = run.start();
        boolean finished = process.waitFor(20, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("notebook %s did not finish in 20 minutes", notebook).isTrue();
        assertThat(process.exitValue()).as("%s failed:%n%s", notebook, tail(output)).isZero();
        assertThat(OUT.resolve(notebook)).exists();
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
