package ua.cnap.planner.routing.mobile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ExclusionSummary;
import ua.cnap.planner.travel.ModelError;

/**
 * Mobile routes for an oblast or hromada: where the input came from, the schedule (its fields at the
 * top level of the JSON: {@code populationReached}, {@code vehicles} …) and, for a joint plan, the
 * siting plan that ran first with the yearly cost of each part.
 *
 * @param oblastCode          the oblast
 * @param oblastName          its name
 * @param hromadaCode         the hromada asked for, null for the oblast
 * @param standard            what "covered" means
 * @param input               which settlements were routed and why
 * @param populationUncovered residents beyond the standard before routing
 * @param depotChoice         how the depots were chosen
 * @param travelModelError    the travel model's error where it was fitted
 * @param schedule            the schedule
 * @param siting              the siting plan that ran first, null when none
 * @param yearlyCostUah       per part and in total
 * @param exclusions          what the Order 376 exclusions and closures left out (not routed), and what
 *                            they rest on
 */
public record MobileRouteResult(
        String oblastCode,
        String oblastName,
        String hromadaCode,
        AccessStandard standard,
        String input,
        long populationUncovered,
        String depotChoice,
        ModelError travelModelError,
        @JsonUnwrapped MobileRoutePlan schedule,
        Siting siting,
        YearlyCost yearlyCostUah,
        ExclusionSummary exclusions) {

    /**
     * The siting plan of a joint plan.
     *
     * @param proposals               new fixed access points opened first
     * @param oneOffUah               their one-off cost
     * @param yearlyUah               their yearly running cost
     * @param populationCoveredBefore covered before the plan
     * @param populationCoveredAfter  covered after it
     */
    public record Siting(List<SitedPoint> proposals, long oneOffUah, long yearlyUah, long populationCoveredBefore,
            long populationCoveredAfter) {
    }

    /** One opened point. */
    public record SitedPoint(String id, String kind, String settlementId, String name, double lon, double lat) {
    }

    /** Yearly costs: the fixed points of the siting plan, the mobile fleet, and both. */
    public record YearlyCost(long siting, long routes, long total) {
    }
}
