package ua.cnap.planner.population;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.territory.Codifier;
import ua.cnap.planner.territory.CodifierSettlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;

/**
 * Gives every settlement a population so that, inside every hromada, the settlement figures add up
 * <em>exactly</em> to the hromada's official 1 Jan 2022 total ({@link Hromada#population2022()}).
 * Only the hromada totals and the city and town figures are official; inside a hromada the split is
 * a model, and every settlement records the {@link PopulationRule} that gave its number.
 *
 * <h2>Rules, per hromada with official total T</h2>
 * <ol>
 *   <li><b>No settlement in the data</b>: the hromada centre becomes one settlement
 *       ({@code centre:<hromada code>}) with all of T — {@link PopulationRule#HROMADA_CENTRE_ONLY}.</li>
 *   <li><b>Official city and town figures</b> (Ukrstat table 5) keep priority. The table has no
 *       codes, so {@link UrbanFigureMatcher} ties each figure to a KATOTTG settlement code by name
 *       within its 2022 raion; a settlement with that code takes the figure. A settlement without a
 *       code (GeoNames points before they carry codes) takes it when its Ukrainian or Latin name, or
 *       a GeoNames alternate name, equals one of the names of the coded settlement and it lies in that settlement's hromada
 *       (of several, the larger GeoNames figure, then the nearer to the hromada centre) —
 *       {@link PopulationRule#OFFICIAL_URBAN_FIGURE}.</li>
 *   <li><b>The rest</b>, R = T − (sum of the official figures), is shared among the other
 *       settlements in proportion to a weight:
 *       <ul>
 *         <li>the settlement's OSM population figure, looked up by KATOTTG code in the OSM place
 *             table (mostly census-based; 0 for an uninhabited place) —
 *             {@link PopulationRule#OSM_FIGURE_WEIGHTED};</li>
 *         <li>else its GeoNames figure ({@link Settlement#sourcePopulation()}) where positive; this
 *             is the only figure of a settlement without a code —
 *             {@link PopulationRule#GEONAMES_WEIGHTED};</li>
 *         <li>else, with no figure at all, the median (the lower middle one of an even count) of
 *             the known positive weights of the hromada's settlements that share R ({@link PopulationRule#NO_FIGURE_MEDIAN_WEIGHT}),
 *             and for the hromada's centre the largest of them
 *             ({@link PopulationRule#NO_FIGURE_CENTRE_LARGEST_WEIGHT}). Why: on the 2025 codifier
 *             only 85 of 28,653 settlements of the table's hromadas have no OSM figure, none of them
 *             a centre; they are ordinary villages and selyshches, not systematically the smallest,
 *             so they count as the hromada's typical (median) settlement. A centre is nearly always
 *             its hromada's largest place; weighting it like the smallest hamlet (the former rule)
 *             sent its people to the villages;</li>
 *         <li>when none of the settlements sharing R has a known positive weight, R is split
 *             equally among those without a figure (those known to be uninhabited get 0), or among
 *             all of them when all are known to be 0 — {@link PopulationRule#EQUAL_SHARE_OF_REMAINDER}.
 *             So a hromada whose settlements have no figures at all still adds up exactly.</li>
 *       </ul></li>
 *   <li><b>Official figures that cannot add up</b>: when they exceed T, or every settlement of the
 *       hromada has one and some of T is left, the official figures are scaled to T
 *       ({@link PopulationRule#OFFICIAL_URBAN_FIGURE_SCALED}; any other settlement gets 0), with a
 *       warning.</li>
 * </ol>
 * Shares are whole numbers by the largest remainder method ({@link LargestRemainder}), so the sums
 * are exact. Settlements whose hromada is not in the hromada table (Crimea, Sevastopol: no official
 * 2022 totals) are left out and reported, as are OSM rows whose code is no settlement of the
 * codifier.
 */
public final class CensusWeightedSpreader {

