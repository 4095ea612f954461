package ua.cnap.planner.layers;

import java.util.List;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageKpis;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.CoverageSummary;
import ua.cnap.planner.coverage.CoverageSensitivity;
import ua.cnap.planner.coverage.ServiceCoverageNote;
import ua.cnap.planner.coverage.WhiteSpot;
import ua.cnap.planner.travel.ModelError;

/**
 * The KPI panel of the map: the area's figures, what they were computed from and the white spots'
 * total.
 *
 * @param kpis                 the oblast's or the country's figures
 * @param standard             the access standard
 * @param registers            ids of the registers used
 * @param travelModel          the travel model's name
 * @param travelModelError     its error against real trips, null for a road network
 * @param whiteSpots           number of white spots
 * @param whiteSpotPopulation  people in them
 * @param seconds              wall time of the coverage computation (a cached result keeps its time)
 * @param exclusions           what the Order 376 exclusions left out, and what they rest on (the page's
 *                             switch shows it)
 * @param oblastsWithoutRegister oblasts of the area whose coverage is unknown (names)
 * @param populationNote       what {@code kpis.population} covers
 * @param hromadasWithoutMainOfficeNote why "hromadas without a main office" is unknown, or null
 * @param sensitivity          covered share if travel times were longer or shorter by the model's error
 * @param service              the service the figures are for, with the points that offer it and the
 *                             registers that do not say (there coverage is unknown); null for any access point
 */
public record AreaKpis(CoverageKpis kpis, AccessStandard standard, List<String> registers, String travelModel,
        ModelError travelModelError, int whiteSpots, long whiteSpotPopulation, double seconds,
        ua.cnap.planner.coverage.ExclusionSummary exclusions, List<String> oblastsWithoutRegister,
        String populationNote, String hromadasWithoutMainOfficeNote, CoverageSensitivity sensitivity,
        ServiceCoverageNote service) {

    static AreaKpis of(CoverageResult result) {
        return new AreaKpis(result.totals(), result.accessibility().standard(),
                result.registers().stream().map(r -> r.id()).toList(), result.accessibility().modelName(),
                result.accessibility().modelError(), result.whiteSpots().size(),
                result.whiteSpots().stream().mapToLong(WhiteSpot::population).sum(), result.seconds(),
                result.exclusions(),
                result.report().oblasts().stream()
                        .filter(o -> result.report().oblastsWithoutRegister().contains(o.code()))
                        .map(CoverageKpis::name).sorted().toList(),
                result.oblast() == null ? CoverageSummary.NATIONAL_POPULATION_NOTE
                        : CoverageSummary.OBLAST_POPULATION_NOTE,
                result.report().mainOfficeUnknownReason(),
                CoverageSensitivity.of(result), result.service());
    }
}
