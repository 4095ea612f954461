package ua.cnap.planner.planning.solver;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.CapacityRule;
import ua.cnap.planner.planning.domain.DemandPoint;
import ua.cnap.planner.planning.domain.ExpansionPlan;
import ua.cnap.planner.planning.domain.HromadaFact;
import ua.cnap.planner.planning.domain.KindLimit;
import ua.cnap.planner.planning.domain.PlanBudget;
import ua.cnap.planner.planning.domain.Reach;
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
                List.of(new SiteOption(kind, cost, capacity)), branchRule, capacityRule, 0.3 / 250);
        site.setKind(kind);
        return site;
    }

    /** The site reaches b in 1000 s and c in 2500 s, and covers both. */
    static Reach[] reaches(SiteDecision site, DemandPoint b, DemandPoint c) {
        return new Reach[] {new Reach(site.getId(), b, 1000, true), new Reach(site.getId(), c, 2500, true)};
    }

    static Object[] with(Object[] facts, Object... more) {
        Object[] all = new Object[facts.length + more.length];
        System.arraycopy(facts, 0, all, 0, facts.length);
        System.arraycopy(more, 0, all, facts.length, more.length);
        return all;
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
        SiteDecision s1 = site("s1", "x", "H", AccessPointKind.BRANCH, 1);
        SiteDecision s2 = site("s2", "y", "H", AccessPointKind.BRANCH, 1);
        verifier.verifyThat(ExpansionConstraintProvider::newlyCoveredPopulation)
                .given(with(with(reaches(s1, FAR, FARTHER), (Object[]) reaches(s2, FAR, FARTHER)), s1, s2))
                .rewardsWith(500);
    }

    @Test
    void peopleCoveredAlreadyOrByNobodyOpenAreNotRewarded() {
        SiteDecision closed = site("s1", "x", "H", AccessPointKind.BRANCH, 1);
        closed.setKind(null);
        SiteDecision open = site("s2", "y", "H", AccessPointKind.BRANCH, 1);
        verifier.verifyThat(ExpansionConstraintProvider::newlyCoveredPopulation)
                .given(with(reaches(closed, FAR, FARTHER), closed, open, new Reach("s2", COVERED, 100, true)))
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
        SiteDecision s1 = site("s1", "x", "H", AccessPointKind.BRANCH, 1);
        verifier.verifyThat(ExpansionConstraintProvider::travelTimeSaved)
                .given(with(reaches(s1, FAR, FARTHER), s1))
                .rewardsWith(2000 * 200 + 1500 * 300);
    }

    @Test
    void noTimeIsSavedWhereTheExistingNetworkIsNearer() {
        DemandPoint near = new DemandPoint(1, "b", 200, false, 500);
        DemandPoint nearToo = new DemandPoint(2, "c", 300, false, 2000);
        SiteDecision s1 = site("s1", "x", "H", AccessPointKind.BRANCH, 1);
        verifier.verifyThat(ExpansionConstraintProvider::travelTimeSaved)
                .given(with(reaches(s1, near, nearToo), s1))
                .rewardsWith(0);
    }

    @Test
    void hardCapacityPenalisesVisitsOverCapacity() {
        // b and c: 500 people × 0.3 visits a year / 250 days = 0.6 visits a day against a capacity of 0
        SiteDecision s1 = site("s1", "x", "H", AccessPointKind.REMOTE_WORKPLACE, 1, false, CapacityRule.HARD, 0);
        verifier.verifyThat(ExpansionConstraintProvider::capacityHard)
                .given(with(reaches(s1, FAR, FARTHER), s1))
                .penalizesBy(ExpansionConstraintProvider.RULE_WEIGHT);
    }

    @Test
    void capacityWithinLimitsOrSwitchedOffIsFine() {
        SiteDecision s1 = site("s1", "x", "H", AccessPointKind.REMOTE_WORKPLACE, 1, false, CapacityRule.HARD, 25);
        SiteDecision s2 = site("s2", "y", "H", AccessPointKind.REMOTE_WORKPLACE, 1, false, CapacityRule.OFF, 0);
        verifier.verifyThat(ExpansionConstraintProvider::capacityHard)
                .given(with(with(reaches(s1, FAR, FARTHER), (Object[]) reaches(s2, FAR, FARTHER)), s1, s2))
                .penalizesBy(0);
    }

    @Test
    void softCapacityPenalisesAtTheCostLevel() {
        SiteDecision s1 = site("s1", "x", "H", AccessPointKind.REMOTE_WORKPLACE, 1, false, CapacityRule.SOFT, 0);
        verifier.verifyThat(ExpansionConstraintProvider::capacitySoft)
                .given(with(reaches(s1, FAR, FARTHER), s1))
                .penalizesBy(ExpansionConstraintProvider.SOFT_CAPACITY_UAH_PER_VISIT);
    }

    @Test
    void softCapacityIsSilentWhenHard() {
        SiteDecision s1 = site("s1", "x", "H", AccessPointKind.REMOTE_WORKPLACE, 1, false, CapacityRule.HARD, 0);
        verifier.verifyThat(ExpansionConstraintProvider::capacitySoft)
                .given(with(reaches(s1, FAR, FARTHER), s1))
                .penalizesBy(0);
    }

    @Test
    void moreProposalsOfAKindThanAskedArePenalisedPerProposalOver() {
        verifier.verifyThat(ExpansionConstraintProvider::kindLimit)
                .given(site("s1", "case:1", "H", AccessPointKind.PASSPORT_STATION, 1),
                        site("s2", "case:2", "H", AccessPointKind.PASSPORT_STATION, 1),
                        site("s3", "case:3", "H", AccessPointKind.PASSPORT_STATION, 1),
                        new KindLimit(AccessPointKind.PASSPORT_STATION, 1))
                .penalizesBy(2 * ExpansionConstraintProvider.RULE_WEIGHT);
    }

    @Test
    void proposalsWithinTheNumberAskedOrOfAnotherKindAreFine() {
        verifier.verifyThat(ExpansionConstraintProvider::kindLimit)
                .given(site("s1", "a", "H", AccessPointKind.PASSPORT_STATION, 1),
                        site("s2", "b", "H", AccessPointKind.MOBILE_CASE, 1),
                        site("s3", "c", "H", AccessPointKind.MOBILE_CASE, 1),
                        new KindLimit(AccessPointKind.PASSPORT_STATION, 1),
                        new KindLimit(AccessPointKind.MOBILE_CASE, 2))
                .penalizesBy(0);
    }
}
