package ua.cnap.planner.planning;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.coverage.NetworkChanges;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.io.BadInputException;

/**
 * A plan as asked for over the web API and kept with its run: every field may be absent and then takes
 * its default here, once; {@link #toRequest} checks them all (through {@link PlanRequest}'s bounds), so a
 * run is refused before it is queued and re-read the same way when it executes.
 *
 * @param rule                  the access standard's rule: "either" (time or distance) or "both"
 * @param rules                 "default" or "none"
 * @param kinds                 kinds that may open (MAIN_OFFICE, BRANCH, REMOTE_WORKPLACE); null: all configured
 * @param excludeOccupied       leave out the Order 376 territories on {@code asOf}; null: the default, true
 * @param asOf                  YYYY-MM-DD, default today
 * @param closed                access point ids to treat as temporarily closed
 * @param service               the service group planned for (PASSPORT, ... or the Ukrainian name); null: any
 * @param barrierFree           count only access points with step-free access
 * @param passportStations      at most this many passport stations for offices without passport services
 * @param mobileCases           at most this many mobile cases for existing offices
 */
public record PlanParameters(String oblast, Long budgetUah, String register, Double minutes, Double km, String rule,
        String rules, Integer horizonYears, Long minCandidatePopulation, Integer timeLimitSeconds,
        Integer exactTimeLimitSeconds, List<String> kinds, Boolean excludeOccupied, String asOf,
        List<String> closed, String service, Boolean barrierFree, Integer passportStations,
        Integer mobileCases) {

    /** The checked request; a missing or out-of-range field is a {@link BadInputException} naming it. */
    public PlanRequest toRequest(PlanDefaults defaults, AccessStandard defaultStandard) {
        if (oblast == null || oblast.isBlank()) {
            throw new BadInputException("plan", "oblast", "required: the oblast to plan (code or name)");
        }
        AccessStandard standard = defaultStandard.adjusted(minutes, km, AccessStandard.Rule.parse(rule, "rule"));
        PlanRequest asked = new PlanRequest(oblast, register, standard, budgetUah == null ? 0 : budgetUah,
                horizonYears == null ? defaults.horizonYears() : horizonYears, defaults.kinds(),
                PlanRequest.rulesNamed(rules, "rules"),
                minCandidatePopulation == null ? PlanRequest.DEFAULT_MIN_CANDIDATE_POPULATION : minCandidatePopulation,
                timeLimitSeconds == null ? PlanRequest.DEFAULT_TIME_LIMIT : Duration.ofSeconds(timeLimitSeconds),
                exactTimeLimitSeconds == null ? PlanRequest.DEFAULT_EXACT_TIME_LIMIT
                        : Duration.ofSeconds(exactTimeLimitSeconds))
                .withExclusionChoice(closures(closed),
                        ExclusionChoice.parse(excludeOccupied, asOf, "plan", "excludeOccupied", "asOf"));
        try {
            return defaults.forService(asked, ServiceRequirement.parse(service, barrierFree, "service"),
                    Equipment.of(passportStations, mobileCases), kinds, budgetUah);
        } catch (BadInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("plan", "kinds", e.getMessage() == null || e.getMessage().startsWith("No enum")
                    ? "use MAIN_OFFICE, BRANCH or REMOTE_WORKPLACE, got " + kinds : e.getMessage());
        }
    }

    /** Ids joined by commas or given one by one. */
    static NetworkChanges closures(List<String> closed) {
        if (closed == null || closed.isEmpty()) {
            return NetworkChanges.NONE;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String c : closed) {
            for (String id : c.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return new NetworkChanges(List.of(), Set.of(), ids);
    }
}
