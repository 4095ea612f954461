package ua.cnap.planner.population;

import java.util.List;

/**
 * What {@link CensusWeightedSpreader} gives: every settlement with its population and rule, and
 * the settlements whose final figure differs most from their source figure.
 *
 * @param settlements        the settlements (plus one per hromada without any, see
 *                           {@link PopulationRule#HROMADA_CENTRE_ONLY}); within every hromada their
 *                           populations add up to its official total
 * @param largestCorrections the settlements with the largest |final − source figure|, largest first
 */
public record PopulationSpread(List<Settlement> settlements, List<PopulationCorrection> largestCorrections) {

    public PopulationSpread {
        settlements = List.copyOf(settlements);
        largestCorrections = List.copyOf(largestCorrections);
    }
}
