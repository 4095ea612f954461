package ua.cnap.planner.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.population.PopulationCorrection;
import ua.cnap.planner.population.PopulationRule;
import ua.cnap.planner.population.SettlementPoints;

/**
 * What an import did, printed by {@code import --json} and stored with the run.
 *
 * @param store                 the store written to
 * @param dataDir               the data folder read
 * @param hromadas              hromadas imported (with official population)
 * @param hromadasWithGeometry  of those, with a boundary polygon
 * @param population            sum of official hromada populations (1 Jan 2022)
 * @param settlements           settlements (demand points)
 * @param settlementsByRule     how many settlements each population rule gave a number to
 * @param largestPopulationCorrections the settlements whose final population differs most from the
 *                              figure it was weighted by (official, OSM or GeoNames), with hromada, both
 *                              figures and the factor: where census weights and 2022 totals disagree
 * @param accessPoints          access points in current (non-historical) registers
 * @param registers             every register with its count
 * @param populationCells       cells of population grids
 * @param wartimeTerritories    periods of territories in the Order 376 list (0 when its file is absent)
 * @param rejected              items left out, with the reason
 * @param repaired              items changed to be usable (e.g. self-intersecting polygons)
 * @param warnings              items kept with a remark (e.g. hromadas without a polygon)
 * @param seconds               wall time of the import
 * @param settlementsWithCode   settlements with a KATOTTG code (all codifier settlements have one)
 * @param settlementPoints      where settlement points come from: per point source, per oblast match
 *                              rates, GeoNames places that match no settlement (null for runs stored
 *                              before it was reported)
 */
public record ImportReport(
        String store,
        String dataDir,
        int hromadas,
        int hromadasWithGeometry,
        long population,
        int settlements,
        Map<PopulationRule, Long> settlementsByRule,
        List<PopulationCorrection> largestPopulationCorrections,
        int accessPoints,
        List<RegisterSummary> registers,
        int populationCells,
        int wartimeTerritories,
        List<ImportIssue> rejected,
        List<ImportIssue> repaired,
        List<ImportIssue> warnings,
        double seconds,
        int settlementsWithCode,
        SettlementPoints settlementPoints) {

    /** One register and how many access points it brought. */
    public record RegisterSummary(String id, String name, LocalDate date, boolean historical, int accessPoints) {
    }
}
