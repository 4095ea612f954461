package ua.cnap.planner.travel;

import java.util.ArrayList;
import java.util.List;

/**
 * One form of the straight-line fallback: {@code seconds = access + slope · greatCircleMeters}, where
 * the slope (seconds per great-circle metre, circuity over speed) is one for the country or one per
 * group of trips, optionally plus an extra slope for trips in mountain hromadas. Today's model is
 * {@link #TODAY}: one access time, one slope.
 *
 * @param grouping       what the slope is per
 * @param mountainFactor an extra slope for trips in mountain hromadas
 */
public record TravelVariant(Grouping grouping, boolean mountainFactor) {

    /** What a variant's slope (speed) is per. */
    public enum Grouping {
        /** One slope for the country. */
        COUNTRY,
        /** One slope per macro-region (KSE {@code region_en}: five groups of oblasts). */
        REGION,
        /** One slope per oblast. */
        OBLAST
    }

    /** Today's model: one access time and one slope. */
    public static final TravelVariant TODAY = new TravelVariant(Grouping.COUNTRY, false);

    public TravelVariant {
        if (grouping == null) {
            throw new IllegalArgumentException("grouping is required");
        }
    }

    /** Every variant tried by {@code calibrate}, today's first. */
    public static List<TravelVariant> all() {
        List<TravelVariant> all = new ArrayList<>();
        for (Grouping grouping : Grouping.values()) {
            all.add(new TravelVariant(grouping, false));
            all.add(new TravelVariant(grouping, true));
        }
        return all;
    }

    /** Short name, e.g. {@code speed per oblast + mountain factor}. */
    public String name() {
        String speed = switch (grouping) {
            case COUNTRY -> "one speed";
            case REGION -> "speed per macro-region";
            case OBLAST -> "speed per oblast";
        };
        return mountainFactor ? speed + " + mountain factor" : speed;
    }

    /** The group a trip belongs to; null when its place does not say (it then takes the shared slope). */
    String groupOf(TripPlace place) {
        return switch (grouping) {
            case COUNTRY -> null;
            case REGION -> place.region();
            case OBLAST -> place.oblastCode();
        };
    }
}
