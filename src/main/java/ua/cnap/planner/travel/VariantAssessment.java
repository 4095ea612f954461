package ua.cnap.planner.travel;

/**
 * One variant's errors on the calibration trips, in-sample (fitted to all trips) and out of sample
 * (cross-validated), over all trips and on the short trips and mountain hromadas where it matters.
 *
 * @param name                     the variant's name
 * @param variant                  the variant
 * @param fittedParameters         number of fitted parameters
 * @param inSample                 error of the fit to all trips on those trips
 * @param outOfSample              cross-validated error over all trips
 * @param outOfSampleShortTrips    cross-validated error on the shortest distance band
 * @param outOfSampleMountain      cross-validated error on trips from mountain hromadas
 * @param adopted                  whether this variant is the model the planner uses
 */
public record VariantAssessment(String name, TravelVariant variant, int fittedParameters, ErrorFigures inSample,
        ErrorFigures outOfSample, ErrorFigures outOfSampleShortTrips, ErrorFigures outOfSampleMountain,
        boolean adopted) {

    VariantAssessment asAdopted() {
        return new VariantAssessment(name, variant, fittedParameters, inSample, outOfSample, outOfSampleShortTrips,
                outOfSampleMountain, true);
    }
}
