package ua.cnap.planner.population;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.territory.Codifier;
import ua.cnap.planner.territory.CodifierSettlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Katottg;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.UkrainianLatin;

/**
 * The settlements of the import: those of the KATOTTG codifier (cities M, selyshches X, villages C,
 * and a special-status city K such as Kyiv where it is itself a hromada of the hromada table), each
 * with its code, its official Ukrainian name and its hromada, and a point found for it in the
 * GeoNames point data. None is dropped.
 *
 * <h2>Points, per hromada</h2>
 * GeoNames places are first located in a hromada ({@link SettlementPlacer#locate}). Then, in this
 * order (each GeoNames place goes to at most one settlement):
 * <ol>
 *   <li><b>Hromada centre</b>: the settlement whose code is the hromada table's
 *       {@code hromada_center_code} stands at the table's centre point
 *       ({@link PointSource#HROMADA_CENTRE}); it still takes its GeoNames place by the rules below, so
 *       that the place's names and figure travel with it and the place is not reported unmatched.</li>
 *   <li><b>Official name</b>: a place of the hromada whose name, ASCII name or one alternate name is the
 *       official name (compared normalised: case, apostrophes, spaces) — {@link PointSource#GEONAMES_NAME}.</li>
 *   <li><b>Other or former name</b>: the same with the settlement's names from the OpenStreetMap
 *       places table, its {@code old_name} among them — {@link PointSource#GEONAMES_FORMER_NAME}.</li>
 *   <li><b>Same Latin spelling</b>: official and other names against all the place's names, each
 *       written in one loose Latin spelling ({@link SettlementNames#latinSpelling}), which makes
 *       "Бердянск", "Berdyans'k" and "Бердянськ" one name — {@link PointSource#GEONAMES_TRANSLITERATED_NAME}.</li>
 *   <li><b>Same consonants</b>: the consonants of those Latin spellings ({@link SettlementNames#consonants}:
 *       "Tsykov" for Циків), only where one unmatched settlement and one unused place of the hromada
 *       fit each other and nothing else — {@link PointSource#GEONAMES_SIMILAR_NAME}.</li>
 *   <li><b>Nearby</b>: a settlement still without a point takes an unused place of its name (steps 2-4,
 *       not 5) lying outside its hromada within {@value #NEARBY_METERS} m of its polygon —
 *       {@link PointSource#GEONAMES_NAME_NEARBY}.</li>
 *   <li><b>No point</b>: the settlement is kept at an interior point of the hromada polygon
 *       ({@link PointSource#FALLBACK_HROMADA_INTERIOR}), or at the hromada centre when the hromada has no
 *       polygon ({@link PointSource#FALLBACK_HROMADA_CENTRE}), flagged by that source and counted.</li>
 * </ol>
 * Each step runs over all settlements of the hromada before the next, in the order centre, cities,
 * selyshches, villages, then code; of several matching places the one with the largest GeoNames
 * population, then the highest administrative rank, then the smallest id is taken.
 *
 * <p>A hromada with no codifier settlement at all gets a stand-in at its centre
 * ({@code centre:<hromada code>}), as before. GeoNames places that match no settlement of their
 * hromada are not added: they are counted and the largest are named in one warning. Codifier
 * settlements of hromadas that are not in the hromada table (Crimea, Sevastopol, the exclusion
 * zone) are counted in a warning per oblast.
 */
public final class KatottgSettlementBuilder {

    public static final String SOURCE = "settlement points";
    /** Prefix of a settlement id: {@code katottg:<settlement code>}. */
    public static final String ID_PREFIX = "katottg:";
    /** Prefix of the id of a stand-in for a hromada without codifier settlements. */
    public static final String CENTRE_ID_PREFIX = "centre:";
    /** How many unmatched GeoNames places the report names. */
    public static final int EXAMPLES = 10;
    /** Shortest consonant key the last matching step accepts ("Бір" and "Bur" give "br"). */
    public static final int MIN_CONSONANTS = 2;
    /** How far outside its hromada a place of a settlement's name may lie and still be taken. */
    public static final double NEARBY_METERS = 5_000;

