package ua.cnap.planner.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.HromadaLocator;

/**
 * Gives each access point the hromada its location lies in, and checks what the register declared.
 *
 * <ol>
 *   <li>The hromada whose polygon contains the point. Else a hromada without a polygon whose centre
 *       lies within {@link #NEAR_CENTRE_METERS} (its territory is the hole between its neighbours'
 *       polygons: the 2017 office of Козинська, 0.1 km from Kozyn, lies 0.3 km from Kyiv's boundary),
 *       with a warning. Else the nearest polygon within {@link #DEFAULT_FALLBACK_DISTANCE_METERS} (real
 *       points sit just outside their own boundary), with a warning.</li>
 *   <li>Else, if the register declared a code of a hromada that has no polygon, that code is kept
 *       (three hromadas have no polygon in the open data); otherwise the point is kept with no hromada
 *       and a warning. Points are never dropped here.</li>
 *   <li>A declared hromada name that does not match the found hromada's name, or a declared code that
 *       differs from the found one, is warned about. The found hromada wins: registers name hromadas
 *       by hand and misspell them.</li>
 * </ol>
 * Log entries use the register id as source and the access point id as item.
 */
public final class AccessPointPlacer {

    public static final double DEFAULT_FALLBACK_DISTANCE_METERS = 2_000;
    /** As {@code SettlementPlacer.NEAR_CENTRE_METERS}: a point this close to a polygon-less hromada's centre. */
    public static final double NEAR_CENTRE_METERS = 5_000;
    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Pattern APOSTROPHES = Pattern.compile("[’ʼ'`‘ʹ]");
    private static final Pattern GENERIC_WORDS = Pattern.compile(
            "(^|\\s)(територіальна|сільська|селищна|міська|громада|тг|сг|мг|стг)(?=\\s|$)");

    private final double fallbackDistanceMeters;

    public AccessPointPlacer() {
        this(DEFAULT_FALLBACK_DISTANCE_METERS);
    }

    public AccessPointPlacer(double fallbackDistanceMeters) {
        this.fallbackDistanceMeters = fallbackDistanceMeters;
    }

    /**
     * The points with {@code hromadaCode} set to the hromada found for their location.
     *
     * @param points         as read; a non-null {@code hromadaCode} is taken as the register's declared code
     * @param hromadasByCode all hromadas by KATOTTG code, to name and look up declared codes
     */
    public List<AccessPoint> place(List<AccessPoint> points, HromadaLocator locator,
            Map<String, Hromada> hromadasByCode, ImportLog log) {
        List<AccessPoint> placed = new ArrayList<>(points.size());
        for (AccessPoint point : points) {
            placed.add(place(point, locator, hromadasByCode, log));
        }
        return placed;
    }

    private AccessPoint place(AccessPoint point, HromadaLocator locator, Map<String, Hromada> hromadasByCode,
            ImportLog log) {
        String source = point.registerId();
        String item = point.id() + " (" + point.name() + ")";
        String declaredCode = point.hromadaCode();
        Optional<Hromada> found = locator.findContaining(point.location());
        if (found.isEmpty()) {
            found = nearCentreWithoutPolygon(point, hromadasByCode);
            found.ifPresent(h -> log.warn(source, item, String.format(Locale.ROOT,
                    "location lies in no hromada polygon; placed in %s (%s), which has no polygon, %.0f m from its "
                            + "centre", h.nameUk(), h.code(), metres(point, h))));
        }
        if (found.isEmpty()) {
            Optional<HromadaLocator.Located> near = locator.findNearest(point.location(), fallbackDistanceMeters);
            if (near.isPresent()) {
                found = Optional.of(near.get().hromada());
                log.warn(source, item, String.format(Locale.ROOT,
                        "location lies in no hromada polygon; placed in the nearest, %s (%s), %.0f m away",
                        near.get().hromada().nameUk(), near.get().hromada().code(), near.get().distanceMeters()));
            }
        }
        if (found.isEmpty()) {
            Hromada declared = declaredCode == null ? null : hromadasByCode.get(declaredCode);
            if (declared != null && declared.boundary() == null) {
                log.warn(source, item, "location lies in no hromada polygon; kept the declared hromada "
                        + declared.nameUk() + " (" + declaredCode + "), which has no polygon to check against");
                return point;
            }
            log.warn(source, item, "location " + point.location().getX() + ", " + point.location().getY()
                    + " lies in no hromada and none within " + (long) fallbackDistanceMeters + " m; kept without hromada"
                    + (point.declaredHromadaName() == null ? "" : " (declared: " + point.declaredHromadaName() + ")")
                    + (declaredCode == null ? "" : " (declared code: " + declaredCode + ")"));
            return point.withHromadaCode(null);
        }
        Hromada hromada = found.get();
        if (declaredCode != null && !declaredCode.equals(hromada.code())) {
            Hromada declared = hromadasByCode.get(declaredCode);
            log.warn(source, item, "declared hromada code " + declaredCode
                    + (declared == null ? " (unknown code)" : " (" + declared.nameUk() + ")")
                    + " but the location lies in " + hromada.nameUk() + " (" + hromada.code() + ")");
        }
        String declaredName = point.declaredHromadaName();
        if (declaredName != null && !sameHromadaName(declaredName, hromada.nameUk())) {
            log.warn(source, item, "declared hromada '" + declaredName + "' but the location lies in "
                    + hromada.nameUk() + " (" + hromada.code() + ")");
        }
        return point.withHromadaCode(hromada.code());
    }

    private static Optional<Hromada> nearCentreWithoutPolygon(AccessPoint point, Map<String, Hromada> hromadasByCode) {
        Hromada best = null;
        double bestMetres = NEAR_CENTRE_METERS;
        for (Hromada h : hromadasByCode.values()) {
            if (h.boundary() == null && h.centre() != null) {
                double m = metres(point, h);
                if (m <= bestMetres) {
                    best = h;
                    bestMetres = m;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Equirectangular distance from the point to the hromada's centre: exact enough below a few km. */
    private static double metres(AccessPoint point, Hromada hromada) {
        double lat1 = point.location().getY();
        double lat2 = hromada.centre().getY();
        double x = Math.toRadians(hromada.centre().getX() - point.location().getX())
                * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return Math.sqrt(x * x + y * y) * EARTH_RADIUS_METERS;
    }

    /** True if two hromada names agree once normalised ({@link #normaliseHromadaName}). */
    public static boolean sameHromadaName(String a, String b) {
        return normaliseHromadaName(a).equals(normaliseHromadaName(b));
    }

    /**
     * Lower case, one apostrophe, without the generic words ("територіальна", "сільська", "селищна",
     * "міська", "громада"), so that "Кам’янська" and "Кам'янська сільська громада" agree.
     */
    public static String normaliseHromadaName(String name) {
        String lower = APOSTROPHES.matcher(name.strip().toLowerCase(UK)).replaceAll("'");
        lower = lower.replace('\u00a0', ' ').replaceAll("\\s+", " ");
        return GENERIC_WORDS.matcher(lower).replaceAll(" ").strip().replaceAll("\\s+", " ");
    }
}
