package ua.cnap.planner.layers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.importing.RealServices;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.KnownRegisters;
import ua.cnap.planner.planning.CostAssumptions;
import ua.cnap.planner.planning.PlanDefaults;
import ua.cnap.planner.planning.PlanParameters;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.planning.StopSignal;
import ua.cnap.planner.territory.Hromada;

/** The map's layers and scenarios on the real Chernivtsi oblast (10 min or 5 km, so there are white spots). */
class MapLayersRealDataTest {

    static final String OBLAST = KnownRegisters.CHERNIVETSKA_2025.oblastCode();
    static final AccessStandard STRICT = new AccessStandard(10, 5, AccessStandard.Rule.EITHER);
    static RealServices services;
    static HromadaShapes shapes;
    static MapLayers layers;
    static ScenarioCoverage scenarios;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void wire() {
        services = new RealServices();
        shapes = new HromadaShapes(services.territory);
        CoverageCache cache = new CoverageCache(services.coverage, 4);
        layers = new MapLayers(cache, shapes, services.territory, services.network);
        scenarios = new ScenarioCoverage(layers, cache);
    }

    @Test
    void hromadasLayerHasEveryHromadaWithAPolygonAndItsShare() throws Exception {
        MapArea area = new MapArea("Chernivetska", STRICT, null);
        JsonNode layer = JSON.readTree(layers.hromadasLayer(area, 8));
        List<Hromada> hromadas = services.territory.listHromadasInOblast(OBLAST);
        long withBoundary = hromadas.stream().filter(h -> h.boundary() != null).count();
        assertThat(layer.get("features")).hasSize((int) withBoundary);
        CoverageResult result = layers.coverage(area);
        for (JsonNode feature : layer.get("features")) {
            String code = feature.get("properties").get("code").asText();
            double expected = result.report().findHromada(code).orElseThrow().coveredShare();
            assertThat(feature.get("properties").get("coveredShare").asDouble()).isEqualTo(expected);
        }
    }

    @Test
    void simplificationKeepsPolygonsValidAndDropsVerticesAtLowZoom() {
        for (Hromada h : shapes.listHromadas(OBLAST)) {
            if (h.boundary() == null) {
                continue;
            }
            Geometry country = shapes.simplified(h, 6);
            Geometry street = shapes.simplified(h, 14);
            assertThat(country.isValid()).as(h.code()).isTrue();
            assertThat(country.getNumPoints()).as(h.code()).isLessThanOrEqualTo(street.getNumPoints());
            assertThat(street.getNumPoints()).isLessThanOrEqualTo(h.boundary().getNumPoints());
            // the outline moves by at most the tolerance, so the area by at most perimeter × tolerance
            for (int zoom : new int[] {6, 8}) {
                Geometry simplified = shapes.simplified(h, zoom);
                assertThat(Math.abs(simplified.getArea() - h.boundary().getArea())).as(h.code() + " at " + zoom)
                        .isLessThanOrEqualTo(h.boundary().getLength() * HromadaShapes.toleranceDegrees(zoom));
            }
        }
        assertThat(HromadaShapes.toleranceDegrees(7)).isEqualTo(HromadaShapes.toleranceDegrees(6) / 2);
    }

    @Test
    void aHromadasTravelTimesAddUpToItsSettlements() {
        Hromada hromada = shapes.listHromadas(OBLAST).get(0);
        HromadaAccess access = layers.hromadaAccess(hromada.code(), STRICT, null);
        List<SettlementAccess> own = layers.coverage(new MapArea(OBLAST, STRICT, null)).accessibility().settlements()
                .stream().filter(s -> hromada.code().equals(s.settlement().hromadaCode())).toList();
        assertThat(access.travelTimes().stream().mapToLong(HromadaAccess.TravelTimeBucket::population).sum())
                .isEqualTo(own.stream().mapToLong(s -> s.settlement().population()).sum());
        assertThat(access.travelTimes().stream().mapToInt(HromadaAccess.TravelTimeBucket::settlements).sum())
                .isEqualTo(own.size());
        assertThat(access.nearestOffices()).isNotEmpty();
        assertThat(access.nearestOffices().get(0).populationServed())
                .isGreaterThanOrEqualTo(access.nearestOffices().get(access.nearestOffices().size() - 1).populationServed());
    }

