package ua.cnap.planner.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;

/**
 * Coverage KPIs per hromada, raion, oblast and for the country.
 *
 * <p>Every area reports three populations: {@code population}, the official population of the whole
 * area (its settlements' figures, which add up to the official 2022 hromada totals, including those
 * that war-time exclusions leave out); {@code populationWithRegister}, the people of its parts that
 * have an access point register, minus what exclusions leave out; and {@code populationCovered},
 * whose share is taken over {@code populationWithRegister}. Where no register covers a part its
 * coverage is unknown: it is left out of the covered figures and of their denominator, never counted
 * as uncovered. An area no register covers at all has null coverage figures. The country lists the
 * oblasts without a register.
 *
 * @param standard                   access standard applied
 * @param modelName                  travel-time model used
 * @param hromadas                   one per given hromada, by code
 * @param raions                     one per raion that has a given hromada, by code
 * @param oblasts                    one per oblast that has a given hromada, by code
 * @param country                    the country: population of all given hromadas, coverage over
 *                                   {@code countryOblastCodes}
 * @param countryOblastCodes         oblasts with a register (their figures make the covered share)
 * @param oblastsWithoutRegister     oblasts whose coverage is unknown
 * @param settlementsOutsideHromadas ids of settlements whose hromada code is not among the given
 *                                   hromadas: counted in no area
 * @param mainOfficeUnknownReason    why "hromadas without a main office" is unknown (null in every
 *                                   area), or null when the registers can tell
 */