    public static final String SOURCE = "population spread";
    /** How many of the largest corrections {@link PopulationSpread#largestCorrections()} holds. */
    public static final int LARGEST_CORRECTIONS = 10;
    private static final int EXAMPLES = 10;

    private final Map<String, HromadaPlaceNames> placeNames;
    private final Codifier codifier;
    private final Map<String, OsmPlace> osmByCode;
    private final Map<String, List<String>> extraNames;

    /**
     * @param placeNames oblast and raion names (2022) of each hromada, by hromada code
     *                   ({@link KseHromadaTableReader#readPlaceNames})
     * @param codifier   the KATOTTG codifier: settlement codes, names and categories
     * @param osmPlaces  the OSM place table ({@link OsmPlaceReader}); may be empty
     */
    public CensusWeightedSpreader(Map<String, HromadaPlaceNames> placeNames, Codifier codifier,
            List<OsmPlace> osmPlaces) {
        this(placeNames, codifier, osmPlaces, Map.of());
    }

    /**
     * @param extraNamesBySettlementId further names of settlements without a code, by settlement id
     *                                 (official, former and GeoNames names: KatottgSettlementBuilder's
     *                                 {@code namesById}), for rule 2's
     *                                 name match; may be empty
     */
    public CensusWeightedSpreader(Map<String, HromadaPlaceNames> placeNames, Codifier codifier,
            List<OsmPlace> osmPlaces, Map<String, ? extends Collection<String>> extraNamesBySettlementId) {
        Map<String, List<String>> extra = new HashMap<>();
        extraNamesBySettlementId.forEach((id, names) -> extra.put(id, List.copyOf(names)));
        this.extraNames = Map.copyOf(extra);
        this.placeNames = Map.copyOf(placeNames);
        this.codifier = codifier;
        Map<String, OsmPlace> byCode = new HashMap<>();
        osmPlaces.stream().filter(p -> p.katottgCode() != null).forEach(p -> byCode.putIfAbsent(p.katottgCode(), p));
        this.osmByCode = Map.copyOf(byCode);
    }

    public PopulationSpread spread(List<Hromada> hromadas, List<Settlement> placed, List<OfficialUrbanFigure> urban,
            ImportLog log) {
        Map<String, Hromada> byCode = new LinkedHashMap<>();
        hromadas.forEach(h -> byCode.put(h.code(), h));
        Map<String, List<Settlement>> byHromada = groupByHromada(placed, byCode, log);
        reportOsmCodesOutsideCodifier(log);
        Map<String, UrbanFigureMatcher.Match> matches =
                new UrbanFigureMatcher(placeNames, codifier, osmByCode).match(hromadas, urban, log);
        Map<Settlement, OfficialUrbanFigure> official = assignOfficial(matches, byHromada, byCode, log);

        List<Settlement> result = new ArrayList<>(placed.size() + 16);
        List<PopulationCorrection> corrections = new ArrayList<>();
        for (Hromada hromada : hromadas) {
            List<Settlement> settlements = byHromada.getOrDefault(hromada.code(), List.of());
            if (settlements.isEmpty()) {
                result.add(new Settlement("centre:" + hromada.code(), hromada.centreSettlementCode(),
                        hromada.centreName(), null, hromada.centre(), hromada.code(), 0,
                        hromada.population2022(), PopulationRule.HROMADA_CENTRE_ONLY));
                continue;
            }
            spreadInHromada(hromada, settlements, official, log, result, corrections);
        }
        corrections.sort(Comparator.comparingLong((PopulationCorrection c) -> -Math.abs(c.difference()))
                .thenComparing(PopulationCorrection::settlementId));
        return new PopulationSpread(result, corrections.subList(0, Math.min(LARGEST_CORRECTIONS, corrections.size())));
    }

    /** One settlement of a hromada: the rule it falls under, its weight and the figure the weight came from. */
    private record Share(Settlement settlement, PopulationRule rule, long weight, Long sourceFigure) {
    }

