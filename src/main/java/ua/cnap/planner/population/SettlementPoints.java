package ua.cnap.planner.population;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the settlements of an import got their points ({@link KatottgSettlementBuilder}), for the import
 * report.
 *
 * @param settlements               settlements built
 * @param withCode                  of those, with a KATOTTG code
 * @param withPoint                 of those, at a point of their own (GeoNames place or hromada centre)
 * @param atFallbackPosition        of those, at a stand-in position ({@link PointSource#isFallback()})
 * @param byPointSource             settlements per point source
 * @param hromadasWithCentreOnly    hromadas without any codifier settlement, stood for by their centre
 * @param geoNamesPlacesInHromadas  GeoNames places located in a hromada of the import
 * @param geoNamesPlacesMatched     of those, matched to a settlement
 * @param geoNamesPlacesUnmatched   of those, matching no settlement of their hromada (not imported)
 * @param unmatchedExamples         the largest unmatched places, with their hromada
 * @param byOblast                  match rate per oblast
 */
public record SettlementPoints(
        int settlements,
        int withCode,
        int withPoint,
        int atFallbackPosition,
        Map<PointSource, Integer> byPointSource,
        int hromadasWithCentreOnly,
        int geoNamesPlacesInHromadas,
        int geoNamesPlacesMatched,
        int geoNamesPlacesUnmatched,
        List<String> unmatchedExamples,
        List<OblastPoints> byOblast) {

    public SettlementPoints {
        Map<PointSource, Integer> ordered = new EnumMap<>(PointSource.class);
        ordered.putAll(byPointSource);
        byPointSource = Collections.unmodifiableMap(ordered); // in rule order in the JSON
        unmatchedExamples = List.copyOf(unmatchedExamples);
        byOblast = List.copyOf(byOblast);
    }

    /**
     * Settlements of one oblast and how many of them have a point of their own.
     *
     * @param matchRate {@code withPoint / settlements}, rounded to four decimals
     */
    public record OblastPoints(String oblastCode, String oblastNameUk, int settlements, int withPoint,
            double matchRate) {

        public OblastPoints(String oblastCode, String oblastNameUk, int settlements, int withPoint) {
            this(oblastCode, oblastNameUk, settlements, withPoint,
                    settlements == 0 ? 0 : Math.round(10_000.0 * withPoint / settlements) / 10_000.0);
        }
    }
}
