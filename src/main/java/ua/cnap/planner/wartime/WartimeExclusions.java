package ua.cnap.planner.wartime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.coverage.ExclusionBasis;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.coverage.TerritoryExclusionSource;
import ua.cnap.planner.coverage.TerritoryExclusions;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.population.SettlementRepository;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.TerritoryRepository;

/**
 * Turns the imported Order 376 list into the {@link TerritoryExclusions} of a coverage or plan
 * request, as of a date; the {@link TerritoryExclusionSource} of coverage.
 *
 * <p>Which entries count: those of the chosen categories in force on the date (started on or before
 * it, not ended before it). By default the occupied territories and the territories of active
 * hostilities ({@link #DEFAULT_CATEGORIES}): there offices do not work and people cannot travel to
 * them. Territories of <i>possible</i> hostilities and of active hostilities where the state's
 * electronic registers work are left in by default: offices do serve there.
 *
 * <p>How codes reach settlements, by KATOTTG code: an oblast or raion code excludes all its
 * hromadas; a hromada code the hromada; a settlement code the settlement of the store with that
 * code. A hromada whose every settlement is listed counts as listed whole: its code is added, so its
 * access points close and all of it is out. "Every settlement" is every settlement (M, X, C) the
 * KATOTTG codifier of the import gives the hromada ({@link WartimeList#codifierSettlements()}),
 * whatever the store holds; for a list imported without those counts, every settlement of the store
 * in the hromada, each with a code of its own and at least one. A settlement without a code can
 * never make its hromada "fully listed".
 *
 * <p>Fallback, for a settlement of the store without a code of its own only: it is excluded when its
 * name equals the codifier's name of a settlement listed in the same hromada (case and apostrophe
 * forms ignored). Old or Russian names do not match this way; that is why the code comes first.
 */
public final class WartimeExclusions implements TerritoryExclusionSource {

    public static final Set<WartimeCategory> DEFAULT_CATEGORIES =
            EnumSet.of(WartimeCategory.OCCUPIED, WartimeCategory.ACTIVE_HOSTILITIES);

    private final WartimeRepository lists;
    private final TerritoryRepository territory;
    private final SettlementRepository settlements;
    private final Clock clock;
    /** The last exclusions resolved from the list: every coverage (each what-if too) asks for them. */
    private volatile Resolved lastResolved;

    private record Resolved(long importRunId, LocalDate date, Set<WartimeCategory> categories,
            TerritoryExclusions exclusions) {
    }

    public WartimeExclusions(WartimeRepository lists, TerritoryRepository territory, SettlementRepository settlements) {
        this(lists, territory, settlements, Clock.systemDefaultZone());
    }

    /** @param clock gives "today", the default as-of date */
    public WartimeExclusions(WartimeRepository lists, TerritoryRepository territory, SettlementRepository settlements,
            Clock clock) {
        this.lists = lists;
        this.territory = territory;
        this.settlements = settlements;
        this.clock = clock;
    }

    @Override
    public TerritoryExclusions resolve(ExclusionChoice choice) {
        WartimeList list = lists.loadList();
        if (!choice.exclude()) {
            return TerritoryExclusions.none(new ExclusionBasis(false, !list.isEmpty(), list.edition(), List.of(), null,
                    "occupied territories and those of hostilities included on request"));
        }
        LocalDate date = choice.dateOr(LocalDate.now(clock));
        if (list.isEmpty()) {
            if (choice.asked()) {
                throw noList();
            }
            return TerritoryExclusions.none(new ExclusionBasis(true, false, null, List.of(), date,
                    "no Order 376 list imported (" + WartimeSources.ORDER_376_PATH + "): occupied territories and "
                            + "those of hostilities are not left out"));
        }
        return asOf(list, date, DEFAULT_CATEGORIES);
    }

    public TerritoryExclusions asOf(LocalDate date) {
        return asOf(date, DEFAULT_CATEGORIES);
    }

    public TerritoryExclusions asOf(LocalDate date, Set<WartimeCategory> categories) {
        WartimeList list = lists.loadList();
        if (list.isEmpty()) {
            throw noList();
        }
        return asOf(list, date, categories);
    }