    private void spreadInHromada(Hromada hromada, List<Settlement> settlements,
            Map<Settlement, OfficialUrbanFigure> official, ImportLog log, List<Settlement> out,
            List<PopulationCorrection> corrections) {
        long total = hromada.population2022();
        List<Share> officialShares = new ArrayList<>();
        List<Share> rest = new ArrayList<>();
        for (Settlement settlement : settlements) {
            OfficialUrbanFigure figure = official.get(settlement);
            if (figure != null) {
                officialShares.add(new Share(settlement, PopulationRule.OFFICIAL_URBAN_FIGURE, figure.population(),
                        figure.population()));
            } else {
                rest.add(figureShare(settlement));
            }
        }
        long officialSum = officialShares.stream().mapToLong(Share::weight).sum();
        boolean scaled = officialSum > total || (rest.isEmpty() && officialSum < total);
        if (scaled) {
            log.warn(SOURCE, "hromada " + hromada.code() + " (" + hromada.nameUk() + ")", officialSum > total
                    ? "official city/town figures " + officialSum + " exceed the hromada total " + total
                            + ": scaled down to it, the other " + rest.size() + " settlement(s) get 0"
                    : "every settlement has an official figure (sum " + officialSum + ") but the hromada total is "
                            + total + ": figures scaled up to it");
            officialShares = officialShares.stream().map(s -> new Share(s.settlement(),
                    PopulationRule.OFFICIAL_URBAN_FIGURE_SCALED, s.weight(), s.sourceFigure())).toList();
        }
        rest = withoutFigureWeights(hromada, rest, log);
        long[] officialParts = scaled ? LargestRemainder.apportion(total, weights(officialShares))
                : weights(officialShares);
        long[] restParts = scaled ? new long[rest.size()]
                : LargestRemainder.apportion(total - officialSum, weights(rest));
        emit(hromada, officialShares, officialParts, out, corrections);
        emit(hromada, rest, restParts, out, corrections);
    }

    /** The rule and weight of a settlement without an official figure, before the no-figure rules. */
    private Share figureShare(Settlement settlement) {
        OsmPlace osm = settlement.katottgCode() == null ? null : osmByCode.get(settlement.katottgCode());
        if (osm != null && osm.population() != null) {
            return new Share(settlement, PopulationRule.OSM_FIGURE_WEIGHTED, osm.population(), osm.population());
        }
        if (settlement.sourcePopulation() > 0) {
            return new Share(settlement, PopulationRule.GEONAMES_WEIGHTED, settlement.sourcePopulation(),
                    settlement.sourcePopulation());
        }
        return new Share(settlement, null, 0, null);
    }

    /** Gives the settlements without a figure (rule still null) their rule and weight. */
    private List<Share> withoutFigureWeights(Hromada hromada, List<Share> rest, ImportLog log) {
        List<Long> known = rest.stream().filter(s -> s.rule() != null && s.weight() > 0).map(Share::weight)
                .sorted().toList();
        boolean anyWithoutFigure = rest.stream().anyMatch(s -> s.rule() == null);
        if (known.isEmpty() && !anyWithoutFigure && !rest.isEmpty()) {
            log.warn(SOURCE, "hromada " + hromada.code() + " (" + hromada.nameUk() + ")", "every settlement "
                    + "sharing the remainder is known to be uninhabited (figure 0): the remainder is split equally");
            return rest.stream().map(s -> new Share(s.settlement(), PopulationRule.EQUAL_SHARE_OF_REMAINDER, 1,
                    s.sourceFigure())).toList();
        }
        if (!anyWithoutFigure) {
            return rest;
        }
        Settlement centre = centreOf(hromada, rest.stream().filter(s -> s.rule() == null)
                .map(Share::settlement).toList());
        long median = known.isEmpty() ? 0 : known.get((known.size() - 1) / 2);
        long largest = known.isEmpty() ? 0 : known.get(known.size() - 1);
        List<Share> weighted = new ArrayList<>(rest.size());
        for (Share share : rest) {
            if (share.rule() != null) {
                weighted.add(share);
            } else if (known.isEmpty()) {
                weighted.add(new Share(share.settlement(), PopulationRule.EQUAL_SHARE_OF_REMAINDER, 1, null));
            } else if (share.settlement() == centre) {
                weighted.add(new Share(share.settlement(), PopulationRule.NO_FIGURE_CENTRE_LARGEST_WEIGHT, largest, null));
            } else {
                weighted.add(new Share(share.settlement(), PopulationRule.NO_FIGURE_MEDIAN_WEIGHT, median, null));
            }
        }
        return weighted;
    }

