package ua.cnap.planner.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find the real open data: {@code PLANNER_SHARED_DATA} (set by the build from
 * {@code PLANNER_DATA_DIR}, else ../shared/data). Tests that need it are skipped, saying so, when it is
 * missing; in CI it is always there.
 */
public final class RealData {

    private RealData() {
    }

    public static Path folder() {
        String configured = System.getenv("PLANNER_SHARED_DATA");
        Path folder = Path.of(configured == null ? "../shared/data" : configured);
        Assumptions.assumeTrue(Files.isDirectory(folder.resolve("population")),
                "real open data missing at " + folder.toAbsolutePath() + " (set PLANNER_DATA_DIR)");
        return folder;
    }
}
