package ua.cnap.planner.travel;

/**
 * Where a trip runs, as the regional variants of the fallback see it: the oblast, the oblast's
 * macro-region (KSE's {@code region_en}: West, North, Center, East, South) and whether the hromada is
 * a mountain hromada (KSE's {@code mountain_hromada}, from the government's list of mountain
 * settlements). Null fields are unknown.
 *
 * @param oblastCode KATOTTG code of the oblast
 * @param oblastName its Ukrainian name, for reports
 * @param region     macro-region of the oblast
 * @param mountain   a mountain hromada
 */
public record TripPlace(String oblastCode, String oblastName, String region, boolean mountain) {

    public static final TripPlace UNKNOWN = new TripPlace(null, null, null, false);
}