    /**
     * The hromada's centre among the given settlements: the one with the centre's KATOTTG code;
     * else, among settlements without a code, one named like the centre (the nearest to the hromada
     * centre point); else none.
     */
    Settlement centreOf(Hromada hromada, List<Settlement> candidates) {
        if (hromada.centreSettlementCode() != null) {
            for (Settlement s : candidates) {
                if (hromada.centreSettlementCode().equals(s.katottgCode())) {
                    return s;
                }
            }
        }
        if (hromada.centreName() == null) {
            return null;
        }
        Set<String> centreKeys = SettlementNames.keys(hromada.centreName());
        return candidates.stream().filter(s -> s.katottgCode() == null)
                .filter(s -> nameKeys(s).stream().anyMatch(centreKeys::contains))
                .min(Comparator.comparingDouble((Settlement s) -> degreesApart(s.point(), hromada.centre()))
                        .thenComparing(Settlement::id))
                .orElse(null);
    }

    private static void emit(Hromada hromada, List<Share> shares, long[] parts, List<Settlement> out,
            List<PopulationCorrection> corrections) {
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            Settlement settlement = share.settlement().withPopulation(parts[i], share.rule());
            out.add(settlement);
            if (share.sourceFigure() != null) {
                long source = share.sourceFigure();
                Double factor = source == 0 ? null : Math.round(parts[i] * 1000.0 / source) / 1000.0;
                corrections.add(new PopulationCorrection(settlement.id(), settlement.katottgCode(), settlement.nameUk(),
                        hromada.code(), hromada.nameUk(), share.rule(), source, parts[i], factor));
            }
        }
    }

    private static long[] weights(List<Share> shares) {
        return shares.stream().mapToLong(Share::weight).toArray();
    }

    private static Map<String, List<Settlement>> groupByHromada(List<Settlement> placed, Map<String, Hromada> byCode,
            ImportLog log) {
        Map<String, List<Settlement>> byHromada = new LinkedHashMap<>();
        Map<String, Integer> unknown = new TreeMap<>();
        for (Settlement settlement : placed) {
            if (!byCode.containsKey(settlement.hromadaCode())) {
                unknown.merge(settlement.hromadaCode(), 1, Integer::sum);
                continue;
            }
            byHromada.computeIfAbsent(settlement.hromadaCode(), k -> new ArrayList<>()).add(settlement);
        }
        if (!unknown.isEmpty()) {
            int count = unknown.values().stream().mapToInt(Integer::intValue).sum();
            log.reject(SOURCE, count + " settlements", "their " + unknown.size() + " hromada(s) are not in the "
                    + "hromada table, so there is no official total to give them a population (Crimea and "
                    + "Sevastopol have none): left out; " + examples(unknown.entrySet().stream()
                            .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
        }
        return byHromada;
    }

    /**
     * Official figures by settlement: by KATOTTG code; a figure whose code no settlement carries goes
     * to a settlement without a code of the same hromada and name, if there is one.
     */
    private Map<Settlement, OfficialUrbanFigure> assignOfficial(Map<String, UrbanFigureMatcher.Match> matches,
            Map<String, List<Settlement>> byHromada, Map<String, Hromada> hromadas, ImportLog log) {
        Map<Settlement, OfficialUrbanFigure> official = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        for (List<Settlement> settlements : byHromada.values()) {
            for (Settlement settlement : settlements) {
                String code = settlement.katottgCode();
                UrbanFigureMatcher.Match match = code == null ? null : matches.get(code);
                if (match != null && used.add(code)) {
                    official.put(settlement, match.figure());
                }
            }
        }
        int byName = 0;
        for (UrbanFigureMatcher.Match match : matches.values()) {
            if (used.contains(match.settlementCode())) {
                continue;
            }
            Set<String> figureKeys = new HashSet<>(match.nameKeys());
            figureKeys.addAll(SettlementNames.keys(match.figure().nameUk()));
            if (match.figure().nameEn() != null) {
                figureKeys.addAll(SettlementNames.keys(match.figure().nameEn()));
            }
            Hromada hromada = hromadas.get(match.hromadaCode());
            Settlement best = byHromada.getOrDefault(match.hromadaCode(), List.of()).stream()
                    .filter(s -> s.katottgCode() == null && !official.containsKey(s))
                    .filter(s -> nameKeys(s).stream().anyMatch(figureKeys::contains))
                    .min(Comparator.comparingLong(Settlement::sourcePopulation).reversed()
                            .thenComparingDouble(s -> degreesApart(s.point(), hromada == null ? null : hromada.centre()))
                            .thenComparing(Settlement::id))
                    .orElse(null);
            if (best == null) {
                log.warn(SOURCE, match.figure().label(), "official figure " + match.figure().population() + " (tied to "
                        + match.settlementCode() + ") has no settlement of that code or name in hromada "
                        + match.hromadaCode() + (hromada == null ? ", which is not in the data: not used"
                                : ": its people are counted in the hromada total and spread by weights"));
                continue;
            }
            official.put(best, match.figure());
            byName++;
        }
        log.warn(SOURCE, "official city and town figures", "given to " + official.size() + " settlements: "
                + (official.size() - byName) + " by KATOTTG code, " + byName
                + " by name within the hromada (settlements without a code)");
        return official;
    }

    private void reportOsmCodesOutsideCodifier(ImportLog log) {
        if (osmByCode.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>();
        codifier.settlements().stream().map(CodifierSettlement::code).forEach(known::add);
        codifier.oblasts().stream().map(Oblast::code).forEach(known::add);
        List<String> outside = osmByCode.values().stream().filter(p -> !known.contains(p.katottgCode()))
                .sorted(Comparator.comparingLong(OsmPlace::line))
                .map(p -> "row " + p.line() + " (" + p.nameUk() + ", " + p.katottgCode() + ")").toList();
        if (!outside.isEmpty()) {
            log.warn(OsmPlaceReader.SOURCE, outside.size() + " rows", "KATOTTG code of no settlement of the codifier "
                    + "edition read: their figures are not used; " + examples(outside));
        }
    }

    private Set<String> nameKeys(Settlement settlement) {
        Set<String> keys = new LinkedHashSet<>(SettlementNames.keys(settlement.nameUk()));
        if (settlement.nameEn() != null) {
            keys.addAll(SettlementNames.keys(settlement.nameEn()));
        }
        List<String> extra = extraNames.get(settlement.id());
        if (extra != null) {
            keys.addAll(SettlementNames.keys(extra));
        }
        return keys;
    }

    /** A tie-break only: planar distance in degrees; a missing point counts as far away. */
    private static double degreesApart(Point a, Point b) {
        if (a == null || b == null) {
            return Double.MAX_VALUE;
        }
        return Math.hypot(a.getX() - b.getX(), a.getY() - b.getY());
    }

    private static String examples(Collection<String> items) {
        List<String> list = List.copyOf(items);
        return (list.size() > EXAMPLES ? "e.g. " : "") + String.join(", ", list.subList(0, Math.min(EXAMPLES, list.size())));
    }
}
