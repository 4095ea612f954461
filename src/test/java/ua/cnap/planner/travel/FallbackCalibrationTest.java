package ua.cnap.planner.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.io.ImportLog;

/** The relative least-squares fit on synthetic trips from known parameters, and the KSE trip builder. */
class FallbackCalibrationTest {

    private static final FallbackParameters TRUE = new FallbackParameters(240, 1.3, 15);

    @TempDir
    Path dir;

    /** Surefire points java.io.tmpdir at target/tmp, which a clean build has not made yet. */
    @BeforeAll
    static void makeTempRoot() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static List<CalibrationTrip> exactTrips(FallbackParameters parameters, int count) {
        List<CalibrationTrip> trips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double meters = 2_000 + i * 1_500.0;
            trips.add(new CalibrationTrip("trip " + i, meters, parameters.secondsFor(meters)));
        }
        return trips;
    }

    @Test
    void exactTripsGiveBackTheirParametersAndZeroError() {
        CalibrationResult result = FallbackCalibration.fit(exactTrips(TRUE, 50), 1.3);

        assertThat(result.parameters().accessSeconds()).isCloseTo(240, within(1e-6));
        assertThat(result.parameters().speedMetersPerSecond()).isCloseTo(15, within(1e-9));
        assertThat(result.parameters().circuityFactor()).isEqualTo(1.3);
        assertThat(result.error().pairs()).isEqualTo(50);
        assertThat(result.error().medianAbsolutePercentError()).isLessThan(1e-9);
        assertThat(result.error().p90AbsolutePercentError()).isLessThan(1e-9);
        assertThat(result.rmseMinutes()).isLessThan(1e-9);
        assertThat(result.excluded()).isEmpty();
    }

    @Test
    void theAssumedCircuityOnlyRescalesTheSpeedNotTheTimes() {
        // Times determine circuity / speed only: assuming 1.5 instead of 1.3 must give the same
        // times and access, and a speed 1.5 / 1.3 times higher.
        CalibrationResult result = FallbackCalibration.fit(exactTrips(TRUE, 50), 1.5);

        assertThat(result.parameters().accessSeconds()).isCloseTo(240, within(1e-6));
        assertThat(result.parameters().speedMetersPerSecond()).isCloseTo(15 * 1.5 / 1.3, within(1e-9));
        assertThat(result.parameters().secondsFor(80_000)).isCloseTo(TRUE.secondsFor(80_000), within(1e-6));
        assertThat(result.parameters().roadMetersFor(80_000)).isCloseTo(120_000, within(1e-6));
    }

    /**
     * Times with multiplicative noise (1 + ε), ε uniform in ±10 %, so relative scatter
     * σ = 0.1 / √3. The weights 1/t² are then inverse variances and the generalised least-squares
     * standard errors are σ·√diag((XᵀWX)⁻¹), computed here from the true times. Weighting by the
     * observed instead of the true time biases the fit low by about 2σ² (E[1/t] and E[1/t²] grow by
     * σ² and 3σ²). Tolerance: 4 standard errors (a miss by chance about 1 in 16,000) plus 3σ².
     */
    @Test
    void noisyTripsGiveBackTheirParametersWithinTheDerivedTolerance() {
        Random random = new Random(20240531);
        double sigma = 0.1 / Math.sqrt(3);
        List<CalibrationTrip> trips = new ArrayList<>();
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < 1500; i++) {
            double meters = 2_000 + random.nextDouble() * 150_000;
            double trueSeconds = TRUE.secondsFor(meters);
            double weight = 1 / (trueSeconds * trueSeconds);
            s0 += weight;
            s1 += weight * meters;
            s2 += weight * meters * meters;
            double epsilon = (random.nextDouble() * 2 - 1) * 0.1;
            trips.add(new CalibrationTrip("trip " + i, meters, trueSeconds * (1 + epsilon)));
        }
        double determinant = s0 * s2 - s1 * s1;
        double accessStandardError = sigma * Math.sqrt(s2 / determinant);
        double slopeStandardError = sigma * Math.sqrt(s0 / determinant);
        double bias = 3 * sigma * sigma;

        CalibrationResult result = FallbackCalibration.fit(trips, 1.3);

        double trueSlope = TRUE.secondsPerGreatCircleMeter();
        assertThat(result.parameters().accessSeconds())
                .isCloseTo(240, within(4 * accessStandardError + bias * 240));
        assertThat(result.parameters().secondsPerGreatCircleMeter())
                .isCloseTo(trueSlope, within(4 * slopeStandardError + bias * trueSlope));
        // |ε| ≤ 10 % and the fit is close to the truth, so no trip is off by much more than 10 %;
        // uniform |ε| has median 5 % and 90th percentile 9 %.
        assertThat(result.error().medianAbsolutePercentError()).isBetween(3.5, 6.5);
        assertThat(result.error().p90AbsolutePercentError()).isBetween(7.5, 11.0);
    }

    @Test
    void aNegativeAccessTimeIsClampedToZeroAtTheBestSlope() {
        // Times that a line with access −60 s fits exactly: the fit must not report negative access.
        List<CalibrationTrip> trips = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double meters = 10_000 + i * 5_000.0;
            trips.add(new CalibrationTrip("trip " + i, meters, -60 + meters / 20));
        }

        CalibrationResult result = FallbackCalibration.fit(trips, 1.0);

        assertThat(result.parameters().accessSeconds()).isZero();
        double slope = result.parameters().secondsPerGreatCircleMeter();
        double best = relativeSquares(trips, slope);
        assertThat(best).isLessThan(relativeSquares(trips, slope * 1.001));
        assertThat(best).isLessThan(relativeSquares(trips, slope * 0.999));
    }

    private static double relativeSquares(List<CalibrationTrip> trips, double slope) {
        double sum = 0;
        for (CalibrationTrip trip : trips) {
            double relative = (slope * trip.greatCircleMeters() - trip.observedSeconds()) / trip.observedSeconds();
            sum += relative * relative;
        }
        return sum;
    }

    @Test
    void tripsWithoutAPositiveTimeOrAFiniteDistanceAreExcludedWithReasons() {
        List<CalibrationTrip> trips = new ArrayList<>(exactTrips(TRUE, 10));
        trips.add(new CalibrationTrip("zero time", 5_000, 0));       // flaw: a trip cannot take no time
        trips.add(new CalibrationTrip("NaN time", 5_000, Double.NaN)); // flaw: no time at all
        trips.add(new CalibrationTrip("NaN distance", Double.NaN, 600)); // flaw: no distance

        CalibrationResult result = FallbackCalibration.fit(trips, 1.3);

        assertThat(result.trips()).hasSize(10);
        assertThat(result.error().pairs()).isEqualTo(10);
        assertThat(result.excluded()).containsExactly(
                new ExcludedTrip("zero time", FallbackCalibration.REASON_NOT_POSITIVE),
                new ExcludedTrip("NaN time", FallbackCalibration.REASON_NOT_POSITIVE),
                new ExcludedTrip("NaN distance", FallbackCalibration.REASON_BAD_DISTANCE));
        assertThat(result.parameters().speedMetersPerSecond()).isCloseTo(15, within(1e-9));
        assertThat(CalibrationReport.text(result))
                .contains("trips used: 10; excluded: 3")
                .contains("    2  " + FallbackCalibration.REASON_NOT_POSITIVE)
                .contains("    1  " + FallbackCalibration.REASON_BAD_DISTANCE);
    }

    @Test
    void fewerThanTwoUsableTripsIsAClearError() {
        List<CalibrationTrip> trips = List.of(new CalibrationTrip("only", 10_000, 900),
                new CalibrationTrip("broken", 10_000, -5)); // flaw: negative time, excluded

        assertThatThrownBy(() -> FallbackCalibration.fit(trips, 1.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 usable trip(s), at least 2");
    }

    @Test
    void tripsAllOfOneDistanceAreAClearError() {
        // flaw: with one distance, access time and speed trade off freely
        List<CalibrationTrip> trips = List.of(new CalibrationTrip("a", 10_000, 900),
                new CalibrationTrip("b", 10_000, 1200), new CalibrationTrip("c", 10_000.5, 1000));

        assertThatThrownBy(() -> FallbackCalibration.fit(trips, 1.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same great-circle distance");
    }

    @Test
    void timesThatShrinkWithDistanceAreAClearError() {
        // flaw: the farther trip is quicker, which no positive speed explains
        List<CalibrationTrip> trips = List.of(new CalibrationTrip("near", 1_000, 3_000),
                new CalibrationTrip("far", 50_000, 600));

        assertThatThrownBy(() -> FallbackCalibration.fit(trips, 1.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not grow with distance");
    }

    private static final String KSE_HEADER = "hromada_code,hromada_name,raion_code,raion_name,oblast_code,oblast_name,type,"
            + "oblast_center,hromada_center_code,hromada_center,lat_center,lon_center,travel_time,"
            + "total_popultaion_2022,urban_popultaion_2022.x,oblast_name_en\n";

    private static String kseRow(String code, String name, String oblastCode, String oblastName, int flag,
            double lat, double lon, String minutes) {
        return code + "," + name + ",UA05020000000026686,Вінницький," + oblastCode + "," + oblastName
                + ",сільська," + flag + ",NA,Центр," + lat + "," + lon + "," + minutes + ",1000,0,NA\n";
    }

    @Test
    void kseTripsRunFromEachHromadaCentreToItsOblastCentreAndListWhatIsLeftOut() throws IOException {
        String oblastA = "UA05000000000010236";
        String oblastB = "UA32000000000030281";
        Path csv = Files.writeString(dir.resolve("kse.csv"), KSE_HEADER
                // the oblast centre: left out (time 0 to itself)
                + kseRow("UA05020030000031457", "Центральна", oblastA, "Вінницька", 1, 49.0, 28.0, "0")
                // half a degree north of it on the same meridian: 55,597.5 m
                + kseRow("UA05020010000053508", "Північна", oblastA, "Вінницька", 0, 49.5, 28.0, "48.5")
                // flaw: no time
                + kseRow("UA05020050000000001", "Безчасова", oblastA, "Вінницька", 0, 48.5, 28.0, "NA")
                // flaw: its oblast has no flagged centre (as Kyiv oblast in the real table)
                + kseRow("UA32020010000000002", "Приміська", oblastB, "Київська", 0, 50.3, 30.2, "35"));
        ImportLog log = new ImportLog();

        List<CalibrationTrip> trips = FallbackCalibration.tripsFromKse(csv, log);

        assertThat(trips).hasSize(1);
        assertThat(trips.get(0).id()).contains("UA05020010000053508").contains("Північна");
        assertThat(trips.get(0).greatCircleMeters()).isCloseTo(111_195.08 / 2, within(0.5));
        assertThat(trips.get(0).observedSeconds()).isCloseTo(48.5 * 60, within(1e-9));
        assertThat(log.rejected()).extracting(ImportIssue::reason).containsExactly(
                FallbackCalibration.REASON_OBLAST_CENTRE,
                FallbackCalibration.REASON_NO_TIME,
                "no hromada of oblast Київська is flagged oblast_center = 1, so the destination of its times is "
                        + "unknown (for Kyiv oblast: Kyiv city is not in the table)");
        assertThat(log.rejected()).extracting(ImportIssue::item)
                .containsExactly("hromada UA05020030000031457 (Центральна)", "hromada UA05020050000000001 (Безчасова)",
                        "hromada UA32020010000000002 (Приміська)");
    }

    @Test
    void anOblastWithTwoFlaggedCentresIsRefused() throws IOException {
        String oblast = "UA05000000000010236";
        // flaw: two hromadas of one oblast both claim to be its centre
        Path csv = Files.writeString(dir.resolve("kse.csv"), KSE_HEADER
                + kseRow("UA05020030000031457", "Перша", oblast, "Вінницька", 1, 49.0, 28.0, "0")
                + kseRow("UA05020010000053508", "Друга", oblast, "Вінницька", 1, 49.5, 28.0, "0"));

        assertThatThrownBy(() -> FallbackCalibration.tripsFromKse(csv, new ImportLog()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("two hromadas flagged oblast_center = 1");
    }
}
