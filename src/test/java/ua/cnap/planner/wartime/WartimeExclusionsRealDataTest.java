package ua.cnap.planner.wartime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageKpis;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.NetworkChanges;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.coverage.TerritoryExclusions;
import ua.cnap.planner.importing.RealServices;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.planning.CostAssumptions;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanningInstance;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.store.JdbcWartimeRepository;

/**
 * The Order 376 list imported with the real data, applied to Zaporizhzhia oblast (offices from the 2017
 * map, the only register that covers it): what it takes out must add up, and coverage must change
 * only as it can.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WartimeExclusionsRealDataTest {

    static final String OBLAST = "Запорізька";
    static final String REGISTER = "ukraine-2017";
    static final LocalDate AS_OF = LocalDate.of(2025, 5, 7);

    RealServices real;
    WartimeExclusions wartime;
    PlanningService planning;

    @BeforeAll
    void setUp() {
        real = new RealServices();
        wartime = new WartimeExclusions(new JdbcWartimeRepository(real.store), real.territory, real.settlements);
        planning = new PlanningService(real.coverage, real.territory, real.network, real.travelModel);
    }


    CoverageRequest request() {
        return new CoverageRequest(OBLAST, AccessStandard.national(), REGISTER);
    }

    @Test
    void theImportedListHasEveryCategory() {
        WartimeList list = new JdbcWartimeRepository(real.store).loadList();
        assertThat(list.entries()).extracting(WartimeEntry::category).contains(WartimeCategory.values());
        // Kupiansk city hromada (Kharkiv oblast) is in the list; settlement entries carry their hromada
        assertThat(list.entries()).anyMatch(e -> e.code().startsWith("UA6308"));
        assertThat(list.entries()).filteredOn(e -> e.settlementName() != null)
                .isNotEmpty().allMatch(e -> e.hromadaCode() != null);
    }

    @Test
    void excludingOccupiedAndHostilityTerritoriesChangesKharkivAsItMust() {
        CoverageResult before = real.coverage.compute(request());
        TerritoryExclusions exclusions = wartime.asOf(AS_OF);
        CoverageResult after = real.coverage.compute(request().withExclusions(exclusions));

        // excluded population, computed here from the settlements of the unexcluded result
        long excludedHere = before.accessibility().settlements().stream()
                .filter(s -> exclusions.excludes(s.settlement()))
                .mapToLong(s -> s.settlement().population()).sum();
        assertThat(excludedHere).isPositive();
        assertThat(after.exclusions().excludedPopulation()).isEqualTo(excludedHere);
        // issue 12: population stays the official one; the excluded drop out of populationWithRegister
        assertThat(after.totals().population()).isEqualTo(before.totals().population());
        assertThat(after.totals().populationWithRegister())
                .isEqualTo(before.totals().populationWithRegister() - excludedHere);
        assertThat(after.exclusions().excludedHromadas()).isPositive();
        assertThat(after.exclusions().source()).contains("376").contains(AS_OF.toString());

        // closed access points are exactly those standing in excluded hromadas
        Set<String> expectedClosed = new java.util.TreeSet<>();
        for (AccessPoint p : before.accessPoints()) {
            if (p.status() != AccessPointStatus.OPEN || exclusions.excludesHromada(p.hromadaCode())) {
                expectedClosed.add(p.id());
            }
        }
        assertThat(after.exclusions().closedAccessPointIds()).containsExactlyElementsOf(expectedClosed);
        assertThat(expectedClosed).isNotEmpty();

        // fewer open offices: a settlement left in is covered now only if it was before
        Map<String, Boolean> coveredBefore = new HashMap<>();
        before.accessibility().settlements().forEach(s -> coveredBefore.put(s.settlement().id(), s.covered()));
        for (SettlementAccess s : after.accessibility().settlements()) {
            assertThat(!s.covered() || coveredBefore.get(s.settlement().id())).as(s.settlement().id()).isTrue();
        }
        CoverageKpis b = before.totals();
        CoverageKpis a = after.totals();
        System.out.printf("Zaporizhzhia oblast, %s, Order 376 as of %s: population %,d -> %,d, covered %,d (%.1f %%) -> "
                        + "%,d (%.1f %%); excluded %,d residents in %,d settlements, %d whole hromadas; %d access points "
                        + "closed%n", REGISTER, AS_OF, b.population(), a.population(), b.populationCovered(),
                b.coveredShare() * 100, a.populationCovered(), a.coveredShare() * 100,
                after.exclusions().excludedPopulation(), after.exclusions().excludedSettlements(),
                after.exclusions().excludedHromadas(), after.exclusions().closedAccessPoints());
    }

    @Test
    void beforeTheFullScaleInvasionNothingInZaporizhzhiaIsExcluded() {
        CoverageResult result = real.coverage.compute(request().withExclusions(wartime.asOf(LocalDate.of(2021, 6, 1))));
        CoverageResult plain = real.coverage.compute(request());
        assertThat(result.exclusions().excludedPopulation()).isZero();
        assertThat(result.totals().population()).isEqualTo(plain.totals().population());
        // Crimea has been occupied since 2014: the country-wide list as of 2021 holds it
        assertThat(wartime.asOf(LocalDate.of(2021, 6, 1)).katottgCodes()).contains("UA01000000000013043");
    }

    @Test
    void closingAnAccessPointByIdCountsItAsClosed() {
        CoverageResult before = real.coverage.compute(request());
        String id = before.accessPoints().get(0).id();
        CoverageResult after = real.coverage.compute(request().withChanges(
                new NetworkChanges(java.util.List.of(), Set.of(), Set.of(id))));
        assertThat(after.exclusions().closedAccessPointIds()).contains(id);
        assertThat(after.accessPoints()).filteredOn(p -> p.id().equals(id))
                .singleElement().extracting(AccessPoint::status).isEqualTo(AccessPointStatus.TEMPORARILY_CLOSED);
        assertThat(after.totals().populationCovered()).isLessThanOrEqualTo(before.totals().populationCovered());
    }

    @Test
    void plansDoNotServeExcludedTerritories() {
        TerritoryExclusions exclusions = wartime.asOf(AS_OF);
        PlanRequest request = new PlanRequest(OBLAST, REGISTER, new AccessStandard(10, 5, AccessStandard.Rule.EITHER),
                1_000_000, 3, CostAssumptions.defaults(), PlanningInstance.Rules.none(), 300, Duration.ofSeconds(1),
                Duration.ZERO).withExclusions(NetworkChanges.NONE, exclusions);
        PlanningService.Prepared prepared = planning.prepare(request);
        Set<String> excludedHromadas = Set.copyOf(prepared.coverage().exclusions().excludedHromadaCodes());
        assertThat(excludedHromadas).isNotEmpty();
        assertThat(prepared.instance().demand()).isNotEmpty()
                .noneMatch(d -> excludedHromadas.contains(d.hromadaCode()));
        assertThat(prepared.instance().candidates()).noneMatch(c -> excludedHromadas.contains(c.hromadaCode()));
        long demandPopulation = prepared.instance().demand().stream().mapToLong(PlanningInstance.Demand::population).sum();
        assertThat(demandPopulation).isEqualTo(prepared.coverage().totals().populationWithRegister());
    }
}