public record CoverageReport(
        AccessStandard standard,
        String modelName,
        List<CoverageKpis> hromadas,
        List<CoverageKpis> raions,
        List<CoverageKpis> oblasts,
        CoverageKpis country,
        Set<String> countryOblastCodes,
        Set<String> oblastsWithoutRegister,
        List<String> settlementsOutsideHromadas,
        String mainOfficeUnknownReason) {

    public static final String COUNTRY_CODE = "UA";
    public static final String COUNTRY_NAME = "Україна";
    static final double PERCENTILE = 0.9;

    public CoverageReport {
        hromadas = List.copyOf(hromadas);
        raions = List.copyOf(raions);
        oblasts = List.copyOf(oblasts);
        countryOblastCodes = Set.copyOf(countryOblastCodes);
        oblastsWithoutRegister = Set.copyOf(oblastsWithoutRegister);
        settlementsOutsideHromadas = List.copyOf(settlementsOutsideHromadas);
    }

    public Optional<CoverageKpis> findHromada(String code) {
        return hromadas.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    public Optional<CoverageKpis> findRaion(String code) {
        return raions.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    public Optional<CoverageKpis> findOblast(String code) {
        return oblasts.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** Codes of the hromadas whose coverage is known (their oblast has a register). */
    public Set<String> hromadaCodesWithRegister() {
        Set<String> codes = new HashSet<>();
        hromadas.stream().filter(k -> k.populationCovered() != null).forEach(k -> codes.add(k.code()));
        return codes;
    }

    /**
     * A settlement's coverage as it may be shown: true or false where its hromada has a register, null
     * (unknown) where it has none, never false.
     *
     * @param hromadaCodesWithRegister from {@link #hromadaCodesWithRegister()}
     */
    public static Boolean coveredOrUnknown(SettlementAccess access, Set<String> hromadaCodesWithRegister) {
        return hromadaCodesWithRegister.contains(access.settlement().hromadaCode()) ? access.covered() : null;
    }

    /** Aggregates with nothing excluded and main offices known. */
    public static CoverageReport aggregate(Accessibility accessibility, List<Hromada> hromadas, List<Raion> raions,
            List<Oblast> oblasts, List<AccessPoint> accessPoints, Set<String> oblastCodesWithRegister) {
        return aggregate(accessibility, hromadas, raions, oblasts, accessPoints, oblastCodesWithRegister, List.of(),
                null);
    }

    /**
     * Aggregates settlement accessibility up the administrative tree.
     *
     * @param accessibility            per-settlement result (the demand: excluded settlements are not in it)
     * @param hromadas                 the hromadas to report on (settlements map to them by hromada code)
     * @param raions                   raion names (a raion missing here is named by its code)
     * @param oblasts                  oblast names (likewise)
     * @param accessPoints             the access points, for "hromadas without a main office"
     * @param oblastCodesWithRegister  oblasts whose access point register was loaded
     * @param excluded                 settlements that exclusions left out of demand: counted in
     *                                 {@code population}, not in {@code populationWithRegister}
     * @param mainOfficeUnknownReason  non-null when the registers cannot tell main offices from other
     *                                 points ({@link MainOfficeEvidence}): "hromadas without a main
     *                                 office" is then null everywhere
     */
    public static CoverageReport aggregate(Accessibility accessibility, List<Hromada> hromadas, List<Raion> raions,
            List<Oblast> oblasts, List<AccessPoint> accessPoints, Set<String> oblastCodesWithRegister,
            List<Settlement> excluded, String mainOfficeUnknownReason) {
        Map<String, Hromada> hromadaByCode = new TreeMap<>();
        hromadas.forEach(h -> hromadaByCode.put(h.code(), h));
        Map<String, String> raionNames = new HashMap<>();
        raions.forEach(r -> raionNames.put(r.code(), r.nameUk()));
        Map<String, String> oblastNames = new HashMap<>();
        oblasts.forEach(o -> oblastNames.put(o.code(), o.nameUk()));
        Set<String> withMainOffice = new HashSet<>();
        for (AccessPoint point : accessPoints) {
            if (point.kind() == AccessPointKind.MAIN_OFFICE && point.status() == AccessPointStatus.OPEN
                    && point.hromadaCode() != null) {
                withMainOffice.add(point.hromadaCode());
            }
        }

        Map<String, List<SettlementAccess>> byHromada = new HashMap<>();
        List<String> outside = new ArrayList<>();
        for (SettlementAccess access : accessibility.settlements()) {
            String code = access.settlement().hromadaCode();
            if (code != null && hromadaByCode.containsKey(code)) {
                byHromada.computeIfAbsent(code, c -> new ArrayList<>()).add(access);
            } else {
                outside.add(access.settlement().id());
            }
        }
        Map<String, Long> excludedByHromada = new HashMap<>();
        for (Settlement settlement : excluded) {
            if (settlement.hromadaCode() != null && hromadaByCode.containsKey(settlement.hromadaCode())) {
                excludedByHromada.merge(settlement.hromadaCode(), settlement.population(), Long::sum);
            }
        }
        boolean mainOfficeKnown = mainOfficeUnknownReason == null;

        List<CoverageKpis> hromadaKpis = new ArrayList<>();
        Map<String, Area> raionAreas = new TreeMap<>();
        Map<String, Area> oblastAreas = new TreeMap<>();
        Area countryArea = new Area();
        Set<String> countryOblasts = new TreeSet<>();
        Set<String> missingRegister = new TreeSet<>();
        for (Hromada hromada : hromadaByCode.values()) {
            List<SettlementAccess> own = byHromada.getOrDefault(hromada.code(), List.of());
            long excludedPeople = excludedByHromada.getOrDefault(hromada.code(), 0L);
            boolean loaded = oblastCodesWithRegister.contains(hromada.oblastCode());
            int withoutMain = withMainOffice.contains(hromada.code()) ? 0 : 1;
            Area single = new Area();
            single.add(own, excludedPeople, withoutMain, loaded);
            hromadaKpis.add(single.kpis(hromada.code(), hromada.nameUk(), AreaLevel.HROMADA, mainOfficeKnown));
            raionAreas.computeIfAbsent(hromada.raionCode() == null ? "?" : hromada.raionCode(),
                    c -> new Area()).add(own, excludedPeople, withoutMain, loaded);
            oblastAreas.computeIfAbsent(hromada.oblastCode(), c -> new Area())
                    .add(own, excludedPeople, withoutMain, loaded);
            countryArea.add(own, excludedPeople, withoutMain, loaded);
            if (loaded) {
                countryOblasts.add(hromada.oblastCode());
            } else {
                missingRegister.add(hromada.oblastCode());
            }
        }
        List<CoverageKpis> raionKpis = new ArrayList<>();
        raionAreas.forEach((code, area) -> raionKpis.add(
                area.kpis(code, raionNames.getOrDefault(code, code), AreaLevel.RAION, mainOfficeKnown)));
        List<CoverageKpis> oblastKpis = new ArrayList<>();
        oblastAreas.forEach((code, area) -> oblastKpis.add(
                area.kpis(code, oblastNames.getOrDefault(code, code), AreaLevel.OBLAST, mainOfficeKnown)));
        CoverageKpis country = countryArea.kpis(COUNTRY_CODE, COUNTRY_NAME, AreaLevel.COUNTRY, mainOfficeKnown);
        hromadaKpis.sort(Comparator.comparing(CoverageKpis::code));
        return new CoverageReport(accessibility.standard(), accessibility.modelName(), hromadaKpis, raionKpis,
                oblastKpis, country, countryOblasts, missingRegister, outside, mainOfficeUnknownReason);
    }

    /**
     * An area's settlements split into those with a register (known coverage) and the people of parts
     * without one or left out by exclusions (counted in the population only).
     */
    static final class Area {
        private final List<SettlementAccess> known = new ArrayList<>();
        private long population;
        private int hromadasWithoutMainOffice;
        private boolean anyLoaded;
        private boolean allLoaded = true;

        void add(Collection<SettlementAccess> own, long excludedPeople, int withoutMain, boolean loaded) {
            population += own.stream().mapToLong(s -> s.settlement().population()).sum() + excludedPeople;
            if (loaded) {
                known.addAll(own);
                hromadasWithoutMainOffice += withoutMain;
                anyLoaded = true;
            } else {
                allLoaded = false;
            }
        }

        /** No part with a register: population only, every coverage figure null (unknown, not 0 %). */
        CoverageKpis kpis(String code, String name, AreaLevel level, boolean mainOfficeKnown) {
            if (!anyLoaded) {
                return new CoverageKpis(code, name, level, false, population, 0, null, null, null, null, null, null,
                        null);
            }
            CoverageKpis k = CoverageReport.kpis(code, name, level, true, known,
                    mainOfficeKnown ? hromadasWithoutMainOffice : null);
            return new CoverageKpis(code, name, level, allLoaded, population, k.populationWithRegister(),
                    k.populationCovered(), k.coveredShare(), k.populationUnreachable(), k.meanTravelTimeSeconds(),
                    k.p90TravelTimeSeconds(), k.uncoveredSettlements(), k.hromadasWithoutMainOffice());
        }
    }

    /**
     * Figures over settlements that all have a register (loaded) or none (not loaded). Population and
     * populationWithRegister are both the settlements' sum here; {@link Area} adds what is left out.
     */
    static CoverageKpis kpis(String code, String name, AreaLevel level, boolean loaded,
            List<SettlementAccess> settlements, Integer hromadasWithoutMainOffice) {
        long population = settlements.stream().mapToLong(s -> s.settlement().population()).sum();
        if (!loaded) {
            return new CoverageKpis(code, name, level, false, population, 0, null, null, null, null, null, null, null);
        }
        long covered = 0;
        long unreachable = 0;
        int uncovered = 0;
        for (SettlementAccess s : settlements) {
            long people = s.settlement().population();
            if (s.covered()) {
                covered += people;
            } else {
                uncovered++;
            }
            if (!s.reachable()) {
                unreachable += people;
            }
        }
        Double share = population == 0 ? null : (double) covered / population;
        return new CoverageKpis(code, name, level, true, population, population, covered, share, unreachable,
                weightedMeanSeconds(settlements), weightedQuantileSeconds(settlements, PERCENTILE), uncovered,
                hromadasWithoutMainOffice);
    }

    /** Population-weighted mean over reachable settlements; null when their population is 0. */
    public static Double weightedMeanSeconds(List<SettlementAccess> settlements) {
        double weighted = 0;
        long people = 0;
        for (SettlementAccess s : settlements) {
            if (s.reachable()) {
                weighted += s.nearest().seconds() * s.settlement().population();
                people += s.settlement().population();
            }
        }
        return people == 0 ? null : weighted / people;
    }

    /**
     * Lower weighted quantile over reachable settlements: the smallest time t such that settlements
     * with time ≤ t hold at least {@code q} of the reachable population. Null when that population is 0.
     */
    public static Double weightedQuantileSeconds(List<SettlementAccess> settlements, double q) {
        List<SettlementAccess> reachable = settlements.stream()
                .filter(s -> s.reachable() && s.settlement().population() > 0)
                .sorted(Comparator.comparingDouble(s -> s.nearest().seconds()))
                .toList();
        long total = reachable.stream().mapToLong(s -> s.settlement().population()).sum();
        if (total == 0) {
            return null;
        }
        double target = q * total;
        long cumulative = 0;
        for (SettlementAccess s : reachable) {
            cumulative += s.settlement().population();
            if (cumulative >= target) {
                return s.nearest().seconds();
            }
        }
        return reachable.get(reachable.size() - 1).nearest().seconds();
    }
}
