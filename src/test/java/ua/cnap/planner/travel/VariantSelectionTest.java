package ua.cnap.planner.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The adoption rule: a variant replaces today's model only where it beats it out of sample. */
class VariantSelectionTest {

    private static final TravelVariant PER_OBLAST = new TravelVariant(TravelVariant.Grouping.OBLAST, false);
    private static final TravelVariant MOUNTAIN = new TravelVariant(TravelVariant.Grouping.COUNTRY, true);

    private static VariantAssessment assessed(TravelVariant variant, double median, double p90) {
        ErrorFigures figures = new ErrorFigures("all trips", 100, median, p90, -1.0);
        return new VariantAssessment(variant.name(), variant, 2, figures, figures, figures, figures, false);
    }

    @Test
    void aVariantBetterInTheMiddleAndNotWorseInTheTailIsAdopted() {
        List<VariantAssessment> all = List.of(assessed(TravelVariant.TODAY, 10.8, 29.0),
                assessed(MOUNTAIN, 10.5, 28.3), assessed(PER_OBLAST, 10.0, 25.0));

        assertThat(VariantSelection.choose(all).variant()).isEqualTo(PER_OBLAST);
    }

    @Test
    void todaysModelStaysWhenNoVariantBeatsItByTheMargin() {
        double margin = VariantSelection.ADOPTION_MARGIN_PERCENT_POINTS;
        List<VariantAssessment> all = List.of(assessed(TravelVariant.TODAY, 10.8, 29.0),
                assessed(MOUNTAIN, 10.8 - margin / 2, 28.0),  // better, but within the margin
                assessed(PER_OBLAST, 9.0, 29.5));              // better median, worse tail

        assertThat(VariantSelection.choose(all).variant()).isEqualTo(TravelVariant.TODAY);
    }

    @Test
    void onTripsWhoseSpeedDiffersByOblastAPerOblastVariantIsAdopted() {
        FallbackAssessment assessment = VariantSelection.assess(fit(trips(true)), CrossValidation.DEFAULT, "synthetic");

        assertThat(assessment.adopted().variant().grouping()).isEqualTo(TravelVariant.Grouping.OBLAST);
        assertThat(assessment.variants()).filteredOn(VariantAssessment::adopted).hasSize(1);
        assertThat(assessment.error().outOfSampleMedianAbsolutePercentError())
                .isEqualTo(assessment.outOfSample().all().medianAbsolutePercentError());
        assertThat(assessment.adoptionReason()).contains("speed per oblast");
    }

    @Test
    void onTripsOfOneSpeedTodaysModelStays() {
        FallbackAssessment assessment = VariantSelection.assess(fit(trips(false)), CrossValidation.DEFAULT, "synthetic");

        assertThat(assessment.adopted().variant()).isEqualTo(TravelVariant.TODAY);
        assertThat(assessment.variants().get(0).adopted()).isTrue();
        assertThat(assessment.adoptionReason()).contains("today's model stays");
    }

    private static CalibrationResult fit(List<CalibrationTrip> trips) {
        return FallbackCalibration.fit(trips, 1.3, "synthetic trips");
    }

    /** 600 trips in 6 oblasts, ±15 % noise; with {@code differ} the oblasts run at 45 to 80 km/h, else all at 60. */
    private static List<CalibrationTrip> trips(boolean differ) {
        Random random = new Random(7);
        List<CalibrationTrip> trips = new ArrayList<>();
        double[] speeds = {45, 52, 60, 66, 73, 80};
        for (int i = 0; i < 600; i++) {
            int oblast = i % speeds.length;
            double speed = differ ? speeds[oblast] : 60;
            double meters = 3_000 + random.nextDouble() * 120_000;
            double seconds = (240 + 1.3 * meters / (speed / 3.6)) * (1 + 0.15 * (2 * random.nextDouble() - 1));
            trips.add(new CalibrationTrip("t" + i, meters, seconds,
                    new TripPlace("O" + oblast, "O" + oblast, oblast < 3 ? "West" : "East", false)));
        }
        return trips;
    }

    @Test
    void tooFewTripsGiveNoOutOfSampleErrorAndTodaysModel() {
        List<CalibrationTrip> few = trips(true).subList(0, 12);

        FallbackAssessment assessment = VariantSelection.assess(fit(few), CrossValidation.DEFAULT, "synthetic");

        assertThat(assessment.outOfSample()).isNull();
        assertThat(assessment.adopted().variant()).isEqualTo(TravelVariant.TODAY);
        assertThat(assessment.error().outOfSampleMedianAbsolutePercentError()).isNull();
        assertThat(assessment.adoptionReason()).contains("too few");
        assertThat(CalibrationReport.text(assessment)).contains("no out-of-sample error");
    }
}
