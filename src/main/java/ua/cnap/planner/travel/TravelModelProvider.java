package ua.cnap.planner.travel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;

/**
 * Chooses and builds the travel-time model once, on first use: the road network when an OSM extract
 * is configured, else the straight-line fallback fitted to the real OSRM times of the KSE table.
 * Building either takes seconds, which a server should not spend at start-up.
 */
public final class TravelModelProvider implements Supplier<TravelTimeModel>, AutoCloseable {

    /** Where the KSE table with the OSRM reference times lies in the data folder. */
    public static final String CALIBRATION_TABLE = "population/full_dataset.csv";

    /** What the reference trips are, for reports. */
    public static final String TRIP_DESCRIPTION = "hromada centre → oblast centre, OSRM car times (KSE "
            + "full_dataset.csv; Kyiv oblast left out, its centre is not in the table): inter-town trips across an "
            + "oblast, mostly longer than the village → office trips (under about 20 km) that decide coverage";

    private final Path dataDir;
    private final Path workspace;
    private final String osmFile;
    private final double circuityFactor;
    private TravelTimeModel model;

    /**
     * @param osmFile        OSM extract relative to the data folder (or absolute); null or blank for the fallback
     * @param circuityFactor road distance / great-circle distance assumed by the fallback
     */
    public TravelModelProvider(Path dataDir, Path workspace, String osmFile, double circuityFactor) {
        this.dataDir = dataDir;
        this.workspace = workspace;
        this.osmFile = osmFile == null || osmFile.isBlank() ? null : osmFile;
        this.circuityFactor = circuityFactor;
    }

    @Override
    public synchronized TravelTimeModel get() {
        if (model == null) {
            model = osmFile == null ? fallback() : loadRoadNetwork();
        }
        return model;
    }

    /** Fits the fallback to the reference trips (also what {@code calibrate} prints). */
    public CalibrationResult calibrate() {
        return FallbackCalibration.fitKse(dataDir.resolve(CALIBRATION_TABLE), circuityFactor, new ImportLog());
    }

    /**
     * Today's fit, every variant cross-validated on the same folds, and the one adopted (also what
     * {@code calibrate} prints). Takes about a second: some 60 small least-squares fits.
     */
    public FallbackAssessment assess() {
        return VariantSelection.assess(calibrate(), CrossValidation.DEFAULT, TRIP_DESCRIPTION);
    }

    /** The adopted variant of {@link #assess()}, with the places its speeds are looked up by. */
    private TravelTimeModel fallback() {
        FallbackAssessment assessment = assess();
        TripPlaces places = assessment.adopted().variant().equals(TravelVariant.TODAY) ? TripPlaces.NONE
                : FallbackCalibration.placesFromKse(dataDir.resolve(CALIBRATION_TABLE));
        return CalibratedFallbackModel.from(assessment, places);
    }

    private TravelTimeModel loadRoadNetwork() {
        Path osm = dataDir.resolve(osmFile);
        if (!Files.isRegularFile(osm)) {
            throw new BadInputException(osm.toString(), null, "OSM extract not found (planner.travel.osm-file)");
        }
        return RoadNetworkModel.load(osm, workspace);
    }

    @Override
    public synchronized void close() {
        if (model instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close the travel model", e);
            }
        }
    }
}
