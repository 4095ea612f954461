package ua.cnap.planner.routing.mobile;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanRequest;

/**
 * Mobile routes as asked for over the web API and kept with their run; absent fields take the defaults
 * (mobile office, 4-week cycle, 8-hour shift, 5 days' spacing, 30 s), and {@link #toRequest} checks every
 * field once (through {@link MobileRouteRequest}'s bounds) before a run is queued.
 *
 * @param kind               MOBILE_OFFICE or MOBILE_CASE
 * @param rule               either or both
 * @param afterPlanBudgetUah joint plan: open fixed points for this budget first
 * @param excludeOccupied    leave out the Order 376 territories (default true)
 * @param asOf               YYYY-MM-DD, default today
 */
public record RouteParameters(String oblast, String hromada, String register, Double minutes, Double km, String rule,
        String kind, Integer vehicles, List<String> depots, Integer cycleDays, Double shiftHours,
        Integer minSpacingDays, Integer timeLimitSeconds, Long afterPlanBudgetUah, Boolean excludeOccupied,
        String asOf) {

    /** Search time unless asked otherwise. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    public MobileRouteRequest toRequest(PlanDefaults planDefaults, AccessStandard defaultStandard) {
        if (oblast == null || oblast.isBlank()) {
            throw new BadInputException("routes", "oblast", "required: the oblast to route (code or name)");
        }
        if (vehicles == null) {
            throw new BadInputException("routes", "vehicles", "required: how many vehicles");
        }
        AccessStandard standard = defaultStandard.adjusted(minutes, km, AccessStandard.Rule.parse(rule, "rule"));
        AccessPointKind vehicleKind = vehicleKind();
        Duration timeLimit = timeLimitSeconds == null ? DEFAULT_TIME_LIMIT : Duration.ofSeconds(timeLimitSeconds);
        MobileRouteRequest request = MobileRouteRequest.of(oblast, standard, vehicleKind, vehicles)
                .withSchedule(cycleDays == null ? MobileRouteRequest.DEFAULT_CYCLE_DAYS : cycleDays,
                        shiftHours == null ? MobileRouteRequest.DEFAULT_SHIFT_SECONDS : Math.round(shiftHours * 3600),
                        minSpacingDays) // null: the default that fits the cycle, in MobileRouteRequest
                .withHromada(hromada)
                .withRegister(register)
                .withDepots(depots)
                .withLimits(SolveLimits.of(timeLimit));
        if (afterPlanBudgetUah != null) {
            request = request.withSitingPlan(new PlanRequest(oblast, register, standard, afterPlanBudgetUah,
                    planDefaults.horizonYears(), planDefaults.kinds(), PlanRequest.defaultRules(),
                    PlanRequest.DEFAULT_MIN_CANDIDATE_POPULATION, timeLimit, Duration.ZERO));
        }
        return request.withExclusionChoice(ExclusionChoice.parse(excludeOccupied, asOf, "routes", "excludeOccupied",
                "asOf"));
    }

    private AccessPointKind vehicleKind() {
        if (kind == null) {
            return AccessPointKind.MOBILE_OFFICE;
        }
        try {
            AccessPointKind parsed = AccessPointKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            if (parsed.isFixed()) {
                throw new IllegalArgumentException();
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("routes", "kind", "use MOBILE_OFFICE or MOBILE_CASE, got " + kind);
        }
    }
}
