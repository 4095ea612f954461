package ua.cnap.planner.coverage;

import java.time.LocalDate;
import java.util.List;
import ua.cnap.planner.travel.ModelError;

/**
 * A coverage result as the CLI's {@code --json} and the web API print it: the figures of the area
 * asked for, the travel model with its error beside them, KPIs per hromada, raion and oblast, and
 * the white spots without their polygons (those go to GeoJSON), and what war-time exclusions and
 * closures took out ({@code exclusions}: source, excluded population, settlements and hromadas,
 * closed access points). {@code sensitivity}: the covered population if travel times were longer or
 * shorter by the model's out-of-sample median error ({@link CoverageSensitivity}).
 */
public record CoverageSummary(
        String oblastCode,
        String oblastName,
        List<RegisterUsed> registers,
        AccessStandard standard,
        TravelModelInfo travelModel,
        boolean registerLoaded,
        long population,
        Long populationCovered,
        Double coveredShare,
        Long populationUnreachable,
        Double meanTravelTimeSeconds,
        Double p90TravelTimeSeconds,
        Integer uncoveredSettlements,
        Integer hromadasWithoutMainOffice,
        List<String> oblastsWithoutRegister,
        List<CoverageKpis> hromadas,
        List<CoverageKpis> raions,
        List<CoverageKpis> oblasts,
        List<WhiteSpotFigures> whiteSpots,
        double seconds,
        ExclusionSummary exclusions,
        CoverageSensitivity sensitivity) {

    /** A register the result used. */
    public record RegisterUsed(String id, String name, LocalDate date, boolean historical) {
    }

    /** The travel-time model and, where fitted, its error against real trips. */
    public record TravelModelInfo(String name, ModelError error) {
    }

    /** A white spot's figures. */
    public record WhiteSpotFigures(String id, String oblastCode, long population, int settlementCount) {
    }

    public static CoverageSummary of(CoverageResult result) {
        CoverageKpis totals = result.totals();
        Accessibility accessibility = result.accessibility();
        CoverageReport report = result.report();
        return new CoverageSummary(
                result.oblast() == null ? CoverageReport.COUNTRY_CODE : result.oblast().code(),
                result.oblast() == null ? CoverageReport.COUNTRY_NAME : result.oblast().nameUk(),
                result.registers().stream().map(r -> new RegisterUsed(r.id(), r.name(), r.date(), r.historical()))
                        .toList(),
                accessibility.standard(),
                new TravelModelInfo(accessibility.modelName(), accessibility.modelError()),
                totals.registerLoaded(),
                totals.population(),
                totals.populationCovered(),
                totals.coveredShare(),
                totals.populationUnreachable(),
                totals.meanTravelTimeSeconds(),
                totals.p90TravelTimeSeconds(),
                totals.uncoveredSettlements(),
                totals.hromadasWithoutMainOffice(),
                report.oblastsWithoutRegister().stream().sorted().toList(),
                report.hromadas(),
                report.raions(),
                report.oblasts(),
                result.whiteSpots().stream()
                        .map(w -> new WhiteSpotFigures(w.id(), w.oblastCode(), w.population(), w.settlementCount()))
                        .toList(),
                result.seconds(),
                result.exclusions(),
                CoverageSensitivity.of(result));
    }
}
