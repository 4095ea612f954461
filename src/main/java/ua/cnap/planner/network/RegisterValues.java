package ua.cnap.planner.network;

import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.territory.UkraineExtent;

/** Cell values shared by the register readers: yes/no flags, type labels, office coordinates. */
final class RegisterValues {

    private static final Locale UK = Locale.forLanguageTag("uk");

    private RegisterValues() {
    }

    /**
     * The office location. Impossible coordinates fail the whole import (a
     * {@link ua.cnap.planner.io.BadInputException}). Coordinates that lie outside Ukraine but inside
     * it once exchanged are swapped (a common mistake: {@code Lat=25.9, Long=48.3}) and logged as
     * repaired; other points outside Ukraine are kept with a warning.
     */
    static Point locate(double lon, double lat, String source, String item, ImportLog log) {
        Wgs84.point(lon, lat, source, item);
        if (inUkraine(lon, lat)) {
            return Wgs84.point(lon, lat, source, item);
        }
        if (inUkraine(lat, lon)) {
            log.repaired(source, item, "latitude and longitude were exchanged (lat=" + lat + ", lon=" + lon
                    + " lies outside Ukraine): swapped to lon=" + lat + ", lat=" + lon);
            return Wgs84.point(lat, lon, source, item);
        }
        log.warn(source, item, "location lon=" + lon + ", lat=" + lat + " lies outside Ukraine; kept as given");
        return Wgs84.point(lon, lat, source, item);
    }

    /** Inside {@link UkraineExtent}. */
    static boolean inUkraine(double lon, double lat) {
        return UkraineExtent.contains(lon, lat);
    }

    /**
     * A yes/no cell: {@code так}/{@code ні}, {@code yes}/{@code no}, {@code true}/{@code false},
     * {@code 1}/{@code 0}, any case and spacing. Empty when the text is none of these.
     */
    static Optional<Boolean> findYesNo(String text) {
        return switch (label(text)) {
            case "ТАК", "YES", "TRUE", "1", "Y", "Т" -> Optional.of(true);
            case "НІ", "NO", "FALSE", "0", "N", "Н" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** Upper-cased, dots and runs of spaces made one space: "Дія.Центр " and "ДІЯ  ЦЕНТР" agree. */
    static String label(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('.', ' ').replace('\u00a0', ' ').strip().replaceAll("\\s+", " ").toUpperCase(UK);
    }
}
