package ua.cnap.planner.planning;

import java.util.EnumMap;
import java.util.Map;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPointKind;

/**
 * The donor's question in numbers: how many passport stations and mobile cases to hand out. Each
 * count is an upper limit on proposals of that kind (the plan may use fewer when more would cover
 * nobody); zero leaves the kind out of the plan.
 *
 * @param passportStations passport stations for existing offices that offer no passport services
 * @param mobileCases      mobile cases for existing offices, to visit settlements beyond the standard
 */
public record Equipment(int passportStations, int mobileCases) {

    /** Nothing asked: a plan of new access points only. */
    public static final Equipment NONE = new Equipment(0, 0);

    /** More than any oblast has offices: a count beyond it is a typing error. */
    public static final int MAX_PER_KIND = 2_000;

    public Equipment {
        check("passportStations", passportStations);
        check("mobileCases", mobileCases);
    }

    private static void check(String field, int count) {
        if (count < 0 || count > MAX_PER_KIND) {
            throw new BadInputException("plan", field, "must be 0 to " + MAX_PER_KIND + ", got " + count);
        }
    }

    /** Null counts are zero (the CLI's and the API's optional fields). */
    public static Equipment of(Integer passportStations, Integer mobileCases) {
        return new Equipment(passportStations == null ? 0 : passportStations, mobileCases == null ? 0 : mobileCases);
    }

    public boolean isAsked() {
        return passportStations > 0 || mobileCases > 0;
    }

    /** The most proposals of each equipment kind asked for (kinds not asked for are absent). */
    public Map<AccessPointKind, Integer> limits() {
        Map<AccessPointKind, Integer> limits = new EnumMap<>(AccessPointKind.class);
        if (passportStations > 0) {
            limits.put(AccessPointKind.PASSPORT_STATION, passportStations);
        }
        if (mobileCases > 0) {
            limits.put(AccessPointKind.MOBILE_CASE, mobileCases);
        }
        return limits;
    }
}