    /** Category order of the codifier: the special-status city, cities, selyshches, villages. */
    private static final List<String> CATEGORY_ORDER = List.of(CodifierSettlement.SPECIAL_STATUS_CITY,
            CodifierSettlement.CITY, CodifierSettlement.SELYSHCHE, CodifierSettlement.VILLAGE);
    /** GeoNames feature codes from the highest administrative rank down. */
    private static final List<String> FEATURE_RANK = List.of("PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPL");
    /** Of several fitting places: the largest GeoNames population, the highest rank, the smallest id. */
    private static final Comparator<PlaceNames> PREFERENCE = Comparator
            .<PlaceNames>comparingLong(p -> -p.place().population())
            .thenComparingInt(p -> rank(FEATURE_RANK, p.place().featureCode()))
            .thenComparingLong(p -> p.place().geonameId());

    /**
     * @param settlements every settlement, in hromada table order, then centre and category order
     * @param namesById   for each settlement id, its official name, its other names and the names of its
     *                    GeoNames place: what {@link CensusWeightedSpreader} matches official city figures on when a settlement has no code
     * @param points      the figures for the import report
     */
    public record Result(List<Settlement> settlements, Map<String, List<String>> namesById, SettlementPoints points) {
    }

    private static final class Candidate {
        final CodifierSettlement settlement;
        final boolean centre;
        final Set<String> officialKeys;
        final Set<String> otherKeys;
        final Set<String> latin;
        final Set<String> consonants;
        PlaceNames match;
        PointSource source;

        Candidate(CodifierSettlement settlement, boolean centre, List<String> otherNames) {
            this.settlement = settlement;
            this.centre = centre;
            this.officialKeys = SettlementNames.keys(settlement.name());
            this.otherKeys = SettlementNames.keys(otherNames);
            List<String> all = new ArrayList<>(otherNames);
            all.add(settlement.name());
            this.latin = SettlementNames.latinSpellings(all);
            this.consonants = consonants(latin);
        }
    }

    private static final class PlaceNames {
        final SettlementPlacer.LocatedPlace located;
        final Set<String> keys;
        final Set<String> latin;
        final Set<String> consonants;
        boolean used;

        PlaceNames(SettlementPlacer.LocatedPlace located) {
            this.located = located;
            List<String> names = located.place().allNames();
            this.keys = SettlementNames.keys(names);
            this.latin = SettlementNames.latinSpellings(names);
            this.consonants = consonants(latin);
        }

        GeoNamesPlace place() {
            return located.place();
        }
    }

