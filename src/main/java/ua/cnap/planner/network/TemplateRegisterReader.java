package ua.cnap.planner.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.GeoFeature;
import ua.cnap.planner.io.GeoJsonFeatureReader;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.territory.Katottg;

/**
 * Reads the planner's register template (docs/register-template.md), the format oblasts without a
 * reader of their own fill in: CSV with columns {@code id, name, kind, lon, lat} and optional
 * {@code dia_centre, hromada_code, hromada_name, status, services, service_count, address,
 * has_mobile_case, has_mobile_office, barrier_free}; or a GeoJSON FeatureCollection of Points with the same
 * properties (the geometry replaces {@code lon}/{@code lat}).
 *
 * <p>The template is our own format, so it is read strictly: a value outside the allowed ones, a
 * malformed hromada code or a repeated id fails the import with the row and the allowed values.
 * A declared {@code hromada_code} is kept in {@link AccessPoint#hromadaCode()} until
 * {@link AccessPointPlacer} checks it against the location.
 */
public final class TemplateRegisterReader {

    private final boolean rejectBadRows;

    /** Strict, for imports: the first bad row fails the file. */
    public TemplateRegisterReader() {
        this(false);
    }

    private TemplateRegisterReader(boolean rejectBadRows) {
        this.rejectBadRows = rejectBadRows;
    }

    /**
     * For validating an upload: a bad row is rejected in the log instead of failing the file, so
     * that every bad row is reported at once. A file without the required columns still fails.
     */
    public static TemplateRegisterReader rejectingBadRows() {
        return new TemplateRegisterReader(true);
    }

    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String DIA_CENTRE = "dia_centre";
    public static final String HROMADA_CODE = "hromada_code";
    public static final String HROMADA_NAME = "hromada_name";
    public static final String LON = "lon";
    public static final String LAT = "lat";
    public static final String STATUS = "status";
    public static final String SERVICES = "services";
    public static final String SERVICE_COUNT = "service_count";
    public static final String ADDRESS = "address";
    public static final String HAS_MOBILE_CASE = "has_mobile_case";
    public static final String HAS_MOBILE_OFFICE = "has_mobile_office";
    /** Optional: step-free entrance or ramp; empty means the register does not say. */
    public static final String BARRIER_FREE = "barrier_free";

    private static final Map<String, AccessPointKind> UKRAINIAN_KINDS = Map.of(
            "ЦНАП", AccessPointKind.MAIN_OFFICE,
            "ДІЯ ЦЕНТР", AccessPointKind.MAIN_OFFICE,
            "ТП", AccessPointKind.BRANCH,
            "ФІЛІЯ", AccessPointKind.BRANCH,
            "ВРМ", AccessPointKind.REMOTE_WORKPLACE,
            "МОБІЛЬНИЙ ЦНАП", AccessPointKind.MOBILE_OFFICE,
            "МОБІЛЬНИЙ ОФІС", AccessPointKind.MOBILE_OFFICE,
            "МОБІЛЬНА ВАЛІЗА", AccessPointKind.MOBILE_CASE,
            "МОБІЛЬНИЙ КЕЙС", AccessPointKind.MOBILE_CASE);

    private static final Map<String, AccessPointStatus> UKRAINIAN_STATUSES = Map.of(
            "ПРАЦЮЄ", AccessPointStatus.OPEN,
            "ВІДКРИТО", AccessPointStatus.OPEN,
            "ВІДЧИНЕНО", AccessPointStatus.OPEN,
            "ТИМЧАСОВО НЕ ПРАЦЮЄ", AccessPointStatus.TEMPORARILY_CLOSED,
            "ТИМЧАСОВО ЗАКРИТО", AccessPointStatus.TEMPORARILY_CLOSED,
            "ЗАКРИТО", AccessPointStatus.TEMPORARILY_CLOSED,
            "ЗАЧИНЕНО", AccessPointStatus.TEMPORARILY_CLOSED);

    /** Reads a template CSV (any of {@code ,} {@code ;} tab; UTF-8 with or without BOM). */
    public List<AccessPoint> readCsv(Path csv, Register register, ImportLog log) {
        CsvFiles.Table table = CsvFiles.read(csv, ID, NAME, KIND, LON, LAT);
        Map<String, String> seenIds = new HashMap<>();
        List<AccessPoint> points = new ArrayList<>();
        for (CsvFiles.Row row : table.rows()) {
            readItem(points, log, table.source(), row.item(), () -> {
                Point location = RegisterValues.locate(row.getDouble(LON), row.getDouble(LAT), table.source(),
                        row.item(), log);
                return toAccessPoint(row::find, location, table.source(), row.item(), register, seenIds);
            });
        }
        return points;
    }

    /** Reads a template GeoJSON FeatureCollection of Points. */
    public List<AccessPoint> readGeoJson(Path geojson, Register register, ImportLog log) {
        List<GeoFeature> features = GeoJsonFeatureReader.read(geojson);
        Map<String, String> seenIds = new HashMap<>();
        List<AccessPoint> points = new ArrayList<>();
        for (GeoFeature feature : features) {
            String item = feature.item(ID);
            readItem(points, log, feature.source(), item, () -> {
                if (!(feature.geometry() instanceof Point point) || point.isEmpty()) {
                    throw new BadInputException(feature.source(), item, "geometry must be a Point, found "
                            + (feature.geometry() == null ? "none" : feature.geometry().getGeometryType()));
                }
                Point location = RegisterValues.locate(point.getX(), point.getY(), feature.source(), item, log);
                return toAccessPoint(feature::findText, location, feature.source(), item, register, seenIds);
            });
        }
        return points;
    }

