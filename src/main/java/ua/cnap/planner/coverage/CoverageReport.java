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
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;

/**
 * Coverage KPIs per hromada, raion, oblast and for the country.
 *
 * <p>The country figure covers only the oblasts with a register ({@link #countryOblastCodes()}); its
 * population is theirs, so its share is not diluted by oblasts whose access points are unknown.
 * Its {@code registerLoaded} is true only when every oblast of the given hromadas has a register.
 *
 * @param standard                   access standard applied
 * @param modelName                  travel-time model used
 * @param hromadas                   one per given hromada, by code
 * @param raions                     one per raion that has a given hromada, by code
 * @param oblasts                    one per oblast that has a given hromada, by code
 * @param country                    the country, over {@code countryOblastCodes} only
 * @param countryOblastCodes         oblasts the country figure covers (those with a register)
 * @param oblastsWithoutRegister     oblasts left out of the country figure
 * @param settlementsOutsideHromadas ids of settlements whose hromada code is not among the given
 *                                   hromadas: counted in no area
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
        List<String> settlementsOutsideHromadas) {

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

    /**
     * Aggregates settlement accessibility up the administrative tree.
     *
     * @param accessibility            per-settlement result
     * @param hromadas                 the hromadas to report on (settlements map to them by hromada code)
     * @param raions                   raion names (a raion missing here is named by its code)
     * @param oblasts                  oblast names (likewise)
     * @param accessPoints             the access points, for "hromadas without a main office"
     * @param oblastCodesWithRegister  oblasts whose access point register was loaded
     */
    public static CoverageReport aggregate(Accessibility accessibility, List<Hromada> hromadas, List<Raion> raions,
            List<Oblast> oblasts, List<AccessPoint> accessPoints, Set<String> oblastCodesWithRegister) {
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

        List<CoverageKpis> hromadaKpis = new ArrayList<>();
        Map<String, Area> raionAreas = new TreeMap<>();
        Map<String, Area> oblastAreas = new TreeMap<>();
        Area countryArea = new Area();
        Set<String> countryOblasts = new TreeSet<>();
        Set<String> missingRegister = new TreeSet<>();
        for (Hromada hromada : hromadaByCode.values()) {
            List<SettlementAccess> own = byHromada.getOrDefault(hromada.code(), List.of());
            boolean loaded = oblastCodesWithRegister.contains(hromada.oblastCode());
            int withoutMain = withMainOffice.contains(hromada.code()) ? 0 : 1;
            hromadaKpis.add(kpis(hromada.code(), hromada.nameUk(), AreaLevel.HROMADA, loaded, own, withoutMain));
            raionAreas.computeIfAbsent(hromada.raionCode() == null ? "?" : hromada.raionCode(),
                    c -> new Area()).add(own, withoutMain, loaded);
            oblastAreas.computeIfAbsent(hromada.oblastCode(), c -> new Area()).add(own, withoutMain, loaded);
            if (loaded) {
                countryArea.add(own, withoutMain, true);
                countryOblasts.add(hromada.oblastCode());
            } else {
                missingRegister.add(hromada.oblastCode());
            }
        }
        List<CoverageKpis> raionKpis = new ArrayList<>();
        raionAreas.forEach((code, area) -> raionKpis.add(area.kpis(code, raionNames.getOrDefault(code, code), AreaLevel.RAION)));
        List<CoverageKpis> oblastKpis = new ArrayList<>();
        oblastAreas.forEach((code, area) -> oblastKpis.add(area.kpis(code, oblastNames.getOrDefault(code, code), AreaLevel.OBLAST)));
        CoverageKpis country = countryArea.kpis(COUNTRY_CODE, COUNTRY_NAME, AreaLevel.COUNTRY);
        if (!missingRegister.isEmpty() || countryOblasts.isEmpty()) {
            country = withRegisterLoaded(country, false, countryOblasts.isEmpty());
        }
        hromadaKpis.sort(Comparator.comparing(CoverageKpis::code));
        return new CoverageReport(accessibility.standard(), accessibility.modelName(), hromadaKpis, raionKpis,
                oblastKpis, country, countryOblasts, missingRegister, outside);
    }

    /** Population and settlements of an area, and whether every part of it has a register. */
    private static final class Area {
        private final List<SettlementAccess> settlements = new ArrayList<>();
        private final List<Long> populationsOfMissing = new ArrayList<>();
        private int hromadasWithoutMainOffice;
        private boolean allLoaded = true;

        void add(Collection<SettlementAccess> own, int withoutMain, boolean loaded) {
            if (loaded) {
                settlements.addAll(own);
                hromadasWithoutMainOffice += withoutMain;
            } else {
                allLoaded = false;
                populationsOfMissing.add(own.stream().mapToLong(s -> s.settlement().population()).sum());
            }
        }

        /**
         * An area that is only partly loaded (possible for the country, not for a raion or oblast,
         * since registers are per oblast) reports no coverage figures.
         */
        CoverageKpis kpis(String code, String name, AreaLevel level) {
            if (!allLoaded) {
                long population = settlements.stream().mapToLong(s -> s.settlement().population()).sum()
                        + populationsOfMissing.stream().mapToLong(Long::longValue).sum();
                return new CoverageKpis(code, name, level, false, population, null, null, null, null, null, null, null);
            }
            return CoverageReport.kpis(code, name, level, true, settlements, hromadasWithoutMainOffice);
        }
    }

    private static CoverageKpis withRegisterLoaded(CoverageKpis k, boolean loaded, boolean dropFigures) {
        if (dropFigures) {
            return new CoverageKpis(k.code(), k.name(), k.level(), loaded, k.population(), null, null, null, null,
                    null, null, null);
        }
        return new CoverageKpis(k.code(), k.name(), k.level(), loaded, k.population(), k.populationCovered(),
                k.coveredShare(), k.populationUnreachable(), k.meanTravelTimeSeconds(), k.p90TravelTimeSeconds(),
                k.uncoveredSettlements(), k.hromadasWithoutMainOffice());
    }

    static CoverageKpis kpis(String code, String name, AreaLevel level, boolean loaded,
            List<SettlementAccess> settlements, int hromadasWithoutMainOffice) {
        long population = settlements.stream().mapToLong(s -> s.settlement().population()).sum();
        if (!loaded) {
            return new CoverageKpis(code, name, level, false, population, null, null, null, null, null, null, null);
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
        return new CoverageKpis(code, name, level, true, population, covered, share, unreachable,
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