    /**
     * @param codifier   the codifier read ({@link ua.cnap.planner.territory.CodifierReader})
     * @param hromadas   the hromadas of the import, with their polygons where known
     * @param places     GeoNames populated places
     * @param otherNames other and former names by settlement code ({@link OsmPlaceReader#namesByCode}); may be empty
     */
    public Result build(Codifier codifier, List<Hromada> hromadas, List<GeoNamesPlace> places,
            Map<String, List<String>> otherNames, ImportLog log) {
        Map<String, Hromada> hromadasByCode = new LinkedHashMap<>();
        hromadas.forEach(h -> hromadasByCode.put(h.code(), h));
        Map<String, List<CodifierSettlement>> byHromada = settlementsByHromada(codifier, hromadasByCode, log);

        Map<String, List<PlaceNames>> placesByHromada = new HashMap<>();
        for (SettlementPlacer.LocatedPlace located : new SettlementPlacer().locate(places, hromadas, log)) {
            placesByHromada.computeIfAbsent(located.hromada().code(), k -> new ArrayList<>())
                    .add(new PlaceNames(located));
        }

        Map<String, List<Candidate>> candidatesByHromada = new LinkedHashMap<>();
        for (Hromada hromada : hromadas) {
            List<CodifierSettlement> own = byHromada.getOrDefault(hromada.code(), List.of());
            if (!own.isEmpty()) {
                List<Candidate> candidates = candidates(hromada, own, otherNames);
                match(candidates, placesByHromada.getOrDefault(hromada.code(), List.of()));
                candidatesByHromada.put(hromada.code(), candidates);
            }
        }
        matchNearby(hromadas, candidatesByHromada, placesByHromada);

        List<Settlement> settlements = new ArrayList<>();
        Map<String, List<String>> namesById = new HashMap<>();
        int centreOnly = 0;
        for (Hromada hromada : hromadas) {
            List<Candidate> candidates = candidatesByHromada.get(hromada.code());
            if (candidates == null) {
                centreOnly++;
                log.warn(SOURCE, "hromada " + hromada.code() + " (" + hromada.nameUk() + ")", "no settlement of "
                        + "this hromada in the codifier: its centre stands for all of it");
                settlements.add(new Settlement(CENTRE_ID_PREFIX + hromada.code(), hromada.centreSettlementCode(),
                        hromada.centreName(), UkrainianLatin.transliterate(hromada.centreName()), hromada.centre(),
                        hromada.code(), 0, 0, null, PointSource.HROMADA_CENTRE));
                continue;
            }
            for (Candidate candidate : candidates) {
                Settlement settlement = settlement(hromada, candidate);
                settlements.add(settlement);
                List<String> names = new ArrayList<>();
                names.add(candidate.settlement.name());
                names.addAll(otherNames.getOrDefault(candidate.settlement.code(), List.of()));
                if (candidate.match != null) {
                    names.addAll(candidate.match.place().allNames());
                }
                namesById.put(settlement.id(), List.copyOf(new LinkedHashSet<>(names)));
            }
        }
        List<PlaceNames> unmatchedPlaces = new ArrayList<>();
        for (Hromada hromada : hromadas) {
            placesByHromada.getOrDefault(hromada.code(), List.of()).stream().filter(p -> !p.used)
                    .forEach(unmatchedPlaces::add);
        }
        SettlementPoints points = points(codifier, hromadasByCode, settlements, placesByHromada, unmatchedPlaces,
                centreOnly);
        report(points, unmatchedPlaces, hromadasByCode, log);
        return new Result(List.copyOf(settlements), namesById, points);
    }

    /** Codifier settlements by hromada code, only of hromadas in the table; the rest counted per oblast. */
    private static Map<String, List<CodifierSettlement>> settlementsByHromada(Codifier codifier,
            Map<String, Hromada> hromadasByCode, ImportLog log) {
        List<CodifierSettlement> all = new ArrayList<>(codifier.settlements());
        for (Oblast cityLevel : codifier.oblasts()) {
            if (hromadasByCode.containsKey(cityLevel.code())) {
                // a special-status city (Kyiv) that the hromada list holds as a hromada of its own
                all.add(new CodifierSettlement(cityLevel.code(), cityLevel.code(),
                        CodifierSettlement.SPECIAL_STATUS_CITY, cityLevel.nameUk()));
            } else if (codifier.raions().stream().noneMatch(r -> r.oblastCode().equals(cityLevel.code()))
                    && !codifier.raions().isEmpty()) {
                // a level-1 unit without raions is a city with special status (category K)
                log.warn(SOURCE, cityLevel.code() + " (" + cityLevel.nameUk() + ")", "city with special status is "
                        + "not a hromada of the hromada table: not imported as a settlement");
            }
        }
        Map<String, List<CodifierSettlement>> byHromada = new HashMap<>();
        Map<String, Integer> leftOutByOblast = new TreeMap<>();
        for (CodifierSettlement settlement : all) {
            if (hromadasByCode.containsKey(settlement.hromadaCode())) {
                byHromada.computeIfAbsent(settlement.hromadaCode(), k -> new ArrayList<>()).add(settlement);
            } else {
                leftOutByOblast.merge(Katottg.oblastDigits(settlement.hromadaCode()), 1, Integer::sum);
            }
        }
        Map<String, String> oblastNames = new HashMap<>();
        codifier.oblasts().forEach(o -> oblastNames.put(Katottg.oblastDigits(o.code()), o.nameUk()));
        leftOutByOblast.forEach((digits, count) -> log.warn(SOURCE, "oblast " + digits + " ("
                + oblastNames.getOrDefault(digits, "?") + ")", count + " codifier settlements of hromadas that "
                + "are not in the hromada table not imported: the table has no population for them"));
        return byHromada;
    }

