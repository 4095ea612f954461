package ua.cnap.planner.population;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.territory.Hromada;

/**
 * Spreads each hromada's official 2022 population over its settlements so that, inside every
 * hromada, the settlement figures add up <em>exactly</em> to the official total. Only hromada totals
 * are official for villages; inside a hromada the split is a model, and every settlement records the
 * {@link PopulationRule} that gave its number.
 *
 * <h2>Rules, per hromada with total T</h2>
 * <ol>
 *   <li><b>No settlement point</b>: the hromada centre becomes one settlement
 *       ({@code centre:<hromada code>}) with all of T — {@link PopulationRule#HROMADA_CENTRE_ONLY}; so
 *       does the stand-in {@link KatottgSettlementBuilder} makes for a hromada without codifier settlements.</li>
 *   <li><b>Official city/town figures</b> (Ukrstat table 5) are matched by name within the figure's
 *       oblast and raion (oblast only for the few cities listed directly under an oblast). Names are
 *       compared normalised (lower case, one apostrophe, no "м."/"смт") against the settlement's
 *       Ukrainian and Latin names and all its GeoNames alternate names. The table's note naming a
 *       hromada ("(Краматорської міської територіальної громади)") narrows the candidates. Each
 *       figure goes to at most one settlement and each settlement takes at most one figure; figures
 *       are placed largest first, and only into a hromada whose official urban population still has
 *       room for them: that figure is the sum of the hromada's city and town figures (same 2022
 *       statistics), so a figure that does not fit is a false name match (e.g. a village of a city
 *       hromada named like a town of the raion). Of several same-named candidates the figure goes to the one that
 *       is (a) its hromada's centre by name, then (b) largest by GeoNames population, then (c)
 *       nearest to its hromada's centre: an urban settlement is nearly always the hromada centre,
 *       and a same-named village nearby is usually smaller. Matched settlements keep the figure —
 *       {@link PopulationRule#OFFICIAL_URBAN_FIGURE}.</li>
 *   <li><b>The rest</b>, R = T − (sum of matched figures), goes to the unmatched settlements in
 *       proportion to weights: a settlement's GeoNames population where it has one
 *       ({@link PopulationRule#GEONAMES_WEIGHTED}); a settlement without one weighs as much as the
 *       smallest positive GeoNames figure among the hromada's unmatched settlements, or 1 when
 *       none has a figure ({@link PopulationRule#EQUAL_SHARE_OF_REMAINDER}). Why: GeoNames has
 *       figures for about a third of Ukraine's places, mostly the larger villages; a place without
 *       one is most likely small, so it is counted as the smallest known place of its hromada —
 *       never heavier than a place known to be larger, never left empty.</li>
 *   <li><b>Figures that cannot add up</b>: when the matched official figures exceed T, or every
 *       settlement of the hromada took an official figure and some of T is left over, the official
 *       figures are scaled in proportion to T ({@link PopulationRule#OFFICIAL_URBAN_FIGURE_SCALED},
 *       other settlements get 0), with a warning.</li>
 * </ol>
 * Integer shares are rounded by the largest remainder method (Hamilton), ties to the earlier
 * settlement, so that the sums are exact. Official figures that match no settlement are warned
 * about one by one (their people are still in the hromada totals).
 */
public final class PopulationSpreader {

    public static final String SOURCE = "population spread";

    private final Map<String, HromadaPlaceNames> placeNames;
    private final Map<String, ? extends Collection<String>> extraNames;

    /**
     * @param placeNames            oblast and raion names of each hromada, by hromada code (from
     *                              {@link KseHromadaTableReader#readPlaceNames})
     * @param extraNamesBySettlementId further names of settlements by settlement id, e.g. GeoNames
     *                              alternate names ({@link #geoNamesNames}); may be empty
     */
    public PopulationSpreader(Map<String, HromadaPlaceNames> placeNames,
            Map<String, ? extends Collection<String>> extraNamesBySettlementId) {
        this.placeNames = Map.copyOf(placeNames);
        this.extraNames = Map.copyOf(extraNamesBySettlementId);
    }

    /** All names of each GeoNames place, keyed by the id of the settlement it becomes. */
    public static Map<String, List<String>> geoNamesNames(Collection<GeoNamesPlace> places) {
        Map<String, List<String>> names = new HashMap<>();
        for (GeoNamesPlace place : places) {
            names.put(place.settlementId(), place.allNames());
        }
        return names;
    }

