package ua.cnap.planner.planning.solver;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.CapacityRule;
import ua.cnap.planner.planning.domain.DemandPoint;
import ua.cnap.planner.planning.domain.ExpansionPlan;
import ua.cnap.planner.planning.domain.HromadaFact;
import ua.cnap.planner.planning.domain.PlanBudget;
import ua.cnap.planner.planning.domain.SiteDecision;
import ua.cnap.planner.planning.domain.SiteOption;

/** One case that scores and one that does not, for every rule. */
class ExpansionConstraintProviderTest {

    private final ConstraintVerifier<ExpansionConstraintProvider, ExpansionPlan> verifier =
            ConstraintVerifier.build(new ExpansionConstraintProvider(), ExpansionPlan.class, SiteDecision.class);

    static final DemandPoint COVERED = new DemandPoint(0, "a", 100, true, 600);
    static final DemandPoint FAR = new DemandPoint(1, "b", 200, false, 3000);
    static final DemandPoint FARTHER = new DemandPoint(2, "c", 300, false, 4000);

    /** A site in settlement {@code settlement} of hromada {@code hromada} covering b and c. */
    static SiteDecision site(String id, String settlement, String hromada, AccessPointKind kind, long cost) {
        return site(id, settlement, hromada, kind, cost, false, CapacityRule.OFF, 100);
    }

    static SiteDecision site(String id, String settlement, String hromada, AccessPointKind kind, long cost,
            boolean branchRule, CapacityRule capacityRule, int capacity) {
        SiteDecision site = new SiteDecision(id, settlement, hromada,
                List.of(new SiteOption(kind, cost, capacity)), new int[] {1, 2}, new int[] {1, 2},
                new double[] {1000, 2500}, branchRule, capacityRule, 0.3 / 250);
        site.setKind(kind);
        return site;
    }

    @Test
    void budgetPenalisesTheExcessInThousandsOfUah() {
        verifier.verifyThat(ExpansionConstraintProvider::budget)
                .given(site("s1", "x", "H", AccessPointKind.BRANCH, 600_000),
                        site("s2", "y", "H", AccessPointKind.BRANCH, 600_000), new PlanBudget(1_000_000))
                .penalizesBy(200);
    }

    @Test
    void budgetDoesNotPenaliseAPlanWithinIt() {
        verifier.verifyThat(ExpansionConstraintProvider::budget)
                .given(site("s1", "x", "H", AccessPointKind.BRANCH, 600_000), new PlanBudget(1_000_000))
                .penalizesBy(0);
    }

    @Test
    void twoNewAccessPointsInOneSettlementArePenalised() {
        verifier.verifyThat(ExpansionConstraintProvider::onePerSettlement)
                .given(site("s1", "x", "H", AccessPointKind.BRANCH, 1), site("s2", "x", "H",
                        AccessPointKind.REMOTE_WORKPLACE, 1))
                .penalizesBy(ExpansionConstraintProvider.RULE_WEIGHT);
    }

    @Test
    void newAccessPointsInDifferentSettlementsAreFine() {
        verifier.verifyThat(ExpansionConstraintProvider::onePerSettlement)
                .given(site("s1", "x", "H", AccessPointKind.BRANCH, 1), site("s2", "y", "H",
                        AccessPointKind.BRANCH, 1))
                .penalizesBy(0);
    }

    @Test
    void aHromadaThatNeedsAMainOfficeAndGetsNoneIsPenalised() {
        verifier.verifyThat(ExpansionConstraintProvider::mainOfficeInEveryHromada)
                .given(new HromadaFact("H", true), site("s1", "x", "H", AccessPointKind.BRANCH, 1))
                .penalizesBy(ExpansionConstraintProvider.RULE_WEIGHT);
    }

    @Test
    void aHromadaThatGetsAMainOfficeOrNeedsNoneIsFine() {
        verifier.verifyThat(ExpansionConstraintProvider::mainOfficeInEveryHromada)
                .given(new HromadaFact("H", true), new HromadaFact("G", false),
                        site("s1", "x", "H", AccessPointKind.MAIN_OFFICE, 1))
                .penalizesBy(0);
    }

    @Test
    void aRemoteWorkplaceInAHromadaWithoutMainOfficeIsPenalised() {
        verifier.verifyThat(ExpansionConstraintProvider::branchNeedsMainOffice)
                .given(site("s1", "x", "H", AccessPointKind.REMOTE_WORKPLACE, 1, true, CapacityRule.OFF, 100))
                .penalizesBy(ExpansionConstraintProvider.RULE_WEIGHT);
    }

