package ua.cnap.planner.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cross-validation on synthetic trips with a known answer: times from a known access time and speed
 * with a known relative noise.
 */
class CrossValidationTest {

    /** 4 min access, 60 km/h at circuity 1.3: the slope is 1.3 / (60 / 3.6) s per great-circle metre. */
    static final FallbackParameters TRUE = new FallbackParameters(240, 1.3, 60 / 3.6);

    /**
     * Trips from 3 to 150 km with a uniform relative noise of ±{@code noise}, spread over {@code groups}
     * oblasts named O0, O1, … (the noise does not depend on the oblast).
     */
    static List<CalibrationTrip> noisyTrips(int count, double noise, int groups, long seed) {
        Random random = new Random(seed);
        List<CalibrationTrip> trips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double meters = 3_000 + random.nextDouble() * 147_000;
            double seconds = TRUE.secondsFor(meters) * (1 + noise * (2 * random.nextDouble() - 1));
            String oblast = "O" + (i % groups);
            trips.add(new CalibrationTrip("trip " + i, meters, seconds, new TripPlace(oblast, oblast, "R", false)));
        }
        return trips;
    }

    @Test
    void foldsAreDeterministicBalancedAndDependOnTheSeed() {
        CrossValidation cv = new CrossValidation(10, 12);
        int[] folds = cv.foldOf(1377);

        assertThat(cv.foldOf(1377)).isEqualTo(folds);
        int[] sizes = new int[10];
        Arrays.stream(folds).forEach(f -> sizes[f]++);
        assertThat(Arrays.stream(sizes).min().orElseThrow()).isEqualTo(137);
        assertThat(Arrays.stream(sizes).max().orElseThrow()).isEqualTo(138);
        assertThat(new CrossValidation(10, 13).foldOf(1377)).isNotEqualTo(folds);
    }

    @Test
    void withoutNoiseEveryHeldOutTripIsPredictedExactly() {
        List<CalibrationTrip> trips = noisyTrips(200, 0, 1, 1);

        double[] predicted = CrossValidation.DEFAULT.predict(trips, TravelVariant.TODAY, 1.3);

        for (int i = 0; i < trips.size(); i++) {
            assertThat(predicted[i]).isCloseTo(trips.get(i).observedSeconds(), within(1e-6));
        }
        assertThat(ErrorBreakdown.of(trips, predicted).all().medianAbsolutePercentError()).isCloseTo(0, within(1e-9));
    }

    /**
     * Uniform noise of ±20 %: a model that knows the truth has a median absolute error of about 10 %.
     * Today's two-parameter model nearly reaches it, in and out of sample alike.
     */
    @Test
    void todaysModelRecoversTheSpeedAndItsOutOfSampleErrorIsTheNoise() {
        List<CalibrationTrip> trips = noisyTrips(1_000, 0.2, 1, 2);

        VariantParameters fit = VariantFit.fit(trips, TravelVariant.TODAY, 1.3);
        double[] predicted = CrossValidation.DEFAULT.predict(trips, TravelVariant.TODAY, 1.3);
        double inSample = ErrorBreakdown.of(trips, trips.stream().mapToDouble(fit::secondsFor).toArray()).all()
                .medianAbsolutePercentError();
        double outOfSample = ErrorBreakdown.of(trips, predicted).all().medianAbsolutePercentError();

        assertThat(fit.shared().speedKilometersPerHour()).isCloseTo(60, within(3.0));
        assertThat(outOfSample).isCloseTo(10, within(1.5));
        assertThat(outOfSample - inSample).isBetween(-0.3, 0.5);
    }

    /**
     * A speed per oblast on 50 oblasts of 12 trips each whose speeds are all the same: the 51
     * parameters fit the noise, so the error on the trips they saw flatters them and the error on
     * held-out trips is larger (by about 0.9 points here).
     */
    @Test
    void anOverfittingVariantIsWorseOutOfSampleThanInSample() {
        List<CalibrationTrip> trips = noisyTrips(600, 0.3, 50, 3);
        TravelVariant perOblast = new TravelVariant(TravelVariant.Grouping.OBLAST, false);

        VariantParameters fit = VariantFit.fit(trips, perOblast, 1.3);
        assertThat(fit.secondsPerMeterByGroup()).hasSize(50);
        double inSample = ErrorBreakdown.of(trips, trips.stream().mapToDouble(fit::secondsFor).toArray()).all()
                .medianAbsolutePercentError();
        double outOfSample = ErrorBreakdown.of(trips, CrossValidation.DEFAULT.predict(trips, perOblast, 1.3)).all()
                .medianAbsolutePercentError();

        assertThat(outOfSample).isGreaterThan(inSample + 0.5);
    }

    @Test
    void aVariantRecoversKnownSpeedsPerOblastAndAMountainSlowdown() {
        List<CalibrationTrip> trips = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double meters = 5_000 + 2_000 * i;
            boolean mountain = i % 4 == 0;
            String oblast = i % 2 == 0 ? "A" : "B";
            double slope = (oblast.equals("A") ? 1.3 / (50 / 3.6) : 1.3 / (70 / 3.6)) + (mountain ? 0.02 : 0);
            trips.add(new CalibrationTrip("t" + i, meters, 300 + slope * meters,
                    new TripPlace(oblast, oblast, "R", mountain)));
        }

        VariantParameters fit = VariantFit.fit(trips, new TravelVariant(TravelVariant.Grouping.OBLAST, true), 1.3);

        assertThat(fit.accessSeconds()).isCloseTo(300, within(1e-6));
        assertThat(fit.speedKilometersPerHourByGroup().get("A")).isCloseTo(50, within(1e-6));
        assertThat(fit.speedKilometersPerHourByGroup().get("B")).isCloseTo(70, within(1e-6));
        assertThat(fit.mountainExtraSecondsPerMeter()).isCloseTo(0.02, within(1e-9));
        // a place with no group of its own takes the shared slope (here today's fit to all trips)
        assertThat(fit.secondsPerMeter(TripPlace.UNKNOWN)).isEqualTo(fit.sharedSecondsPerMeter());
    }

    @Test
    void todaysVariantIsTheClassicFit() {
        List<CalibrationTrip> trips = noisyTrips(300, 0.2, 1, 4);

        VariantParameters variant = VariantFit.fit(trips, TravelVariant.TODAY, 1.3);
        VariantParameters general = VariantFit.fit(trips, new TravelVariant(TravelVariant.Grouping.COUNTRY, true), 1.3);
        FallbackParameters classic = FallbackCalibration.fit(trips, 1.3).parameters();

        assertThat(variant.shared()).isEqualTo(classic);
        // no mountain trips: the general least-squares path gives the same line
        assertThat(general.accessSeconds()).isCloseTo(classic.accessSeconds(), within(1e-6));
        assertThat(general.sharedSecondsPerMeter()).isCloseTo(classic.secondsPerGreatCircleMeter(), within(1e-12));
    }
}