    public List<Settlement> spread(List<Hromada> hromadas, List<Settlement> placed, List<OfficialUrbanFigure> urban,
            ImportLog log) {
        Map<String, Hromada> byCode = new LinkedHashMap<>();
        hromadas.forEach(h -> byCode.put(h.code(), h));
        Map<String, List<Settlement>> byHromada = new LinkedHashMap<>();
        for (Settlement settlement : placed) {
            if (!byCode.containsKey(settlement.hromadaCode())) {
                log.reject(SOURCE, settlement.id(), "its hromada " + settlement.hromadaCode()
                        + " is not in the hromada table");
                continue;
            }
            byHromada.computeIfAbsent(settlement.hromadaCode(), k -> new ArrayList<>()).add(settlement);
        }
        Map<Settlement, OfficialUrbanFigure> official = matchOfficial(byCode, byHromada, urban, log);

        List<Settlement> result = new ArrayList<>(placed.size() + 16);
        for (Hromada hromada : hromadas) {
            List<Settlement> settlements = byHromada.getOrDefault(hromada.code(), List.of());
            if (settlements.isEmpty()) {
                result.add(new Settlement("centre:" + hromada.code(), hromada.centreSettlementCode(),
                        hromada.centreName(), null, hromada.centre(), hromada.code(), 0,
                        hromada.population2022(), PopulationRule.HROMADA_CENTRE_ONLY));
                continue;
            }
            if (settlements.size() == 1 && settlements.get(0).id().startsWith(KatottgSettlementBuilder.CENTRE_ID_PREFIX)) {
                // the builder's stand-in for a hromada without codifier settlements: the same rule as above
                result.add(settlements.get(0).withPopulation(hromada.population2022(),
                        PopulationRule.HROMADA_CENTRE_ONLY));
                continue;
            }
            result.addAll(spreadInHromada(hromada, settlements, official, log));
        }
        return result;
    }

