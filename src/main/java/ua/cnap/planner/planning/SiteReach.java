package ua.cnap.planner.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.travel.Travel;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * Whom an access point at a site would reach and cover: one {@code travelTo} with the travel model and
 * standard of the coverage result, so "newly covered" means what the coverage report means.
 *
 * @param covers            demand ids covered under the standard
 * @param reaches           demand ids within the search limit, with their travel time in seconds
 * @param coversSomebodyNew it covers somebody the existing network does not
 */
record SiteReach(List<String> covers, Map<String, Double> reaches, boolean coversSomebodyNew) {

    static SiteReach from(Point site, List<Demand> demand, List<Point> demandPoints, Set<String> coveredByExisting,
            AccessStandard standard, double searchLimitSeconds, TravelTimeModel model) {
        List<Travel> travel = model.travelTo(site, demandPoints, searchLimitSeconds);
        List<String> covers = new ArrayList<>();
        Map<String, Double> reaches = new LinkedHashMap<>();
        boolean coversSomebodyNew = false;
        for (int i = 0; i < travel.size(); i++) {
            Travel t = travel.get(i);
            if (!t.reachable() || t.seconds() > searchLimitSeconds) {
                continue;
            }
            String demandId = demand.get(i).id();
            reaches.put(demandId, t.seconds());
            if (standard.covers(t)) {
                covers.add(demandId);
                coversSomebodyNew |= !coveredByExisting.contains(demandId);
            }
        }
        return new SiteReach(covers, reaches, coversSomebodyNew);
    }
}
