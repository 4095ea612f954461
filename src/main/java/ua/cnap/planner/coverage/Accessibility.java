package ua.cnap.planner.coverage;

import java.util.List;
import java.util.Optional;
import ua.cnap.planner.travel.ModelError;

/**
 * Accessibility of every settlement, with what it was computed from.
 *
 * @param standard           the access standard applied
 * @param modelName          the travel-time model's name, shown beside every result
 * @param modelError         the model's error against real trips, null for a road network
 * @param searchLimitSeconds trips longer than this were not searched: such settlements are unreachable
 * @param settlements        one entry per input settlement, in input order
 */
public record Accessibility(
        AccessStandard standard,
        String modelName,
        ModelError modelError,
        double searchLimitSeconds,
        List<SettlementAccess> settlements) {

    public Accessibility {
        settlements = List.copyOf(settlements);
    }

    public Optional<ModelError> findModelError() {
        return Optional.ofNullable(modelError);
    }

    public Optional<SettlementAccess> findSettlement(String settlementId) {
        return settlements.stream().filter(s -> s.settlement().id().equals(settlementId)).findFirst();
    }

    public List<SettlementAccess> listUncovered() {
        return settlements.stream().filter(s -> !s.covered()).toList();
    }

    public long population() {
        return settlements.stream().mapToLong(s -> s.settlement().population()).sum();
    }

    public long populationCovered() {
        return settlements.stream().filter(SettlementAccess::covered).mapToLong(s -> s.settlement().population()).sum();
    }
}
