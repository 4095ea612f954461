package ua.cnap.planner.coverage;

import java.util.List;
import ua.cnap.planner.network.AccessPoint;
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
 * @param accessPoints  the registers' access points as used, after changes and closures (closed ones
 *                      included with their status)
 * @param exclusions    what exclusions and closures took out
 * @param requirement   what a point had to offer to count
 * @param service       how a per-service figure was made; null when any point counted
 */
public record CoverageResult(
        Oblast oblast,
        List<Register> registers,
        Accessibility accessibility,
        CoverageReport report,
        List<WhiteSpot> whiteSpots,
        double seconds,
        List<AccessPoint> accessPoints,
        ExclusionSummary exclusions,
        ServiceRequirement requirement,
        ServiceCoverageNote service) {

    public CoverageResult {
        accessPoints = accessPoints == null ? List.of() : List.copyOf(accessPoints);
        exclusions = exclusions == null ? ExclusionSummary.NONE : exclusions;
        requirement = requirement == null ? ServiceRequirement.ANY : requirement;
    }

    public CoverageResult(Oblast oblast, List<Register> registers, Accessibility accessibility, CoverageReport report,
            List<WhiteSpot> whiteSpots, double seconds, List<AccessPoint> accessPoints, ExclusionSummary exclusions) {
        this(oblast, registers, accessibility, report, whiteSpots, seconds, accessPoints, exclusions,
                ServiceRequirement.ANY, null);
    }

    public CoverageResult(Oblast oblast, List<Register> registers, Accessibility accessibility, CoverageReport report,
            List<WhiteSpot> whiteSpots, double seconds) {
        this(oblast, registers, accessibility, report, whiteSpots, seconds, List.of(), ExclusionSummary.NONE);
    }

    /** The figures for the area asked for: the oblast's, or the country's. */
    public CoverageKpis totals() {
        return oblast == null ? report.country() : report.findOblast(oblast.code()).orElse(report.country());
    }
}
