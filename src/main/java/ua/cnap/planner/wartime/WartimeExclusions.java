package ua.cnap.planner.wartime;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.coverage.TerritoryExclusions;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.population.SettlementRepository;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.TerritoryRepository;

/**
 * Turns the imported Order 376 list into the {@link TerritoryExclusions} of a coverage or plan
 * request, as of a date.
 *
 * <p>Which entries count: those of the chosen categories in force on the date (started on or before
 * it, not ended before it). By default the occupied territories and the territories of active
 * hostilities ({@link #DEFAULT_CATEGORIES}): there offices do not work and people cannot travel to
 * them. Territories of <i>possible</i> hostilities and of active hostilities where the state's
 * electronic registers work are left in by default: offices do serve there.
 *
 * <p>How codes reach settlements: an oblast or raion code excludes all its hromadas; a hromada code
 * the hromada; a settlement code the settlement with that KATOTTG code (hromada centres carry one)
 * and, since GeoNames places carry no KATOTTG code, any place of the same hromada whose name equals
 * the codifier's name of the listed settlement (case and apostrophe forms ignored).
 */
public final class WartimeExclusions {

    public static final Set<WartimeCategory> DEFAULT_CATEGORIES =
            EnumSet.of(WartimeCategory.OCCUPIED, WartimeCategory.ACTIVE_HOSTILITIES);

    private final WartimeRepository lists;
    private final TerritoryRepository territory;
    private final SettlementRepository settlements;

    public WartimeExclusions(WartimeRepository lists, TerritoryRepository territory, SettlementRepository settlements) {
        this.lists = lists;
        this.territory = territory;
        this.settlements = settlements;
    }

    public TerritoryExclusions asOf(LocalDate date) {
        return asOf(date, DEFAULT_CATEGORIES);
    }

    public TerritoryExclusions asOf(LocalDate date, Set<WartimeCategory> categories) {
        WartimeList list = lists.loadList();
        if (list.isEmpty()) {
            throw new BadInputException("store", "Order 376 list", "no list of occupied and hostility territories "
                    + "imported: put " + WartimeSources.ORDER_376_PATH + " in the data folder and run import");
        }
        List<WartimeEntry> inForce = list.entries().stream()
                .filter(e -> categories.contains(e.category()) && e.isInForceOn(date))
                .toList();
        Set<String> codes = new HashSet<>();
        Map<String, Set<String>> settlementNamesByHromada = new HashMap<>();
        List<Hromada> hromadas = territory.listHromadas();
        for (WartimeEntry entry : inForce) {
            codes.add(entry.code());
            for (Hromada h : hromadas) {
                if (entry.code().equals(h.oblastCode()) || entry.code().equals(h.raionCode())) {
                    codes.add(h.code());
                }
            }
            if (entry.settlementName() != null && entry.hromadaCode() != null) {
                settlementNamesByHromada.computeIfAbsent(entry.hromadaCode(), c -> new HashSet<>())
                        .add(comparable(entry.settlementName()));
            }
        }
        Set<String> settlementIds = new HashSet<>();
        for (Map.Entry<String, Set<String>> byHromada : settlementNamesByHromada.entrySet()) {
            if (codes.contains(byHromada.getKey())) {
                continue; // the whole hromada is out anyway
            }
            for (Settlement s : settlements.listSettlementsInHromada(byHromada.getKey())) {
                if (s.nameUk() != null && byHromada.getValue().contains(comparable(s.nameUk()))) {
                    settlementIds.add(s.id());
                }
            }
        }
        String categoryNames = categories.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).sorted().toList()
                .toString();
        return new TerritoryExclusions(codes, list.source() + ", " + categoryNames + " as of " + date, settlementIds);
    }

    static String comparable(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'').replace('`', '\'');
    }
}