    private static BadInputException noList() {
        return new BadInputException("store", "Order 376 list", "no list of occupied and hostility territories "
                + "imported: put " + WartimeSources.ORDER_376_PATH + " in the data folder and run import, or include "
                + "them (--include-occupied, excludeOccupied=false)");
    }

    private TerritoryExclusions asOf(WartimeList list, LocalDate date, Set<WartimeCategory> categories) {
        long importRunId = lists.importRunId();
        Resolved last = lastResolved;
        if (importRunId >= 0 && last != null && last.importRunId() == importRunId && last.date().equals(date)
                && last.categories().equals(categories)) {
            return last.exclusions();
        }
        TerritoryExclusions resolved = resolveAsOf(list, date, categories);
        if (importRunId >= 0) {
            lastResolved = new Resolved(importRunId, date, Set.copyOf(categories), resolved);
        }
        return resolved;
    }

    /** Entries in force on the date → codes of settlements and of hromadas left out whole. */
    private TerritoryExclusions resolveAsOf(WartimeList list, LocalDate date, Set<WartimeCategory> categories) {
        List<WartimeEntry> inForce = list.entries().stream()
                .filter(e -> categories.contains(e.category()) && e.isInForceOn(date))
                .toList();
        Map<String, List<String>> hromadasByParent = new HashMap<>();
        for (Hromada h : territory.listHromadas()) {
            hromadasByParent.computeIfAbsent(h.oblastCode(), c -> new ArrayList<>()).add(h.code());
            hromadasByParent.computeIfAbsent(h.raionCode(), c -> new ArrayList<>()).add(h.code());
        }
        Set<String> codes = new HashSet<>();
        Map<String, Set<String>> listedNamesByHromada = new HashMap<>();
        Map<String, Set<String>> listedCodesByHromada = new HashMap<>();
        for (WartimeEntry entry : inForce) {
            codes.add(entry.code());
            codes.addAll(hromadasByParent.getOrDefault(entry.code(), List.of()));
            if (entry.settlementName() != null && entry.hromadaCode() != null) {
                listedNamesByHromada.computeIfAbsent(entry.hromadaCode(), c -> new HashSet<>())
                        .add(comparable(entry.settlementName()));
                listedCodesByHromada.computeIfAbsent(entry.hromadaCode(), c -> new HashSet<>()).add(entry.code());
            }
        }
        Set<String> settlementIds = new HashSet<>();
        List<String> listedBySettlements = new ArrayList<>();
        for (Map.Entry<String, Set<String>> byHromada : listedNamesByHromada.entrySet()) {
            String hromadaCode = byHromada.getKey();
            if (codes.contains(hromadaCode)) {
                continue; // the whole hromada is out anyway
            }
            List<Settlement> inHromada = settlements.listSettlementsInHromada(hromadaCode);
            Integer inCodifier = list.codifierSettlements().get(hromadaCode);
            // the codifier's count decides where the import kept it; else the store's settlements, all coded
            boolean everyOneListed = inCodifier != null
                    ? inCodifier > 0 && listedCodesByHromada.get(hromadaCode).size() >= inCodifier
                    : !inHromada.isEmpty();
            for (Settlement s : inHromada) {
                if (s.katottgCode() != null) {
                    everyOneListed &= inCodifier != null || codes.contains(s.katottgCode());
                } else {
                    // without a code it cannot be known to be listed
                    everyOneListed &= inCodifier != null;
                    if (s.nameUk() != null && byHromada.getValue().contains(comparable(s.nameUk()))) {
                        settlementIds.add(s.id());
                    }
                }
            }
            if (everyOneListed) {
                listedBySettlements.add(hromadaCode);
            }
        }
        codes.addAll(listedBySettlements);
        List<String> categoryNames = categories.stream().map(Enum::name).sorted().toList();
        String source = list.source() + ", " + categoryNames.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()
                + " as of " + date;
        return new TerritoryExclusions(codes, source, settlementIds,
                new ExclusionBasis(true, true, list.edition(), categoryNames, date, null), listedBySettlements);
    }

    static String comparable(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'').replace('`', '\'');
    }
}
