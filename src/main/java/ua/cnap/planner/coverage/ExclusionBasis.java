package ua.cnap.planner.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * What a set of territory exclusions rests on, for every result to say.
 *
 * @param excludeOccupied whether the request left the listed territories out (the default), false
 *                        when it asked to include them, null for exclusions given by hand
 * @param listAvailable   an Order 376 list was imported
 * @param edition         the list's edition in words ("Наказ Мінрегіону № 376, редакція 07.05.2025"),
 *                        null without a list
 * @param categories      the list's sections used (OCCUPIED, ACTIVE_HOSTILITIES), empty when none
 * @param asOf            the date the list was read on, null when not read
 * @param note            a sentence when nothing was left out for a reason (no list, included on
 *                        request), else null
 */
public record ExclusionBasis(Boolean excludeOccupied, boolean listAvailable, String edition, List<String> categories,
        LocalDate asOf, String note) {

    /** Exclusions given by hand (tests, what-ifs): no list behind them. */
    public static final ExclusionBasis BY_HAND = new ExclusionBasis(null, false, null, List.of(), null, null);

    public ExclusionBasis {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