    private void readItem(List<AccessPoint> points, ImportLog log, String source, String item,
            java.util.function.Supplier<AccessPoint> read) {
        try {
            points.add(read.get());
        } catch (BadInputException e) {
            if (!rejectBadRows) {
                throw e;
            }
            log.reject(source, item, e.reason());
        }
    }

    /** Reads either form, chosen by the file extension ({@code .geojson}/{@code .json} or CSV). */
    public List<AccessPoint> read(Path file, Register register, ImportLog log) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".geojson") || name.endsWith(".json")
                ? readGeoJson(file, register, log)
                : readCsv(file, register, log);
    }

    private static AccessPoint toAccessPoint(Function<String, String> field, Point location, String source,
            String item, Register register, Map<String, String> seenIds) {
        String id = required(field, ID, source, item);
        String earlier = seenIds.putIfAbsent(id, item);
        if (earlier != null) {
            throw new BadInputException(source, item, "id '" + id + "' is already used by " + earlier
                    + "; ids must be unique in a register");
        }
        String name = required(field, NAME, source, item);
        String kindText = required(field, KIND, source, item);
        AccessPointKind kind = kind(kindText, source, item);
        boolean diaCentre = yesNo(field, DIA_CENTRE, source, item) || RegisterValues.label(kindText).equals("ДІЯ ЦЕНТР");
        if (diaCentre && kind != AccessPointKind.MAIN_OFFICE) {
            throw new BadInputException(source, item, "dia_centre is true but kind is " + kind
                    + ": Дія.Центр is a flag of a MAIN_OFFICE only");
        }
        String hromadaCode = field.apply(HROMADA_CODE);
        if (hromadaCode != null) {
            hromadaCode = Katottg.find(hromadaCode).orElseThrow(() -> new BadInputException(source, item,
                    "hromada_code '" + field.apply(HROMADA_CODE) + "' is not a KATOTTG code (UA + 17 digits)"));
        }
        // a filled services cell lists what the point offers: every group it does not list is not offered;
        // an empty cell says nothing about any group
        Set<ServiceKind> told = field.apply(SERVICES) == null ? Set.of() : EnumSet.allOf(ServiceKind.class);
        return new AccessPoint(register.id() + ":" + id, register.id(), name, kind, diaCentre,
                services(field.apply(SERVICES), source, item), serviceCount(field.apply(SERVICE_COUNT), source, item),
                status(field.apply(STATUS), source, item), location, hromadaCode, field.apply(HROMADA_NAME),
                field.apply(ADDRESS), yesNo(field, HAS_MOBILE_CASE, source, item),
                yesNo(field, HAS_MOBILE_OFFICE, source, item), told, yesNoOrUnknown(field, BARRIER_FREE, source, item));
    }

    private static String required(Function<String, String> field, String name, String source, String item) {
        String value = field.apply(name);
        if (value == null) {
            throw new BadInputException(source, item, "no value in '" + name + "'");
        }
        return value;
    }

    static AccessPointKind kind(String text, String source, String item) {
        String label = RegisterValues.label(text).replace(' ', '_');
        for (AccessPointKind kind : AccessPointKind.values()) {
            if (kind.isRegisterKind() && kind.name().equals(label)) {
                return kind;
            }
        }
        AccessPointKind ukrainian = UKRAINIAN_KINDS.get(RegisterValues.label(text));
        if (ukrainian == null) {
            throw new BadInputException(source, item, "kind '" + text + "' is not allowed; allowed: "
                    + Arrays.stream(AccessPointKind.values()).filter(AccessPointKind::isRegisterKind).toList() + " or " + UKRAINIAN_KINDS.keySet().stream().sorted().toList());
        }
        return ukrainian;
    }

    static AccessPointStatus status(String text, String source, String item) {
        if (text == null) {
            return AccessPointStatus.OPEN;
        }
        String label = RegisterValues.label(text);
        for (AccessPointStatus status : AccessPointStatus.values()) {
            if (status.name().equals(label.replace(' ', '_'))) {
                return status;
            }
        }
        AccessPointStatus ukrainian = UKRAINIAN_STATUSES.get(label);
        if (ukrainian == null) {
            throw new BadInputException(source, item, "status '" + text + "' is not allowed; allowed: "
                    + Arrays.toString(AccessPointStatus.values()) + " or " + UKRAINIAN_STATUSES.keySet().stream().sorted().toList()
                    + " (empty means OPEN)");
        }
        return ukrainian;
    }

    static Set<ServiceKind> services(String text, String source, String item) {
        Set<ServiceKind> services = EnumSet.noneOf(ServiceKind.class);
        if (text == null) {
            return services;
        }
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            // by name (PASSPORT) or in Ukrainian ("паспорт", "паспортні послуги")
            ServiceKind service = ServiceKind.find(part).orElseThrow(() -> new BadInputException(source, item,
                    "service '" + part.strip() + "' is not allowed; allowed: " + Arrays.toString(ServiceKind.values())
                            + " or their Ukrainian names"));
            services.add(service);
        }
        return services;
    }

    private static Integer serviceCount(String text, String source, String item) {
        if (text == null) {
            return null;
        }
        try {
            int count = Integer.parseInt(text);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException(source, item, "service_count '" + text + "' is not a whole number >= 0");
    }

    private static Boolean yesNoOrUnknown(Function<String, String> field, String name, String source, String item) {
        return field.apply(name) == null ? null : yesNo(field, name, source, item);
    }

    private static boolean yesNo(Function<String, String> field, String name, String source, String item) {
        String text = field.apply(name);
        if (text == null) {
            return false;
        }
        return RegisterValues.findYesNo(text).orElseThrow(() -> new BadInputException(source, item,
                name + " '" + text + "' is not allowed; allowed: true/false, так/ні, yes/no, 1/0 (empty means false)"));
    }
}