    private List<Settlement> spreadInHromada(Hromada hromada, List<Settlement> settlements,
            Map<Settlement, OfficialUrbanFigure> official, ImportLog log) {
        long total = hromada.population2022();
        int n = settlements.size();
        long[] officialFigures = new long[n];
        long officialSum = 0;
        int officialCount = 0;
        long minPositive = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            OfficialUrbanFigure figure = official.get(settlements.get(i));
            if (figure != null) {
                officialFigures[i] = figure.population();
                officialSum += figure.population();
                officialCount++;
            } else if (settlements.get(i).sourcePopulation() > 0) {
                minPositive = Math.min(minPositive, settlements.get(i).sourcePopulation());
            }
        }
        boolean scaled = officialSum > total || (officialCount == n && officialSum < total);
        if (scaled) {
            log.warn(SOURCE, "hromada " + hromada.code() + " (" + hromada.nameUk() + ")", officialSum > total
                    ? "official city/town figures " + officialSum + " exceed the hromada total " + total
                            + ": scaled down to it, the other " + (n - officialCount) + " settlement(s) get 0"
                    : "every settlement has an official figure (sum " + officialSum + ") but the hromada total is "
                            + total + ": figures scaled up to it");
        }
        long[] weights = new long[n];
        PopulationRule[] rules = new PopulationRule[n];
        long rest = scaled ? 0 : total - officialSum;
        for (int i = 0; i < n; i++) {
            long source = settlements.get(i).sourcePopulation();
            if (official.containsKey(settlements.get(i))) {
                rules[i] = scaled ? PopulationRule.OFFICIAL_URBAN_FIGURE_SCALED : PopulationRule.OFFICIAL_URBAN_FIGURE;
            } else if (source > 0) {
                rules[i] = PopulationRule.GEONAMES_WEIGHTED;
                weights[i] = source;
            } else {
                rules[i] = PopulationRule.EQUAL_SHARE_OF_REMAINDER;
                weights[i] = minPositive == Long.MAX_VALUE ? 1 : minPositive;
            }
        }
        long[] populations = scaled ? apportion(total, officialFigures) : apportion(rest, weights);
        List<Settlement> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long population = rules[i] == PopulationRule.OFFICIAL_URBAN_FIGURE ? officialFigures[i] : populations[i];
            out.add(settlements.get(i).withPopulation(population, rules[i]));
        }
        return out;
    }

    /**
     * Splits {@code total} into integers proportional to {@code weights} by the largest remainder
     * method; the parts add up to {@code total} exactly. All-zero weights split equally.
     */
    static long[] apportion(long total, long[] weights) {
        int n = weights.length;
        long[] parts = new long[n];
        if (n == 0) {
            return parts;
        }
        long sum = 0;
        for (long w : weights) {
            sum = Math.addExact(sum, w);
        }
        long[] effective = weights;
        if (sum == 0) {
            effective = new long[n];
            java.util.Arrays.fill(effective, 1);
            sum = n;
        }
        long[] remainders = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            long product = Math.multiplyExact(total, effective[i]);
            parts[i] = product / sum;
            remainders[i] = product % sum;
            assigned += parts[i];
        }
        long left = total - assigned;
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        long[] r = remainders;
        order.sort(Comparator.<Integer>comparingLong(i -> -r[i]).thenComparingInt(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }

    private Map<Settlement, OfficialUrbanFigure> matchOfficial(Map<String, Hromada> byCode,
            Map<String, List<Settlement>> byHromada, List<OfficialUrbanFigure> urban, ImportLog log) {
        Map<String, List<Hromada>> byRaion = new HashMap<>();
        Map<String, List<Hromada>> byOblast = new HashMap<>();
        for (Hromada hromada : byCode.values()) {
            HromadaPlaceNames names = placeNames.get(hromada.code());
            if (names == null) {
                continue;
            }
            String oblast = SettlementNames.normalise(names.oblastNameUk());
            byOblast.computeIfAbsent(oblast, k -> new ArrayList<>()).add(hromada);
            byRaion.computeIfAbsent(oblast + "|" + SettlementNames.normalise(names.raionNameUk()),
                    k -> new ArrayList<>()).add(hromada);
        }
        Map<Settlement, Set<String>> keysCache = new IdentityHashMap<>();
        Function<Settlement, Set<String>> keysOf = s -> keysCache.computeIfAbsent(s, this::computeKeys);
        Map<Settlement, OfficialUrbanFigure> matched = new IdentityHashMap<>();
        Map<String, Long> urbanRoom = new HashMap<>();
        byCode.values().forEach(h -> urbanRoom.put(h.code(), h.urbanPopulation2022()));
        List<OfficialUrbanFigure> largestFirst = new ArrayList<>(urban);
        largestFirst.sort(Comparator.comparingLong(OfficialUrbanFigure::population).reversed());
        int matchedCount = 0;
        for (OfficialUrbanFigure figure : largestFirst) {
            String oblast = SettlementNames.normalise(figure.oblastNameUk());
            List<Hromada> region = figure.raionNameUk() == null ? byOblast.get(oblast)
                    : byRaion.get(oblast + "|" + SettlementNames.normalise(figure.raionNameUk()));
            if (region == null) {
                log.warn(SOURCE, figure.label(), "official figure " + figure.population()
                        + " left unused: no hromada in the data lies in this oblast/raion");
                continue;
            }
            region = narrowByNote(region, figure.hromadaNote());
            Set<String> figureKeys = SettlementNames.keys(figure.nameUk());
            if (figure.nameEn() != null) {
                figureKeys.addAll(SettlementNames.keys(figure.nameEn()));
            }
            Settlement best = null;
            Comparator<Settlement> preference = preference(byCode, keysOf);
            for (Hromada hromada : region) {
                if (urbanRoom.get(hromada.code()) < figure.population()) {
                    continue;
                }
                for (Settlement candidate : byHromada.getOrDefault(hromada.code(), List.of())) {
                    if (matched.containsKey(candidate)) {
                        continue;
                    }
                    Set<String> keys = keysOf.apply(candidate);
                    if (keys.stream().anyMatch(figureKeys::contains)
                            && (best == null || preference.compare(candidate, best) < 0)) {
                        best = candidate;
                    }
                }
            }
            if (best == null) {
                log.warn(SOURCE, figure.label(), "official figure " + figure.population()
                        + " matched no settlement point of its raion by name; its people are counted in the "
                        + "hromada totals only");
                continue;
            }
            matched.put(best, figure);
            urbanRoom.merge(best.hromadaCode(), -figure.population(), Long::sum);
            matchedCount++;
        }
        log.warn(SOURCE, "official city and town figures", "matched " + matchedCount + " of " + urban.size()
                + " official city and town figures to a settlement point");
        return matched;
    }

    /** Prefers the hromada centre by name, then the larger GeoNames figure, then the nearer one to the centre. */
    private static Comparator<Settlement> preference(Map<String, Hromada> byCode,
            Function<Settlement, Set<String>> keysOf) {
        Comparator<Settlement> isCentre = Comparator.comparing(
                s -> !isHromadaCentre(keysOf.apply(s), byCode.get(s.hromadaCode())));
        return isCentre
                .thenComparing(Comparator.comparingLong(Settlement::sourcePopulation).reversed())
                .thenComparingDouble(s -> SettlementPlacer.haversineMeters(s.point(),
                        byCode.get(s.hromadaCode()).centre()))
                .thenComparing(Settlement::id);
    }

    private static boolean isHromadaCentre(Set<String> settlementKeys, Hromada hromada) {
        if (hromada.centreName() == null) {
            return false;
        }
        Set<String> centreKeys = SettlementNames.keys(hromada.centreName());
        return settlementKeys.stream().anyMatch(centreKeys::contains);
    }

    private Set<String> computeKeys(Settlement settlement) {
        Set<String> keys = new HashSet<>(SettlementNames.keys(settlement.nameUk()));
        if (settlement.nameEn() != null) {
            keys.addAll(SettlementNames.keys(settlement.nameEn()));
        }
        Collection<String> more = extraNames.get(settlement.id());
        if (more != null) {
            keys.addAll(SettlementNames.keys(more));
        }
        return keys;
    }

    /**
     * Keeps the hromadas that the table's note names: "(Краматорської міської територіальної
     * громади)" names the hromada "Краматорська" by its genitive, so the name without its last
     * letter ("краматорськ") is looked for in the note. Without a note, or if no hromada fits, all
     * are kept.
     */
    private static List<Hromada> narrowByNote(List<Hromada> region, String note) {
        if (note == null) {
            return region;
        }
        String normalisedNote = SettlementNames.normalise(note);
        List<Hromada> named = region.stream().filter(h -> {
            String name = SettlementNames.normalise(h.nameUk());
            String stem = name.length() > 3 ? name.substring(0, name.length() - 1) : name;
            return normalisedNote.contains(stem);
        }).toList();
        return named.isEmpty() ? region : named;
    }
}
