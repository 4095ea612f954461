package ua.cnap.planner.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.ImportLog;

/**
 * Reads the official register of administrative service points of Chernivtsi oblast (the format
 * the oblast publishes as open data: one row per office, Ukrainian column names, {@code так}/{@code ні}
 * flags, {@code Lat}/{@code Long}).
 *
 * <p>Rules, all from the register's own columns:
 * <ul>
 *   <li>{@code Тип закладу}: ЦНАП and ДІЯ ЦЕНТР are main offices (ДІЯ ЦЕНТР sets the Дія.Центр flag),
 *       ТП is a branch, ВРМ a remote workplace. БТІ rows (bureaus of technical inventory) are listed
 *       in the register but are not ЦНАП access points: they are left out with one summary warning.
 *       Any other type rejects the row.</li>
 *   <li>A ЦНАП row whose name says "Дія Центр", "Дія.Центр" or "Центр Дія" is a Дія.Центр too: the
 *       brand is in its official name, and the type column lags behind renaming. It is flagged with a
 *       warning so the choice is visible. Branch and remote-workplace names quote their parent's
 *       name ("...Відділу «Центр Дія»..."), so for them the name says nothing.</li>
 *   <li>The register lists working offices and has no column for closure: every office is
 *       {@link AccessPointStatus#OPEN}.</li>
 *   <li>Service flags left empty (remote workplaces and branches usually) mean the register does not
 *       say: no service is recorded. A count of 0 services is read as "not reported".</li>
 *   <li>{@code idf} is the register's id. A few branch and remote-workplace rows share one; the
 *       later row gets {@code #2}, {@code #3}... appended and the repair is logged.</li>
 * </ul>
 */
public final class ChernivtsiRegisterReader {

    static final String ID = "idf";
    static final String HROMADA = "Територіальна громада";
    static final String NAME = "Найменування";
    static final String TYPE = "Тип закладу";
    static final String SETTLEMENT_TYPE = "Тип населеного пункту";
    static final String SETTLEMENT = "Населений пункт";
    static final String STREET = "Вулиця";
    static final String HOUSE = "Будинок";
    static final String BUILDING = "Корпус";
    static final String LAT = "Lat";
    static final String LON = "Long";
    static final String DRIVERS = "Послуги водіям";
    static final String PASSPORT = "Паспортні послуги";
    static final String SERVICE_COUNT = "Кількість послуг згідно переліку РКМУ 523 за звітний квартал";
    static final String CIVIL_REGISTRY = "Послуги ДРАЦС";
    static final String SOCIAL = "Соціальні послуги";
    static final String MOBILE_CASE = "Мобільна валіза";
    static final String MOBILE_OFFICE = "Мобільний ЦНАП";
    /** Optional: step-free entrance or ramp, the register's first accessibility flag. */
    static final String STEP_FREE = "Вільний (безперешкодний) вхід або пандус";

    /** Columns without which the file is not this register. */
    static final String[] REQUIRED = {ID, HROMADA, NAME, TYPE, SETTLEMENT, STREET, HOUSE, LAT, LON, DRIVERS,
        PASSPORT, SERVICE_COUNT, CIVIL_REGISTRY, SOCIAL, MOBILE_CASE, MOBILE_OFFICE};

    private static final Map<String, ServiceKind> SERVICE_FLAGS = new LinkedHashMap<>();

    static {
        SERVICE_FLAGS.put(PASSPORT, ServiceKind.PASSPORT);
        SERVICE_FLAGS.put(DRIVERS, ServiceKind.DRIVERS);
        SERVICE_FLAGS.put(CIVIL_REGISTRY, ServiceKind.CIVIL_REGISTRY);
        SERVICE_FLAGS.put(SOCIAL, ServiceKind.SOCIAL);
    }

    private static final String BTI = "БТІ";
    private static final List<String> DIA_IN_NAME = List.of("ДІЯ ЦЕНТР", "ЦЕНТР ДІЯ");

    private final boolean rejectBadRows;

    /** Strict, for imports: a row with impossible coordinates fails the whole file. */
    public ChernivtsiRegisterReader() {
        this(false);
    }

    private ChernivtsiRegisterReader(boolean rejectBadRows) {
        this.rejectBadRows = rejectBadRows;
    }

    /**
     * For validating an upload: a row that would fail the whole file is rejected in the log instead,
     * so that every bad row is reported at once. Missing columns still fail the file.
     */
    public static ChernivtsiRegisterReader rejectingBadRows() {
        return new ChernivtsiRegisterReader(true);
    }

    /**
     * Reads the whole register.
     *
     * @throws ua.cnap.planner.io.BadInputException if the file is missing, lacks a required column, or
     *     a row has missing, non-numeric or impossible coordinates (the import must not guess where an
     *     office is)
     */
    public List<AccessPoint> read(Path csv, Register register, ImportLog log) {
        CsvFiles.Table table = CsvFiles.read(csv, REQUIRED);
        String source = table.source();
        List<AccessPoint> points = new ArrayList<>();
        List<String> btiRows = new ArrayList<>();
        Map<String, String> firstRowOfId = new HashMap<>();
        Map<String, Integer> timesSeen = new HashMap<>();
        for (CsvFiles.Row row : table.rows()) {
            try {
                readRow(row, register, log, points, btiRows, firstRowOfId, timesSeen);
            } catch (BadInputException e) {
                if (!rejectBadRows) {
                    throw e;
                }
                log.reject(source, row.item(), e.reason());
            }
        }
        if (!btiRows.isEmpty()) {
            log.warn(source, "rows " + String.join(", ", btiRows), btiRows.size()
                    + " БТІ rows are not access points (bureaus of technical inventory, not ЦНАП offices): left out");
        }
        return points;
    }