    @Test
    void anOfficeInTheLargestWhiteSpotCoversMoreAndClosingEveryOfficeCoversNobody() {
        MapArea area = new MapArea(OBLAST, STRICT, null);
        CoverageResult today = layers.coverage(area);
        assertThat(today.whiteSpots()).isNotEmpty();
        SettlementAccess uncovered = today.accessibility().settlements().stream()
                .filter(s -> !s.covered()).max(java.util.Comparator.comparingLong(s -> s.settlement().population()))
                .orElseThrow();

        var added = new ScenarioCoverage.AddedPoint("1", AccessPointKind.REMOTE_WORKPLACE,
                uncovered.settlement().point().getX(), uncovered.settlement().point().getY(), "test");
        ScenarioCoverage.Comparison more = scenarios.whatIf(area, List.of(added), Set.of(), Set.of());
        assertThat(more.after().populationCovered())
                .isGreaterThanOrEqualTo(more.before().populationCovered() + uncovered.settlement().population());
        assertThat(more.before().populationCovered()).isEqualTo(today.totals().populationCovered());

        Set<String> all = new java.util.HashSet<>();
        layers.listAccessPoints(today).forEach(p -> all.add(p.id()));
        ScenarioCoverage.Comparison none = scenarios.whatIf(area, List.of(), Set.of(), all);
        assertThat(none.after().populationCovered()).isZero();
        assertThat(none.hromadas()).allSatisfy(h -> assertThat(h.coveredShareAfter()).isIn(0.0, null));
    }

    /** The map for one service: only the points whose register says they offer it count. */
    @Test
    void theMapForOneServiceCountsThePointsOfferingItAndLeavesUntoldServicesUnknown() throws Exception {
        AccessStandard national = new AccessStandard(30, 14, AccessStandard.Rule.EITHER);
        MapArea any = new MapArea(OBLAST, national, null);
        MapArea passport = new MapArea(OBLAST, national, null, null, ServiceRequirement.parse("PASSPORT", false, "s"));
        AreaKpis anyKpis = layers.kpis(any);
        AreaKpis passportKpis = layers.kpis(passport);
        assertThat(anyKpis.service()).as("any point: no service note").isNull();
        assertThat(passportKpis.service().service()).isEqualTo("PASSPORT");
        assertThat(passportKpis.service().accessPointsMeeting()).isPositive();
        assertThat(passportKpis.kpis().coveredShare()).isLessThan(anyKpis.kpis().coveredShare());
        assertThat(passportKpis.whiteSpots()).isGreaterThan(anyKpis.whiteSpots());

        // the Chernivtsi register tells nothing about residence registration: unknown, never 0 %
        MapArea residence = new MapArea(OBLAST, national, null, null, ServiceRequirement.parse("RESIDENCE", false, "s"));
        AreaKpis residenceKpis = layers.kpis(residence);
        assertThat(residenceKpis.kpis().populationCovered()).isNull();
        assertThat(residenceKpis.kpis().coveredShare()).isNull();
        assertThat(residenceKpis.service().registersNotTelling()).containsExactly(KnownRegisters.CHERNIVETSKA_2025.id());
        JsonNode hromadas = JSON.readTree(layers.hromadasLayer(residence, 8));
        assertThat(hromadas.get("features")).allSatisfy(f -> assertThat(f.get("properties").get("coveredShare").isNull())
                .isTrue());

        // a point added on the passport map offers passports: it covers the largest settlement beyond reach
        SettlementAccess uncovered = layers.coverage(passport).accessibility().settlements().stream()
                .filter(s -> !s.covered()).max(java.util.Comparator.comparingLong(s -> s.settlement().population()))
                .orElseThrow();
        ScenarioCoverage.Comparison whatIf = scenarios.whatIf(passport, List.of(new ScenarioCoverage.AddedPoint("p",
                AccessPointKind.REMOTE_WORKPLACE, uncovered.settlement().point().getX(),
                uncovered.settlement().point().getY(), "test")), Set.of(), Set.of());
        assertThat(whatIf.before().populationCovered()).isEqualTo(passportKpis.kpis().populationCovered());
        assertThat(whatIf.after().populationCovered())
                .isGreaterThanOrEqualTo(whatIf.before().populationCovered() + uncovered.settlement().population());
    }

    /** A passport plan on the map: the offices given a station offer passports in the "after" figures. */
    @Test
    void aPassportPlansStationsCountOnTheMapAsThePlanCountsThem() {
        PlanDefaults defaults = new PlanDefaults(CostAssumptions.defaults(), 3);
        PlanRequest request = new PlanParameters(OBLAST, null, null, 30.0, 14.0, null, "none", null, null, 5, 20,
                null, null, null, null, "PASSPORT", null, 2, null).toRequest(defaults, STRICT);
        PlanningService planning = new PlanningService(services.coverage, services.territory, services.network,
                services.travelModel);
        PlanResult plan = planning.solve(request, planning.prepare(request), null, step -> { }, new StopSignal());
        assertThat(plan.proposals()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(AccessPointKind.PASSPORT_STATION));

        ScenarioCoverage.Comparison onTheMap = scenarios.planComparison("passport-plan", request, plan).orElseThrow();
        assertThat(onTheMap.before().populationCovered()).isEqualTo(plan.populationCoveredBefore());
        assertThat(onTheMap.after().populationCovered()).isEqualTo(plan.populationCoveredAfter());
    }
}
