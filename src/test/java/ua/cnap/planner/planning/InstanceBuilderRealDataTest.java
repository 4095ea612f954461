package ua.cnap.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.importing.RealServices;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.Option;

class InstanceBuilderRealDataTest {

    @Test
    void chernivtsiAtAStricterStandardGivesCandidatesThatCoverTheUncovered() {
        RealServices real = new RealServices();
        var territory = real.territory;
        var network = real.network;
        var model = real.travelModel;
        CoverageResult result = real.coverage.compute(new CoverageRequest("Чернівецька",
                new AccessStandard(10, 5, AccessStandard.Rule.EITHER), null));
        var settings = new InstanceBuilder.Settings(5_000_000, 3, CostAssumptions.defaults(),
                PlanningInstance.Rules.none(), 300);

        PlanningInstance instance = new InstanceBuilder().build("test", result,
                territory.listHromadasInOblast("UA73000000000044923"), network.listAccessPoints("chernivetska-2025"),
                model.get(), settings);

        assertThat(instance.demand()).hasSize(result.accessibility().settlements().size());
        long coveredBefore = instance.demand().stream().filter(d -> instance.coveredByExisting().contains(d.id()))
                .mapToLong(PlanningInstance.Demand::population).sum();
        assertThat(coveredBefore).isEqualTo(result.totals().populationCovered());
        assertThat(instance.hromadasWithMainOffice()).hasSize(52);
        assertThat(instance.candidates()).isNotEmpty();
        Set<String> uncovered = instance.demand().stream().map(PlanningInstance.Demand::id)
                .filter(id -> !instance.coveredByExisting().contains(id)).collect(Collectors.toSet());
        for (var candidate : instance.candidates()) {
            assertThat(candidate.options()).extracting(Option::kind).containsExactlyInAnyOrder(
                    AccessPointKind.MAIN_OFFICE, AccessPointKind.BRANCH, AccessPointKind.REMOTE_WORKPLACE);
            Option option = candidate.options().get(0);
            assertThat(option.reaches().keySet()).containsAll(option.covers());
            // every candidate kept covers somebody new (all hromadas here already have a main office)
            assertThat(option.covers()).anyMatch(uncovered::contains);
            // a candidate covers its own settlement
            assertThat(option.covers()).contains(candidate.settlementId());
        }
        var ra = instance.kinds().get(AccessPointKind.REMOTE_WORKPLACE);
        assertThat(instance.candidates().get(0).options().stream()
                .filter(o -> o.kind() == AccessPointKind.REMOTE_WORKPLACE).findFirst().orElseThrow().costUah())
                .isEqualTo(ra.oneOffCostUah() + 3 * ra.yearlyCostUah());
    }
}
