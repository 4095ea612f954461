package ua.cnap.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.importing.RealServices;
import ua.cnap.planner.travel.Travel;
import ua.cnap.planner.travel.TravelTimeModel;

class PMedianPlannerRealDataTest {

    @Test
    void oneNewOfficeGoesWhereBruteForceSaysWithTodaysOfficesKept() {
        RealServices real = new RealServices();
        CoverageResult today = real.coverage.compute(new CoverageRequest("Чернівецька", AccessStandard.national(),
                null));
        TravelTimeModel model = real.travelModel.get();

        // Brute force: every settlement as the one new office, each resident going to the nearer of it
        // and today's nearest office.
        List<SettlementAccess> access = today.accessibility().settlements();
        double cap = today.accessibility().searchLimitSeconds();
        long population = access.stream().mapToLong(a -> a.settlement().population()).sum();
        double best = Double.POSITIVE_INFINITY;
        double before = 0;
        for (SettlementAccess a : access) {
            before += a.settlement().population() * Math.round(Math.min(a.nearest().seconds(), cap));
        }
        List<org.locationtech.jts.geom.Point> points = access.stream().map(a -> a.settlement().point()).toList();
        for (int j = 0; j < access.size(); j++) {
            List<Travel> toJ = model.travelTo(points.get(j), points, cap);
            double total = 0;
            for (int i = 0; i < access.size(); i++) {
                long baseline = Math.round(Math.min(access.get(i).nearest().seconds(), cap));
                long viaJ = toJ.get(i).reachable() ? Math.round(Math.min(toJ.get(i).seconds(), cap)) : Math.round(cap);
                total += access.get(i).settlement().population() * Math.min(baseline, viaJ);
            }
            best = Math.min(best, total);
        }

        // Stops once the brute-force optimum is reached; 60 s is only a backstop.
        PMedianPlanner.Result answer = new PMedianPlanner().plan(today, model, 1, Duration.ofSeconds(60),
                (long) best);

        assertThat(answer.sites()).hasSize(1);
        assertThat(answer.meanTravelTimeSecondsBefore()).isEqualTo(before / population);
        assertThat(answer.meanTravelTimeSecondsAfter()).isEqualTo(best / population);
        assertThat(answer.meanTravelTimeSecondsAfter()).isLessThan(answer.meanTravelTimeSecondsBefore());
    }
}