    @Test
    void aRemoteWorkplaceBesideANewMainOfficeIsFine() {
        verifier.verifyThat(ExpansionConstraintProvider::branchNeedsMainOffice)
                .given(site("s1", "x", "H", AccessPointKind.REMOTE_WORKPLACE, 1, true, CapacityRule.OFF, 100),
                        site("s2", "y", "H", AccessPointKind.MAIN_OFFICE, 1, true, CapacityRule.OFF, 100))
                .penalizesBy(0);
    }

    @Test
    void newlyCoveredPeopleAreRewardedOnceEach() {
        verifier.verifyThat(ExpansionConstraintProvider::newlyCoveredPopulation)
                .given(COVERED, FAR, FARTHER, site("s1", "x", "H", AccessPointKind.BRANCH, 1),
                        site("s2", "y", "H", AccessPointKind.BRANCH, 1))
                .rewardsWith(500);
    }

    @Test
    void peopleCoveredAlreadyOrByNobodyNewAreNotRewarded() {
        verifier.verifyThat(ExpansionConstraintProvider::newlyCoveredPopulation)
                .given(COVERED, FAR, FARTHER)
                .rewardsWith(0);
    }

    @Test
    void costIsPenalised() {
        verifier.verifyThat(ExpansionConstraintProvider::cost)
                .given(site("s1", "x", "H", AccessPointKind.BRANCH, 1234))
                .penalizesBy(1234);
    }

    @Test
    void aClosedSiteCostsNothing() {
        SiteDecision closed = site("s1", "x", "H", AccessPointKind.BRANCH, 1234);
        closed.setKind(null);
        verifier.verifyThat(ExpansionConstraintProvider::cost).given(closed).penalizesBy(0);
    }

    @Test
    void travelTimeSavedIsRewardedPerPersonFromTheNearestNewSite() {
        // b: 3000 → 1000 s saves 2000 × 200; c: 4000 → 2500 s saves 1500 × 300
        verifier.verifyThat(ExpansionConstraintProvider::travelTimeSaved)
                .given(COVERED, FAR, FARTHER, site("s1", "x", "H", AccessPointKind.BRANCH, 1))
                .rewardsWith(2000 * 200 + 1500 * 300);
    }

    @Test
    void noTimeIsSavedWhereTheExistingNetworkIsNearer() {
        DemandPoint near = new DemandPoint(1, "b", 200, false, 500);
        DemandPoint nearToo = new DemandPoint(2, "c", 300, false, 2000);
        verifier.verifyThat(ExpansionConstraintProvider::travelTimeSaved)
                .given(near, nearToo, site("s1", "x", "H", AccessPointKind.BRANCH, 1))
                .rewardsWith(0);
    }

    @Test
    void hardCapacityPenalisesVisitsOverCapacity() {
        // b and c: 500 people × 0.3 visits a year / 250 days = 0.6 visits a day against a capacity of 0
        verifier.verifyThat(ExpansionConstraintProvider::capacityHard)
                .given(COVERED, FAR, FARTHER,
                        site("s1", "x", "H", AccessPointKind.REMOTE_WORKPLACE, 1, false, CapacityRule.HARD, 0))
                .penalizesBy(ExpansionConstraintProvider.RULE_WEIGHT);
    }

    @Test
    void capacityWithinLimitsOrSwitchedOffIsFine() {
        verifier.verifyThat(ExpansionConstraintProvider::capacityHard)
                .given(COVERED, FAR, FARTHER,
                        site("s1", "x", "H", AccessPointKind.REMOTE_WORKPLACE, 1, false, CapacityRule.HARD, 25),
                        site("s2", "y", "H", AccessPointKind.REMOTE_WORKPLACE, 1, false, CapacityRule.OFF, 0))
                .penalizesBy(0);
    }

    @Test
    void softCapacityPenalisesAtTheCostLevel() {
        verifier.verifyThat(ExpansionConstraintProvider::capacitySoft)
                .given(COVERED, FAR, FARTHER,
                        site("s1", "x", "H", AccessPointKind.REMOTE_WORKPLACE, 1, false, CapacityRule.SOFT, 0))
                .penalizesBy(ExpansionConstraintProvider.SOFT_CAPACITY_UAH_PER_VISIT);
    }

    @Test
    void softCapacityIsSilentWhenHard() {
        verifier.verifyThat(ExpansionConstraintProvider::capacitySoft)
                .given(COVERED, FAR, FARTHER,
                        site("s1", "x", "H", AccessPointKind.REMOTE_WORKPLACE, 1, false, CapacityRule.HARD, 0))
                .penalizesBy(0);
    }
}
