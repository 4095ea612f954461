package ua.cnap.planner.coverage;

import java.util.List;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.territory.Oblast;

/**
 * Coverage of an oblast or the country: KPIs, every settlement's accessibility and the white spots.
 *
 * @param oblast        the oblast asked for, null for the country
 * @param registers     the registers whose access points were used
 * @param accessibility per settlement, with the model's name and error
 * @param report        KPIs per hromada, raion, oblast and country
 * @param whiteSpots    areas of uncovered settlements
 * @param seconds       wall time of the computation
 */
public record CoverageResult(
        Oblast oblast,
        List<Register> registers,
        Accessibility accessibility,
        CoverageReport report,
        List<WhiteSpot> whiteSpots,
        double seconds) {

    /** The figures for the area asked for: the oblast's, or the country's. */
    public CoverageKpis totals() {
        return oblast == null ? report.country() : report.findOblast(oblast.code()).orElse(report.country());
    }
}
