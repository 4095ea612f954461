package ua.cnap.planner.territory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * KATOTTG codes (Кодифікатор адміністративно-територіальних одиниць та територій територіальних громад):
 * {@code UA} followed by 17 digits. Codes are kept as plain strings throughout the model; this class
 * only normalises and validates them.
 */
public final class Katottg {

    private static final Pattern CODE = Pattern.compile("UA\\d{17}");

    private Katottg() {
    }

    /** The code trimmed and upper-cased, if it is a well-formed KATOTTG code. */
    public static Optional<String> find(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return find(raw).isPresent();
    }

    /** Two-digit oblast part of a code, e.g. {@code 73} for Chernivtsi oblast. */
    public static String oblastDigits(String code) {
        return code.substring(2, 4);
    }

    /** Four digits oblast + raion, the same as GeoNames' admin2 code for Ukraine. */
    public static String raionDigits(String code) {
        return code.substring(2, 6);
    }
}