    private static List<Candidate> candidates(Hromada hromada, List<CodifierSettlement> own,
            Map<String, List<String>> otherNames) {
        List<Candidate> candidates = new ArrayList<>(own.size());
        for (CodifierSettlement settlement : own) {
            candidates.add(new Candidate(settlement, settlement.code().equals(hromada.centreSettlementCode()),
                    otherNames.getOrDefault(settlement.code(), List.of())));
        }
        candidates.sort(Comparator.<Candidate, Boolean>comparing(c -> !c.centre)
                .thenComparingInt(c -> rank(CATEGORY_ORDER, c.settlement.category()))
                .thenComparing(c -> c.settlement.code()));
        return candidates;
    }

    private static void match(List<Candidate> candidates, List<PlaceNames> places) {
        if (places.isEmpty()) {
            return;
        }
        for (PointSource step : List.of(PointSource.GEONAMES_NAME, PointSource.GEONAMES_FORMER_NAME,
                PointSource.GEONAMES_TRANSLITERATED_NAME)) {
            for (Candidate candidate : candidates) {
                if (candidate.match != null) {
                    continue;
                }
                PlaceNames best = null;
                for (PlaceNames place : places) {
                    if (!place.used && matches(step, candidate, place)
                            && (best == null || PREFERENCE.compare(place, best) < 0)) {
                        best = place;
                    }
                }
                if (best != null) {
                    best.used = true;
                    candidate.match = best;
                    candidate.source = step;
                }
            }
        }
        matchSimilar(candidates, places);
    }

    /**
     * Settlements still without a point may take an unused place of their name (official, other or the
     * same Latin spelling) that lies outside their hromada but within {@value #NEARBY_METERS} m of its
     * polygon (of its centre where it has none): GeoNames points of villages on a hromada boundary
     * often fall on the wrong side of it.
     */
    private static void matchNearby(List<Hromada> hromadas, Map<String, List<Candidate>> candidatesByHromada,
            Map<String, List<PlaceNames>> placesByHromada) {
        STRtree free = new STRtree();
        placesByHromada.values().forEach(list -> list.stream().filter(p -> !p.used)
                .forEach(p -> free.insert(p.located.point().getEnvelopeInternal(), p)));
        if (free.isEmpty()) {
            return;
        }
        free.build();
        for (Hromada hromada : hromadas) {
            List<Candidate> candidates = candidatesByHromada.get(hromada.code());
            if (candidates == null || candidates.stream().allMatch(c -> c.match != null)) {
                continue;
            }
            Envelope search = new Envelope(hromada.boundary() != null ? hromada.boundary().getEnvelopeInternal()
                    : hromada.centre().getEnvelopeInternal());
            double degreesLat = NEARBY_METERS / 111_000.0;
            search.expandBy(degreesLat / Math.max(0.1, Math.cos(Math.toRadians(search.centre().y))), degreesLat);
            @SuppressWarnings("unchecked")
            List<PlaceNames> query = free.query(search);
            List<PlaceNames> nearby = query.stream()
                    .filter(p -> !p.used && !p.located.hromada().code().equals(hromada.code())
                            && metersFrom(hromada, p.located.point()) <= NEARBY_METERS)
                    .toList();
            for (PointSource step : List.of(PointSource.GEONAMES_NAME, PointSource.GEONAMES_FORMER_NAME,
                    PointSource.GEONAMES_TRANSLITERATED_NAME)) {
                for (Candidate candidate : candidates) {
                    if (candidate.match != null) {
                        continue;
                    }
                    nearby.stream().filter(p -> !p.used && matches(step, candidate, p)).min(PREFERENCE)
                            .ifPresent(best -> {
                                best.used = true;
                                candidate.match = best;
                                candidate.source = PointSource.GEONAMES_NAME_NEARBY;
                            });
                }
            }
        }
    }

