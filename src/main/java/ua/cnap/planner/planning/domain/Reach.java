package ua.cnap.planner.planning.domain;

/**
 * A demand point within the search limit of a candidate site (problem fact). Constraints join these
 * to opened sites by site id, an indexed join, so that a move re-scores only the reaches of the site
 * it changes instead of every site × demand pair.
 *
 * @param siteId  the candidate site
 * @param demand  the demand point
 * @param seconds travel time from the demand point to the site
 * @param covers  within the access standard
 */
public record Reach(String siteId, DemandPoint demand, double seconds, boolean covers) {

    /** Counts for the coverage objective: covered by the site, not by today's network. */
    public boolean coversNewly() {
        return covers && !demand.coveredByExisting();
    }

    /** Nearer than today's nearest access point. */
    public boolean savesTime() {
        return seconds < demand.baselineTravelSeconds();
    }
}
