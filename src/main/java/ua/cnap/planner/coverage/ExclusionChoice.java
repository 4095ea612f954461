package ua.cnap.planner.coverage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import ua.cnap.planner.io.BadInputException;

/**
 * Whether a request leaves out the territories of the Order 376 list (occupied, active hostilities)
 * and as of which date. The default lives here, once, for the CLI, the web API, scenario files and
 * the map: {@link #DEFAULT} leaves them out as of today.
 *
 * @param exclude leave the listed territories out (true by default)
 * @param asOf    the date the list is read on; null: the day of the computation
 * @param asked   the exclusion was asked for explicitly ({@code --exclude-occupied},
 *                {@code excludeOccupied=true}): then a missing list is an error, while the default
 *                without a list only says that no list was available
 */
public record ExclusionChoice(boolean exclude, LocalDate asOf, boolean asked) {

    /** Left out as of today, not asked explicitly: the default of every request. */
    public static final ExclusionChoice DEFAULT = new ExclusionChoice(true, null, false);

    /** Included on request ({@code --include-occupied}, {@code excludeOccupied=false}). */
    public static final ExclusionChoice INCLUDE = new ExclusionChoice(false, null, true);

    public ExclusionChoice {
        if (!exclude && asOf != null) {
            throw new IllegalArgumentException("a date applies only when the listed territories are left out");
        }
    }

    /** Left out as of the date (null: today), asked explicitly. */
    public static ExclusionChoice excludeAsOf(LocalDate date) {
        return new ExclusionChoice(true, date, true);
    }

    /** The date the list is read on: {@link #asOf} or {@code today}. */
    public LocalDate dateOr(LocalDate today) {
        return asOf == null ? today : asOf;
    }

    /**
     * Parses what a user gave, the same way for every edge.
     *
     * @param excludeOccupied true: leave out (asked); false: include; null: the default (leave out)
     * @param asOf            YYYY-MM-DD or null/blank for today
     * @param source          where the values came from (a file, "request", "command line"), for errors
     * @param excludeKey      the name of the switch there ({@code excludeOccupied}, {@code --include-occupied})
     * @param asOfKey         the name of the date there ({@code asOf}, {@code --as-of})
     */
    public static ExclusionChoice parse(Boolean excludeOccupied, String asOf, String source, String excludeKey,
            String asOfKey) {
        LocalDate date = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new BadInputException(source, asOfKey, "'" + asOf + "' is not a date: use YYYY-MM-DD");
            }
        }
        if (Boolean.FALSE.equals(excludeOccupied)) {
            if (date != null) {
                throw new BadInputException(source, asOfKey, "applies only when the occupied territories and those "
                        + "of hostilities are left out; drop it or drop " + excludeKey);
            }
            return INCLUDE;
        }
        return new ExclusionChoice(true, date, Boolean.TRUE.equals(excludeOccupied));
    }
}
