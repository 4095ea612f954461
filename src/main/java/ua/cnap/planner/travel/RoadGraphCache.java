package ua.cnap.planner.travel;

import static com.graphhopper.json.Statement.If;
import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.util.CustomModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import ua.cnap.planner.io.BadInputException;

/**
 * Builds a GraphHopper graph from an OSM extract once and keeps it in
 * {@code <workspace>/graphs/<file name>-<hash>}. The hash covers the extract's size and modification
 * time and the profiles' definition, so a new extract or other options get a new folder instead of a
 * GraphHopper "profiles do not match" failure. A graph is built in a temporary folder and moved into
 * place only when complete, so an interrupted import never leaves a half-written cache behind.
 */
final class RoadGraphCache {

    static final String CAR = "car";
    static final String FOOT = "foot";
    private static final String ENCODED_VALUES = "car_access, car_average_speed, foot_access, foot_average_speed";

    private RoadGraphCache() {
    }

    /** The opened graph and whether this call built it (false: loaded from the cache). */
    record Opened(GraphHopper hopper, Path folder, boolean built) {
    }

    static Opened openOrBuild(Path osmFile, Path workspace, RoadModelOptions options) {
        if (!Files.isRegularFile(osmFile)) {
            throw new BadInputException(osmFile.toString(), "file", "OSM extract not found (expected an .osm.pbf or .osm file)");
        }
        Path folder = cacheFolder(osmFile, workspace, options);
        if (Files.isDirectory(folder)) {
            return new Opened(load(folder, options), folder, false);
        }
        Path temporary;
        try {
            Files.createDirectories(folder.getParent());
            temporary = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".building-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the graph cache under " + folder.getParent(), e);
        }
        try {
            GraphHopper importer = configure(options, temporary);
            importer.setOSMFile(osmFile.toString());
            try {
                importer.importOrLoad();
            } catch (RuntimeException e) {
                throw new BadInputException(osmFile.toString(), "file", "GraphHopper could not import it: " + e.getMessage(), e);
            } finally {
                importer.close();
            }
            try {
                Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // another process finished the same graph first: use theirs
            } catch (IOException e) {
                if (!Files.isDirectory(folder)) {
                    throw new UncheckedIOException("cannot move the built graph into " + folder, e);
                }
            }
        } finally {
            deleteQuietly(temporary);
        }
        return new Opened(load(folder, options), folder, true);
    }

    static Path cacheFolder(Path osmFile, Path workspace, RoadModelOptions options) {
        try {
            String key = Files.size(osmFile) + "|" + Files.getLastModifiedTime(osmFile).toMillis() + "|"
                    + profileKey(options);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            String hash = HexFormat.of().formatHex(digest, 0, 5);
            return workspace.resolve("graphs").resolve(osmFile.getFileName() + "-" + hash);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + osmFile, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String profileKey(RoadModelOptions options) {
        return ENCODED_VALUES + "|car limit " + options.carSpeedLimitKmh() + "|gh 11 car+foot v1";
    }

    private static GraphHopper load(Path folder, RoadModelOptions options) {
        GraphHopper hopper = configure(options, folder);
        hopper.setAllowWrites(false);
        boolean loaded;
        try {
            loaded = hopper.load();
        } catch (RuntimeException e) {
            hopper.close();
            throw new IllegalStateException("graph cache " + folder + " is unreadable (" + e.getMessage()
                    + "); delete the folder to rebuild it", e);
        }
        if (!loaded) {
            hopper.close();
            throw new IllegalStateException("graph cache " + folder + " holds no graph; delete the folder to rebuild it");
        }
        return hopper;
    }

    private static GraphHopper configure(RoadModelOptions options, Path folder) {
        GraphHopper hopper = new GraphHopper();
        hopper.setGraphHopperLocation(folder.toString());
        hopper.setEncodedValuesString(ENCODED_VALUES);
        hopper.setProfiles(new Profile(CAR).setCustomModel(carModel(options)),
                new Profile(FOOT).setCustomModel(footModel()));
        return hopper;
    }

    /**
     * Fastest car route: distance influence 0, because the result is a travel time and the tree's
     * time limit must bound the time, not a time/distance mix.
     */
    private static CustomModel carModel(RoadModelOptions options) {
        CustomModel model = new CustomModel().setDistanceInfluence(0d)
                .addToPriority(If("!car_access", MULTIPLY, "0"))
                .addToSpeed(If("true", LIMIT, "car_average_speed"));
        if (options.carSpeedLimitKmh() > 0) {
            model.addToSpeed(If("true", LIMIT, Double.toString(options.carSpeedLimitKmh())));
        }
        return model;
    }

    private static CustomModel footModel() {
        return new CustomModel().setDistanceInfluence(0d)
                .addToPriority(If("!foot_access", MULTIPLY, "0"))
                .addToSpeed(If("true", LIMIT, "foot_average_speed"));
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless: its name never matches a cache folder
        }
    }
}
