package ua.cnap.planner.coverage;

import java.util.Locale;
import ua.cnap.planner.io.BadInputException;

import ua.cnap.planner.travel.Travel;

/**
 * When a settlement counts as served by an access point.
 *
 * <p>The defaults ({@link #national()}: 30 minutes or 14 km, either one is enough) are the
 * Cabinet of Ministers' 2021 methodological recommendations on territorial accessibility of
 * administrative services (see shared/docs/DOMAIN.md "Access standard"). They are an assumption a
 * planner can change, not a law: every report carries the standard it was computed against.
 *
 * @param maxMinutes    travel time along the route, in minutes
 * @param maxKilometres distance along the route, in kilometres
 * @param rule          how the two limits combine
 */
public record AccessStandard(double maxMinutes, double maxKilometres, Rule rule) {

    public static final double DEFAULT_MAX_MINUTES = 30;
    public static final double DEFAULT_MAX_KILOMETRES = 14;

    /** How the time and distance limits combine. */
    public enum Rule {
        /** Covered if within the time OR within the distance (the recommendations' "14 km, or 30 min by transport"). */
        EITHER,
        /** Covered only if within both. */
        BOTH;

        /**
         * The one parser of a rule for the CLI, the web API and scenario files: "either" or "both", any
         * case; null or blank gives null (keep the default).
         *
         * @param field the option or field it came from, named in the error
         * @throws BadInputException for anything else
         */
        public static Rule parse(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(field, text, "use either (within the time or the distance) or both "
                        + "(within the time and the distance)");
            }
        }
    }

    public AccessStandard {
        if (!(maxMinutes >= 0) || !Double.isFinite(maxMinutes)) {
            throw new IllegalArgumentException("maxMinutes must be a finite number >= 0, got " + maxMinutes);
        }
        if (!(maxKilometres >= 0) || !Double.isFinite(maxKilometres)) {
            throw new IllegalArgumentException("maxKilometres must be a finite number >= 0, got " + maxKilometres);
        }
        if (rule == null) {
            throw new IllegalArgumentException("rule is required");
        }
    }

    /** 30 minutes or 14 km (Cabinet of Ministers, 2021). */
    public static AccessStandard national() {
        return new AccessStandard(DEFAULT_MAX_MINUTES, DEFAULT_MAX_KILOMETRES, Rule.EITHER);
    }

    public double maxSeconds() {
        return maxMinutes * 60;
    }

    public double maxMeters() {
        return maxKilometres * 1000;
    }

    /** True if the trip meets the standard; an unreachable trip never does. */
    public boolean covers(Travel travel) {
        if (travel == null || !travel.reachable()) {
            return false;
        }
        boolean inTime = travel.seconds() <= maxSeconds();
        boolean inDistance = travel.meters() <= maxMeters();
        return rule == Rule.EITHER ? inTime || inDistance : inTime && inDistance;
    }

    public AccessStandard withMaxMinutes(double minutes) {
        return new AccessStandard(minutes, maxKilometres, rule);
    }

    public AccessStandard withMaxKilometres(double kilometres) {
        return new AccessStandard(maxMinutes, kilometres, rule);
    }

    public AccessStandard withRule(Rule newRule) {
        return new AccessStandard(maxMinutes, maxKilometres, newRule);
    }

    /** This standard with whichever of minutes, kilometres and rule are given (null: keep). */
    public AccessStandard adjusted(Double minutes, Double kilometres, Rule newRule) {
        return new AccessStandard(minutes == null ? maxMinutes : minutes,
                kilometres == null ? maxKilometres : kilometres, newRule == null ? rule : newRule);
    }

    @Override
    public String toString() {
        return rule == Rule.EITHER
                ? maxMinutes + " min or " + maxKilometres + " km"
                : maxMinutes + " min and " + maxKilometres + " km";
    }
}
