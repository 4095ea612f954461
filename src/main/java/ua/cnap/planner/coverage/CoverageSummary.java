package ua.cnap.planner.coverage;

import java.time.LocalDate;
import java.util.List;
import ua.cnap.planner.travel.ModelError;

/**
 * A coverage result as the CLI's {@code --json} and the web API print it: the figures of the area
 * asked for, the travel model with its error beside them, KPIs per hromada, raion and oblast, and
 * the white spots without their polygons (those go to GeoJSON), and what war-time exclusions and
 * closures took out ({@code exclusions}: source, excluded population, settlements and hromadas,
 * closed access points).
 *
 * <p>{@code population} is always the official population of the whole area asked for (what exclusions
 * leave out included; that part is in {@code exclusions.excludedPopulation}); {@code populationWithRegister}
 * is the part whose coverage is known (oblasts with a register, minus exclusions), {@code coveredShare}
 * is {@code populationCovered / populationWithRegister}, and {@code oblastsWithoutRegister} lists the
 * oblasts whose coverage is unknown (null, never 0 %). {@code populationNote} says what the population
 * covers; {@code hromadasWithoutMainOfficeNote} why that figure is null, where it is.
 * {@code sensitivity}: the covered population if travel times were longer or shorter by the model's
 * out-of-sample median error ({@link CoverageSensitivity}). {@code service}: for coverage by a service
 * group or step-free access, which points counted, how many said nothing, which registers say nothing
 * (their oblasts are in {@code oblastsWithoutRegister}); null when any access point counts.
 */
public record CoverageSummary(
        String oblastCode,
        String oblastName,
        List<RegisterUsed> registers,
        AccessStandard standard,
        TravelModelInfo travelModel,
        boolean registerLoaded,
        long population,
        long populationWithRegister,
        String populationNote,
        Long populationCovered,
        Double coveredShare,
        Long populationUnreachable,
        Double meanTravelTimeSeconds,
        Double p90TravelTimeSeconds,
        Integer uncoveredSettlements,
        Integer hromadasWithoutMainOffice,
        String hromadasWithoutMainOfficeNote,
        List<String> oblastsWithoutRegister,
        List<CoverageKpis> hromadas,
        List<CoverageKpis> raions,
        List<CoverageKpis> oblasts,
        List<WhiteSpotFigures> whiteSpots,
        double seconds,
        ExclusionSummary exclusions,
        CoverageSensitivity sensitivity,
        ServiceCoverageNote service) {

    /** A register the result used. */
    public record RegisterUsed(String id, String name, LocalDate date, boolean historical) {
    }

    /** The travel-time model and, where fitted, its error against real trips. */
    public record TravelModelInfo(String name, ModelError error) {
    }

    /** A white spot's figures. */
    public record WhiteSpotFigures(String id, String oblastCode, long population, int settlementCount) {
    }

    /** What a national figure covers. */
    public static final String NATIONAL_POPULATION_NOTE = "Ukraine without Crimea and Sevastopol (no hromada data "
            + "there); official population on 1 Jan 2022, before displacement";
    /** What an oblast's figure covers. */
    public static final String OBLAST_POPULATION_NOTE = "official population on 1 Jan 2022, before displacement";

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
                totals.populationWithRegister(),
                result.oblast() == null ? NATIONAL_POPULATION_NOTE : OBLAST_POPULATION_NOTE,
                totals.populationCovered(),
                totals.coveredShare(),
                totals.populationUnreachable(),
                totals.meanTravelTimeSeconds(),
                totals.p90TravelTimeSeconds(),
                totals.uncoveredSettlements(),
                totals.hromadasWithoutMainOffice(),
                report.mainOfficeUnknownReason(),
                report.oblastsWithoutRegister().stream().sorted().toList(),
                report.hromadas(),
                report.raions(),
                report.oblasts(),
                result.whiteSpots().stream()
                        .map(w -> new WhiteSpotFigures(w.id(), w.oblastCode(), w.population(), w.settlementCount()))
                        .toList(),
                result.seconds(),
                result.exclusions(),
                CoverageSensitivity.of(result),
                result.service());
    }
}
