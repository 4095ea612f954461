package ua.cnap.planner.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.territory.Codifier;
import ua.cnap.planner.territory.CodifierSettlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;

/**
 * Ties the official city and town figures of Ukrstat table 5 to KATOTTG settlement codes. The
 * table has <b>no codes</b>, only names in a hierarchy of oblast and raion (the raions of 2022,
 * before some were renamed), so a figure is matched <b>by name within its raion</b>:
 * <ol>
 *   <li>the raion's hromadas are those the KSE hromada table puts in an oblast and raion of these
 *       names; the table's note naming a hromada ("(Краматорської міської територіальної громади)")
 *       narrows them;</li>
 *   <li>a codifier settlement (M, X, C) of those hromadas is a candidate when one of its names
 *       equals the figure's name, compared normalised ({@link SettlementNames}): its codifier
 *       name, its OSM names and former names (old_name: "Новомосковськ" for today's Самар), and,
 *       for a hromada centre, the centre name of the KSE table ("Новоград-Волинський" for
 *       Звягель);</li>
 *   <li>figures are placed largest first, each into a hromada whose urban population (KSE, the
 *       sum of its city and town figures of the same statistics) still has room for it; of several
 *       candidates the figure goes to, in order of preference, a city or selyshche (M, X) rather
 *       than a village, the codifier category of the figure's kind (M for "м.", X for "смт"), the
 *       hromada's centre, an OSM city or town, the larger OSM figure, the smaller code.</li>
 * </ol>
 * The cities with special status (Kyiv; Sevastopol has no figure) are tied to their codifier code
 * (category K). On the 2022 table and the 2025 codifier all 1,264 figures with a raion match, and
 * every hromada's matched figures add up to its urban population.
 */
final class UrbanFigureMatcher {

    /** An official figure and the KATOTTG settlement it belongs to. */
    record Match(OfficialUrbanFigure figure, String settlementCode, String hromadaCode, Set<String> nameKeys) {
    }

    private final Map<String, HromadaPlaceNames> placeNames;
    private final Codifier codifier;
    private final Map<String, OsmPlace> osmByCode;

    UrbanFigureMatcher(Map<String, HromadaPlaceNames> placeNames, Codifier codifier, Map<String, OsmPlace> osmByCode) {
        this.placeNames = placeNames;
        this.codifier = codifier;
        this.osmByCode = osmByCode;
    }

    /** Matches by settlement code; figures that match nothing are warned about one by one. */
    Map<String, Match> match(List<Hromada> hromadas, List<OfficialUrbanFigure> urban, ImportLog log) {
        Map<String, Hromada> hromadaByCode = new LinkedHashMap<>();
        hromadas.forEach(h -> hromadaByCode.put(h.code(), h));
        Map<String, List<Hromada>> byRaion = new HashMap<>();
        for (Hromada hromada : hromadas) {
            HromadaPlaceNames names = placeNames.get(hromada.code());
            if (names != null) {
                byRaion.computeIfAbsent(regionKey(names.oblastNameUk(), names.raionNameUk()),
                        k -> new ArrayList<>()).add(hromada);
            }
        }
        Map<String, List<CodifierSettlement>> settlementsByHromada = new HashMap<>();
        codifier.settlements().forEach(s -> settlementsByHromada.computeIfAbsent(s.hromadaCode(),
                k -> new ArrayList<>()).add(s));
        Map<String, Long> urbanRoom = new HashMap<>();
        hromadas.forEach(h -> urbanRoom.put(h.code(), h.urbanPopulation2022()));

        List<OfficialUrbanFigure> largestFirst = new ArrayList<>(urban);
        largestFirst.sort(Comparator.comparingLong(OfficialUrbanFigure::population).reversed());
        Map<String, Match> matched = new LinkedHashMap<>();
        for (OfficialUrbanFigure figure : largestFirst) {
            Set<String> figureKeys = SettlementNames.keys(figure.nameUk());
            Oblast special = specialStatusCity(figure);
            if (special != null) {
                if (!matched.containsKey(special.code())) {
                    matched.put(special.code(), new Match(figure, special.code(), special.code(),
                            keysWith(figureKeys, special.nameUk())));
                }
                continue;
            }
            List<Hromada> region = figure.raionNameUk() == null ? hromadasOfOblast(figure.oblastNameUk(), hromadas)
                    : byRaion.getOrDefault(regionKey(figure.oblastNameUk(), figure.raionNameUk()), List.of());
            region = narrowByNote(region, figure.hromadaNote());
            CodifierSettlement best = null;
            Set<String> bestKeys = null;
            Comparator<CodifierSettlement> preference = preference(figure, hromadaByCode);
            for (Hromada hromada : region) {
                if (urbanRoom.get(hromada.code()) < figure.population()) {
                    continue;
                }
                for (CodifierSettlement candidate : settlementsByHromada.getOrDefault(hromada.code(), List.of())) {
                    if (matched.containsKey(candidate.code())) {
                        continue;
                    }
                    Set<String> keys = keys(candidate, hromada);
                    if (keys.stream().anyMatch(figureKeys::contains)
                            && (best == null || preference.compare(candidate, best) < 0)) {
                        best = candidate;
                        bestKeys = keys;
                    }
                }
            }
            if (best == null) {
                log.warn(CensusWeightedSpreader.SOURCE, figure.label(), "official figure " + figure.population()
                        + " matched no KATOTTG settlement of its raion by name: its people are counted in the "
                        + "hromada total and spread by weights");
                continue;
            }
            matched.put(best.code(), new Match(figure, best.code(), best.hromadaCode(), keysWith(bestKeys, null)));
            urbanRoom.merge(best.hromadaCode(), -figure.population(), Long::sum);
        }
        log.warn(CensusWeightedSpreader.SOURCE, "official city and town figures", "tied " + matched.size() + " of "
                + urban.size() + " figures of Ukrstat table 5 to a KATOTTG settlement code, by name within "
                + "their 2022 raion (the table has no codes)");
        return matched;
    }