    private static double metersFrom(Hromada hromada, Point point) {
        if (hromada.boundary() == null) {
            return SettlementPlacer.haversineMeters(point, hromada.centre());
        }
        Coordinate[] nearest = DistanceOp.nearestPoints(hromada.boundary(), point);
        return SettlementPlacer.haversineMeters(Wgs84.FACTORY.createPoint(nearest[0]), point);
    }

    private static Set<String> consonants(Set<String> latinSpellings) {
        Set<String> keys = new LinkedHashSet<>();
        for (String spelling : latinSpellings) {
            for (String key : SettlementNames.consonantKeys(spelling)) {
                if (key.replace("-", "").length() >= MIN_CONSONANTS) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /**
     * The last step: same consonants, only where one unmatched settlement and one unused place pick
     * each other alone; repeated while pairs are found, since each pair can make another one unique.
     */
    private static void matchSimilar(List<Candidate> candidates, List<PlaceNames> places) {
        boolean found = true;
        while (found) {
            found = false;
            Map<PlaceNames, Integer> suitors = new HashMap<>();
            Map<Candidate, List<PlaceNames>> options = new LinkedHashMap<>();
            for (Candidate candidate : candidates) {
                if (candidate.match != null) {
                    continue;
                }
                List<PlaceNames> fitting = places.stream()
                        .filter(p -> !p.used && intersects(candidate.consonants, p.consonants)).toList();
                options.put(candidate, fitting);
                fitting.forEach(p -> suitors.merge(p, 1, Integer::sum));
            }
            for (Map.Entry<Candidate, List<PlaceNames>> option : options.entrySet()) {
                List<PlaceNames> fitting = option.getValue();
                // every fitting place fits this settlement alone (several: GeoNames duplicates, take the best)
                if (!fitting.isEmpty() && fitting.stream().allMatch(p -> !p.used && suitors.get(p) == 1)) {
                    PlaceNames best = fitting.stream().min(PREFERENCE).orElseThrow();
                    best.used = true;
                    option.getKey().match = best;
                    option.getKey().source = PointSource.GEONAMES_SIMILAR_NAME;
                    found = true;
                }
            }
        }
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String key : a) {
            if (b.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(PointSource step, Candidate candidate, PlaceNames place) {
        Set<String> own = switch (step) {
            case GEONAMES_NAME -> candidate.officialKeys;
            case GEONAMES_FORMER_NAME -> candidate.otherKeys;
            default -> candidate.latin;
        };
        Set<String> theirs = step == PointSource.GEONAMES_TRANSLITERATED_NAME ? place.latin : place.keys;
        for (String key : own) {
            if (theirs.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static Settlement settlement(Hromada hromada, Candidate candidate) {
        CodifierSettlement codified = candidate.settlement;
        Point point;
        PointSource source;
        if (candidate.centre) {
            point = hromada.centre();
            source = PointSource.HROMADA_CENTRE;
        } else if (candidate.match != null) {
            point = candidate.match.located.point();
            source = candidate.source;
        } else if (hromada.boundary() != null) {
            point = interiorPoint(hromada);
            source = PointSource.FALLBACK_HROMADA_INTERIOR;
        } else {
            point = hromada.centre();
            source = PointSource.FALLBACK_HROMADA_CENTRE;
        }
        long sourcePopulation = candidate.match == null ? 0 : candidate.match.place().population();
        return new Settlement(ID_PREFIX + codified.code(), codified.code(), codified.name(),
                UkrainianLatin.transliterate(codified.name()), point, hromada.code(), sourcePopulation, 0, null,
                source);
    }

    private static Point interiorPoint(Hromada hromada) {
        Point point = hromada.boundary().getInteriorPoint();
        return Wgs84.FACTORY.createPoint(point.getCoordinate());
    }

    private static int rank(List<String> order, String value) {
        int index = order.indexOf(value);
        return index < 0 ? order.size() : index;
    }

    private static SettlementPoints points(Codifier codifier, Map<String, Hromada> hromadasByCode,
            List<Settlement> settlements, Map<String, List<PlaceNames>> placesByHromada,
            List<PlaceNames> unmatched, int centreOnly) {
        Map<PointSource, Integer> bySource = new EnumMap<>(PointSource.class);
        Map<String, int[]> byOblast = new LinkedHashMap<>();
        codifier.oblasts().forEach(o -> byOblast.put(o.code(), null));
        int withCode = 0;
        for (Settlement settlement : settlements) {
            bySource.merge(settlement.pointSource(), 1, Integer::sum);
            if (settlement.katottgCode() != null) {
                withCode++;
            }
            String oblast = hromadasByCode.get(settlement.hromadaCode()).oblastCode();
            int[] counts = byOblast.get(oblast);
            if (counts == null) {
                counts = new int[2];
                byOblast.put(oblast, counts);
            }
            counts[0]++;
            if (!settlement.pointSource().isFallback()) {
                counts[1]++;
            }
        }
        Map<String, String> oblastNames = new HashMap<>();
        codifier.oblasts().forEach(o -> oblastNames.put(o.code(), o.nameUk()));
        List<SettlementPoints.OblastPoints> oblasts = new ArrayList<>();
        byOblast.forEach((code, counts) -> {
            if (counts != null) {
                oblasts.add(new SettlementPoints.OblastPoints(code, oblastNames.get(code), counts[0], counts[1]));
            }
        });
        int located = placesByHromada.values().stream().mapToInt(List::size).sum();
        int atFallback = bySource.getOrDefault(PointSource.FALLBACK_HROMADA_INTERIOR, 0)
                + bySource.getOrDefault(PointSource.FALLBACK_HROMADA_CENTRE, 0);
        return new SettlementPoints(settlements.size(), withCode, settlements.size() - atFallback, atFallback,
                bySource, centreOnly, located, located - unmatched.size(), unmatched.size(),
                examples(unmatched, hromadasByCode), oblasts);
    }

    /** The largest unmatched places first: the most telling ones. */
    private static List<String> examples(Collection<PlaceNames> unmatched, Map<String, Hromada> hromadasByCode) {
        return unmatched.stream()
                .sorted(Comparator.<PlaceNames>comparingLong(p -> -p.place().population())
                        .thenComparingLong(p -> p.place().geonameId()))
                .limit(EXAMPLES)
                .map(p -> p.place().settlementId() + " " + SettlementNames.ukrainianName(p.place())
                        + " (population " + p.place().population() + ", hromada "
                        + hromadasByCode.get(p.located.hromada().code()).nameUk() + ")")
                .toList();
    }

    private static void report(SettlementPoints points, List<PlaceNames> unmatched, Map<String, Hromada> hromadas,
            ImportLog log) {
        if (points.atFallbackPosition() > 0) {
            log.warn(SOURCE, "settlements without a point", points.atFallbackPosition() + " of "
                    + points.settlements() + " settlements have no GeoNames place of their name in their hromada: "
                    + "kept at an interior point of the hromada polygon (at the centre where it has none), "
                    + "flagged by their point source");
        }
        if (!unmatched.isEmpty()) {
            log.warn(SOURCE, "GeoNames places without a settlement", unmatched.size() + " of "
                    + points.geoNamesPlacesInHromadas() + " GeoNames places in hromadas match no codifier "
                    + "settlement of their hromada by name: not imported; the largest: "
                    + String.join("; ", examples(unmatched, hromadas)));
        }
    }
}
