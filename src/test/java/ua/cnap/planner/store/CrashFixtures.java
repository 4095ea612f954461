package ua.cnap.planner.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import ua.cnap.planner.importing.Dataset;
import ua.cnap.planner.importing.SquareHromadas;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.population.PopulationRule;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.scenario.Scenario;
import ua.cnap.planner.scenario.ScenarioFixtures;
import ua.cnap.planner.scenario.ScenarioResult;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;

/**
 * Invented data big enough that writing it takes a while (so that a kill lands inside the write or its
 * commit), made in code: a square grid of 0.1° hromadas with ten settlements and one office each, a
 * second register of many offices, a scenario result with many hromadas. Two variants of each differ
 * in their counts, so a reopened store tells which one it holds.
 */
final class CrashFixtures {

    static final String GRID_REGISTER = "crash-grid";
    static final String UPLOADED_REGISTER = "crash-upload";
    static final int SETTLEMENTS_PER_HROMADA = 10;

    private CrashFixtures() {
    }

    /** {@code side × side} hromadas. */
    static Dataset grid(int side) {
        List<Hromada> hromadas = new ArrayList<>();
        List<Settlement> settlements = new ArrayList<>();
        List<AccessPoint> offices = new ArrayList<>();
        Register register = register(GRID_REGISTER);
        for (int i = 0; i < side * side; i++) {
            String code = hromadaCode(i);
            double lon = 22 + (i / side) * 0.1;
            double lat = 45 + (i % side) * 0.1;
            hromadas.add(new Hromada(code, SquareHromadas.RAION, SquareHromadas.OBLAST, "Громада " + i, null,
                    "сільська", 1000L * SETTLEMENTS_PER_HROMADA, 0, SquareHromadas.point(lon + 0.05, lat + 0.05), null,
                    "Центр " + i, SquareHromadas.square(lon, lat, 0.1)));
            for (int k = 0; k < SETTLEMENTS_PER_HROMADA; k++) {
                settlements.add(new Settlement("crash:" + code + ":" + k, null, "Село " + k, null,
                        SquareHromadas.point(lon + 0.005 + 0.009 * k, lat + 0.005 + 0.009 * k), code, 0, 1000,
                        PopulationRule.HROMADA_CENTRE_ONLY));
            }
            offices.add(office(register.id(), i, i, lon + 0.05, lat + 0.05));
        }
        return new Dataset(List.of(new Oblast(SquareHromadas.OBLAST, "Тестова", "Test")),
                List.of(new Raion(SquareHromadas.RAION, SquareHromadas.OBLAST, "Тестовий")), hromadas, settlements,
                List.of(register), offices, List.of());
    }

    static Register register(String id) {
        return new Register(id, "Реєстр " + id, LocalDate.of(2025, 1, 1), false, SquareHromadas.OBLAST, "invented");
    }

    /** {@code count} offices of the uploaded register, in the grid's hromadas (a grid of at least 2 × 2). */
    static List<AccessPoint> uploadedOffices(int count, int side) {
        return IntStream.range(0, count)
                .mapToObj(i -> office(UPLOADED_REGISTER, i, i % (side * side), 22 + (i % (side * side) / side) * 0.1
                        + 0.01, 45 + (i % side) * 0.1 + 0.01))
                .toList();
    }

    private static AccessPoint office(String registerId, int number, int hromada, double lon, double lat) {
        return new AccessPoint(registerId + ":" + number, registerId, "ЦНАП громади " + hromada,
                AccessPointKind.MAIN_OFFICE, false, Set.of(ServiceKind.PASSPORT, ServiceKind.SOCIAL), 100,
                AccessPointStatus.OPEN, SquareHromadas.point(lon, lat), hromadaCode(hromada), null,
                "вул. Центральна, " + hromada, false, false, Set.of(ServiceKind.PASSPORT), Boolean.TRUE);
    }

    static String hromadaCode(int index) {
        return String.format("UA9902%05d00000000", index);
    }

    /** A finished scenario whose result lists {@code hromadas} hromada outcomes. */
    static Scenario scenarioWithResult(String id, int hromadas) {
        Scenario done = ScenarioFixtures.done(id, "Сценарій " + id, Instant.parse("2025-06-01T08:00:00Z"));
        ScenarioResult r = done.result();
        List<ScenarioResult.AreaOutcome> outcomes = IntStream.range(0, hromadas)
                .mapToObj(i -> new ScenarioResult.AreaOutcome(hromadaCode(i), "Громада " + i, SquareHromadas.OBLAST,
                        r.hromadas().get(0).kpis()))
                .toList();
        ScenarioResult result = new ScenarioResult(r.method(), r.complete(), r.standard(), r.travelModel(),
                r.travelModelError(), r.horizonYears(), r.assumptions(), r.totals(), r.oblasts(), outcomes,
                r.proposals(), r.solves(), r.exclusions());
        return done.finished(done.status(), done.vintage(), result, null, done.updatedAt());
    }
}
