package ua.cnap.planner.territory;

import java.util.List;
import java.util.Map;

/**
 * The KATOTTG codifier as the planner uses it: the administrative levels down to the hromada and
 * the settlements inside hromadas. City districts (category B) are not kept.
 *
 * @param oblasts      oblasts (category O, Crimea included) and the two cities with special status
 *                     (category K: Kyiv, Sevastopol), which stand at oblast level
 * @param raions       raions (category P)
 * @param hromadaNames hromada code to name (category H), in file order
 * @param settlements  cities, selyshches and villages (categories M, X, C)
 */
public record Codifier(
        List<Oblast> oblasts,
        List<Raion> raions,
        Map<String, String> hromadaNames,
        List<CodifierSettlement> settlements) {
}