    /** Kyiv's row: the figure's name is its "oblast" (the reader's convention), a codifier unit of level 1. */
    private Oblast specialStatusCity(OfficialUrbanFigure figure) {
        if (figure.raionNameUk() != null) {
            return null;
        }
        Set<String> names = SettlementNames.keys(figure.nameUk());
        if (!names.contains(SettlementNames.normalise(figure.oblastNameUk()))) {
            return null;
        }
        return codifier.oblasts().stream()
                .filter(o -> names.contains(SettlementNames.normalise(o.nameUk())))
                .findFirst().orElse(null);
    }

    private List<Hromada> hromadasOfOblast(String oblastNameUk, List<Hromada> hromadas) {
        String oblast = SettlementNames.normalise(oblastNameUk);
        return hromadas.stream().filter(h -> {
            HromadaPlaceNames names = placeNames.get(h.code());
            return names != null && SettlementNames.normalise(names.oblastNameUk()).equals(oblast);
        }).toList();
    }

    /** All names a codifier settlement is known by, normalised. */
    Set<String> keys(CodifierSettlement settlement, Hromada hromada) {
        Set<String> keys = new LinkedHashSet<>(SettlementNames.keys(settlement.name()));
        OsmPlace osm = osmByCode.get(settlement.code());
        if (osm != null) {
            if (osm.nameUk() != null) {
                keys.addAll(SettlementNames.keys(osm.nameUk()));
            }
            keys.addAll(SettlementNames.keys(osm.otherNames()));
        }
        if (hromada != null && settlement.code().equals(hromada.centreSettlementCode()) && hromada.centreName() != null) {
            keys.addAll(SettlementNames.keys(hromada.centreName()));
        }
        return keys;
    }

    private Comparator<CodifierSettlement> preference(OfficialUrbanFigure figure, Map<String, Hromada> hromadas) {
        String kindCategory = figure.kind() == OfficialUrbanFigure.Kind.CITY ? CodifierSettlement.CITY
                : CodifierSettlement.SELYSHCHE;
        return Comparator.<CodifierSettlement, Boolean>comparing(s -> CodifierSettlement.VILLAGE.equals(s.category()))
                .thenComparing(s -> !kindCategory.equals(s.category()))
                .thenComparing(s -> !s.code().equals(hromadas.get(s.hromadaCode()).centreSettlementCode()))
                .thenComparing(s -> osmByCode.get(s.code()) == null || !osmByCode.get(s.code()).isUrbanPlace())
                .thenComparing(Comparator.comparingLong(this::osmFigure).reversed())
                .thenComparing(CodifierSettlement::code);
    }

    private long osmFigure(CodifierSettlement settlement) {
        OsmPlace osm = osmByCode.get(settlement.code());
        return osm == null || osm.population() == null ? 0 : osm.population();
    }

    private static Set<String> keysWith(Set<String> keys, String name) {
        Set<String> all = new LinkedHashSet<>(keys);
        if (name != null) {
            all.addAll(SettlementNames.keys(name));
        }
        return Set.copyOf(all);
    }

    private static String regionKey(String oblast, String raion) {
        return SettlementNames.normalise(oblast) + "|" + SettlementNames.normalise(raion);
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