    private void readRow(CsvFiles.Row row, Register register, ImportLog log, List<AccessPoint> points,
            List<String> btiRows, Map<String, String> firstRowOfId, Map<String, Integer> timesSeen) {
        String source = row.source();
        String item = row.item();
        String type = RegisterValues.label(row.find(TYPE));
        AccessPointKind kind;
        boolean diaCentre = false;
        switch (type) {
            case "ЦНАП" -> kind = AccessPointKind.MAIN_OFFICE;
            case "ДІЯ ЦЕНТР" -> {
                kind = AccessPointKind.MAIN_OFFICE;
                diaCentre = true;
            }
            case "ТП" -> kind = AccessPointKind.BRANCH;
            case "ВРМ" -> kind = AccessPointKind.REMOTE_WORKPLACE;
            case BTI -> {
                btiRows.add(String.valueOf(row.line()));
                return;
            }
            default -> {
                log.reject(source, item, "unknown '" + TYPE + "' '" + row.find(TYPE)
                        + "'; expected ЦНАП, ДІЯ ЦЕНТР, ТП or ВРМ (БТІ rows are left out)");
                return;
            }
        }
        String registerId = row.find(ID);
        String name = row.find(NAME);
        if (registerId == null || name == null) {
            log.reject(source, item, "no value in column '" + (registerId == null ? ID : NAME)
                    + "': the office cannot be identified");
            return;
        }
        Point location = RegisterValues.locate(row.getDouble(LON), row.getDouble(LAT), source, item, log);
        if (kind == AccessPointKind.MAIN_OFFICE && !diaCentre && nameSaysDiaCentre(name)) {
            diaCentre = true;
            log.warn(source, item, "type is ЦНАП but the name '" + name + "' says Дія.Центр: flagged as Дія.Центр");
        }
        Set<ServiceKind> services = EnumSet.noneOf(ServiceKind.class);
        Set<ServiceKind> told = EnumSet.noneOf(ServiceKind.class);
        SERVICE_FLAGS.forEach((column, service) -> told(row, column, log).ifPresent(offered -> {
            told.add(service);
            if (offered) {
                services.add(service);
            }
        }));
        String id = register.id() + ":" + registerId;
        int seen = timesSeen.merge(id, 1, Integer::sum);
        if (seen > 1) {
            String unique = id + "#" + seen;
            log.repaired(source, item, "idf " + registerId + " is also used by " + firstRowOfId.get(id)
                    + ": this office gets id " + unique);
            id = unique;
        } else {
            firstRowOfId.put(id, item);
        }
        points.add(new AccessPoint(id, register.id(), name, kind, diaCentre, services,
                serviceCount(row, log), AccessPointStatus.OPEN, location, null, row.find(HROMADA),
                address(row), flag(row, MOBILE_CASE, log), flag(row, MOBILE_OFFICE, log), told,
                told(row, STEP_FREE, log).orElse(null)));
    }

    private static boolean nameSaysDiaCentre(String name) {
        String label = RegisterValues.label(name);
        return DIA_IN_NAME.stream().anyMatch(label::contains);
    }

    /** A так/ні flag: empty, or text other than так/ні (warned about), means the register does not say. */
    private static Optional<Boolean> told(CsvFiles.Row row, String column, ImportLog log) {
        String text = row.find(column);
        if (text == null) {
            return Optional.empty();
        }
        Optional<Boolean> value = RegisterValues.findYesNo(text);
        if (value.isEmpty()) {
            log.warn(row.source(), row.item(), "column '" + column + "' is '" + text
                    + "', expected так or ні: read as not said");
        }
        return value;
    }

    /** A так/ні flag; empty means the register does not say (false). Other text is warned about. */
    private static boolean flag(CsvFiles.Row row, String column, ImportLog log) {
        String text = row.find(column);
        if (text == null) {
            return false;
        }
        return RegisterValues.findYesNo(text).orElseGet(() -> {
            log.warn(row.source(), row.item(), "column '" + column + "' is '" + text
                    + "', expected так or ні: read as ні");
            return false;
        });
    }

    private static Integer serviceCount(CsvFiles.Row row, ImportLog log) {
        String text = row.find(SERVICE_COUNT);
        if (text == null) {
            return null;
        }
        int count;
        try {
            count = Integer.parseInt(text.replace(" ", ""));
        } catch (NumberFormatException e) {
            log.warn(row.source(), row.item(), "service count '" + text + "' is not a whole number: read as unknown");
            return null;
        }
        if (count <= 0) {
            log.repaired(row.source(), row.item(), "service count " + count
                    + " is not a real count of services offered: read as unknown");
            return null;
        }
        return count;
    }

    /** "с. Банилів, вул. Гостинець, 63", built from whichever parts the row has. */
    private static String address(CsvFiles.Row row) {
        StringJoiner address = new StringJoiner(", ");
        String settlement = row.find(SETTLEMENT);
        if (settlement != null) {
            address.add(settlementPrefix(row.find(SETTLEMENT_TYPE)) + settlement);
        }
        String street = row.find(STREET);
        if (street != null) {
            address.add(street);
        }
        String house = row.find(HOUSE);
        if (house != null) {
            String building = row.find(BUILDING);
            address.add(building == null ? house : house + ", корп. " + building);
        }
        return address.length() == 0 ? null : address.toString();
    }

    private static String settlementPrefix(String settlementType) {
        if (settlementType == null) {
            return "";
        }
        return switch (RegisterValues.label(settlementType)) {
            case "МІСТО" -> "м. ";
            case "СЕЛИЩЕ", "СЕЛИЩЕ МІСЬКОГО ТИПУ" -> "сел. ";
            case "СЕЛО" -> "с. ";
            default -> settlementType + " ";
        };
    }
}
