package ua.cnap.planner.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import ua.cnap.planner.coverage.CoverageKpis;
import ua.cnap.planner.coverage.CoverageReport;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.CoverageSensitivity;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.coverage.WhiteSpot;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.Proposal;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;

/**
 * Builds the planner's export layers from a coverage result (and a plan for proposals): the schema
 * of each layer is declared here, once, for every format.
 *
 * <p>Travel minutes of a hromada are population-weighted over its reachable settlements (mean, and
 * the lower weighted median); null where none is reachable or no register is loaded.
 */
public final class PlannerLayers {

    private final MapStyles styles;

    public PlannerLayers(MapStyles styles) {
        this.styles = styles;
    }

    static final List<Attribute> HROMADA_ATTRIBUTES = List.of(
            Attribute.text("code"), Attribute.text("nameUk"), Attribute.text("nameEn"),
            Attribute.text("raionCode"), Attribute.text("raionName"), Attribute.text("oblastCode"),
            Attribute.text("oblastName"), Attribute.integer("population"), Attribute.integer("populationCovered"),
            Attribute.real("coveredShare"), Attribute.real("meanTravelMinutes"), Attribute.real("medianTravelMinutes"),
            Attribute.integer("uncoveredSettlements"), Attribute.bool("hasMainOffice"), Attribute.bool("excluded"),
            // the sensitivity band (CoverageSensitivity): share covered if trips were longer / shorter by percent
            Attribute.real("sensitivityPercent"), Attribute.real("coveredShareIfSlower"),
            Attribute.real("coveredShareIfFaster"));

    static final List<Attribute> SETTLEMENT_ATTRIBUTES = List.of(
            Attribute.text("id"), Attribute.text("katottgCode"), Attribute.text("name"), Attribute.text("hromadaCode"),
            Attribute.integer("population"), Attribute.text("nearestAccessPointId"),
            Attribute.text("nearestAccessPointKind"), Attribute.integer("travelTimeSeconds"),
            Attribute.integer("distanceMeters"), Attribute.bool("covered"));

    static final List<Attribute> ACCESS_POINT_ATTRIBUTES = List.of(
            Attribute.text("id"), Attribute.text("registerId"), Attribute.text("kind"), Attribute.text("name"),
            Attribute.text("services"), Attribute.text("status"), Attribute.text("hromadaCode"),
            Attribute.bool("diaCentre"), Attribute.text("address"));

    static final List<Attribute> WHITE_SPOT_ATTRIBUTES = List.of(
            Attribute.text("id"), Attribute.integer("population"), Attribute.integer("settlementCount"),
            Attribute.text("hromadaCode"), Attribute.text("oblastCode"));

    static final List<Attribute> PROPOSAL_ATTRIBUTES = List.of(
            Attribute.text("kind"), Attribute.text("candidateId"), Attribute.text("settlementId"),
            Attribute.text("name"), Attribute.text("hromadaCode"), Attribute.integer("costUah"),
            Attribute.integer("newlyCoveredPopulation"), Attribute.integer("newlyCoveredPopulationAlone"),
            Attribute.real("costPerNewlyCoveredResidentUah"));

    /**
     * @param hromadas the hromadas of the result's area, with their polygons
     */
    public ExportLayer hromadas(CoverageResult result, List<Hromada> hromadas, List<Raion> raions,
            List<Oblast> oblasts) {
        Map<String, String> raionNames = raions.stream().collect(Collectors.toMap(Raion::code, Raion::nameUk, (a, b) -> a));
        Map<String, String> oblastNames = oblasts.stream().collect(Collectors.toMap(Oblast::code, Oblast::nameUk, (a, b) -> a));
        Map<String, List<SettlementAccess>> byHromada = new HashMap<>();
        result.accessibility().settlements()
                .forEach(s -> byHromada.computeIfAbsent(s.settlement().hromadaCode(), c -> new ArrayList<>()).add(s));
        Map<String, CoverageSensitivity> bands = CoverageSensitivity.byHromada(result);
        List<ExportFeature> features = new ArrayList<>();
        for (Hromada hromada : hromadas) {
            Optional<CoverageKpis> found = result.report().findHromada(hromada.code());
            CoverageKpis kpis = found.orElse(null);
            List<SettlementAccess> own = byHromada.getOrDefault(hromada.code(), List.of());
            boolean loaded = kpis != null && kpis.registerLoaded();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("code", hromada.code());
            values.put("nameUk", hromada.nameUk());
            values.put("nameEn", hromada.nameEn());
            values.put("raionCode", hromada.raionCode());
            values.put("raionName", raionNames.get(hromada.raionCode()));
            values.put("oblastCode", hromada.oblastCode());
            values.put("oblastName", oblastNames.get(hromada.oblastCode()));
            values.put("population", kpis == null ? 0L : kpis.population());
            values.put("populationCovered", kpis == null ? null : kpis.populationCovered());
            values.put("coveredShare", kpis == null ? null : kpis.coveredShare());
            values.put("meanTravelMinutes", loaded ? minutes(CoverageReport.weightedMeanSeconds(own)) : null);
            values.put("medianTravelMinutes", loaded ? minutes(CoverageReport.weightedQuantileSeconds(own, 0.5)) : null);
            values.put("uncoveredSettlements", kpis == null || kpis.uncoveredSettlements() == null ? null
                    : kpis.uncoveredSettlements().longValue());
            values.put("hasMainOffice", kpis == null || kpis.hromadasWithoutMainOffice() == null ? null
                    : kpis.hromadasWithoutMainOffice() == 0);
            values.put("excluded", result.exclusions().excludedHromadaCodes().contains(hromada.code()));
            CoverageSensitivity band = bands.get(hromada.code());
            values.put("sensitivityPercent", band == null || band.percent() == null ? null
                    : Math.round(band.percent() * 100) / 100.0);
            values.put("coveredShareIfSlower", band == null ? null : band.coveredShareIfSlower());
            values.put("coveredShareIfFaster", band == null ? null : band.coveredShareIfFaster());
            features.add(new ExportFeature(hromada.boundary(), values,
                    styles.hromada(loaded ? kpis.coveredShare() : null)));
        }
        return new ExportLayer(StandardLayer.HROMADAS.layerName(), GeometryKind.MULTIPOLYGON, HROMADA_ATTRIBUTES,
                features);
    }

    public ExportLayer settlements(CoverageResult result) {
        Map<String, AccessPoint> accessPoints = new HashMap<>();
        result.accessPoints().forEach(p -> accessPoints.put(p.id(), p));
        List<ExportFeature> features = new ArrayList<>();
        // where no register covers the settlement its coverage is unknown: empty, never false
        java.util.Set<String> known = result.report().hromadaCodesWithRegister();
        for (SettlementAccess access : result.accessibility().settlements()) {
            Boolean covered = CoverageReport.coveredOrUnknown(access, known);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("id", access.settlement().id());
            values.put("katottgCode", access.settlement().katottgCode());
            values.put("name", access.settlement().nameUk());
            values.put("hromadaCode", access.settlement().hromadaCode());
            values.put("population", access.settlement().population());
            values.put("nearestAccessPointId", access.nearestAccessPointId());
            AccessPoint nearest = access.nearestAccessPointId() == null ? null
                    : accessPoints.get(access.nearestAccessPointId());
            values.put("nearestAccessPointKind", nearest == null ? null : nearest.kind().name());
            values.put("travelTimeSeconds", access.reachable() ? Math.round(access.nearest().seconds()) : null);
            values.put("distanceMeters", access.reachable() ? Math.round(access.nearest().meters()) : null);
            values.put("covered", covered);
            features.add(new ExportFeature(access.settlement().point(), values, styles.settlement(covered)));
        }
        return new ExportLayer(StandardLayer.SETTLEMENTS.layerName(), GeometryKind.POINT, SETTLEMENT_ATTRIBUTES,
                features);
    }

    /** The registers' access points as the result used them (closures show as TEMPORARILY_CLOSED). */
    public ExportLayer accessPoints(CoverageResult result) {
        List<ExportFeature> features = new ArrayList<>();
        for (AccessPoint point : result.accessPoints()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("id", point.id());
            values.put("registerId", point.registerId());
            values.put("kind", point.kind().name());
            values.put("name", point.name());
            values.put("services", point.services().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            values.put("status", point.status().name());
            values.put("hromadaCode", point.hromadaCode());
            values.put("diaCentre", point.diaCentre());
            values.put("address", point.address());
            features.add(new ExportFeature(point.location(), values, styles.accessPoint(point.kind(), point.status())));
        }
        return new ExportLayer(StandardLayer.ACCESS_POINTS.layerName(), GeometryKind.POINT, ACCESS_POINT_ATTRIBUTES,
                features);
    }

    /** White spots; each names the hromada holding most of its population (ties: lower code). */
    public ExportLayer whiteSpots(CoverageResult result) {
        Map<String, SettlementAccess> byId = new HashMap<>();
        result.accessibility().settlements().forEach(s -> byId.put(s.settlement().id(), s));
        List<ExportFeature> features = new ArrayList<>();
        for (WhiteSpot spot : result.whiteSpots()) {
            Map<String, Long> populationByHromada = new java.util.TreeMap<>();
            for (String id : spot.settlementIds()) {
                SettlementAccess s = byId.get(id);
                if (s != null && s.settlement().hromadaCode() != null) {
                    populationByHromada.merge(s.settlement().hromadaCode(), s.settlement().population(), Long::sum);
                }
            }
            String hromada = populationByHromada.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed()))
                    .map(Map.Entry::getKey).orElse(null);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("id", spot.id());
            values.put("population", spot.population());
            values.put("settlementCount", (long) spot.settlementCount());
            values.put("hromadaCode", hromada);
            values.put("oblastCode", spot.oblastCode());
            features.add(new ExportFeature(spot.area(), values, styles.whiteSpot()));
        }
        return new ExportLayer(StandardLayer.WHITE_SPOTS.layerName(), GeometryKind.MULTIPOLYGON, WHITE_SPOT_ATTRIBUTES,
                features);
    }

    public ExportLayer proposals(PlanResult plan) {
        List<ExportFeature> features = new ArrayList<>();
        for (Proposal proposal : plan.proposals()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("kind", proposal.kind().name());
            values.put("candidateId", proposal.candidateId());
            values.put("settlementId", proposal.settlementId());
            values.put("name", proposal.name());
            values.put("hromadaCode", proposal.hromadaCode());
            values.put("costUah", proposal.costUah());
            values.put("newlyCoveredPopulation", proposal.newlyCoveredPopulation());
            values.put("newlyCoveredPopulationAlone", proposal.newlyCoveredPopulationAlone());
            values.put("costPerNewlyCoveredResidentUah", proposal.costPerNewlyCoveredResidentUah());
            Geometry point = Wgs84.point(proposal.lon(), proposal.lat(), "plan", proposal.candidateId());
            features.add(new ExportFeature(point, values, styles.proposal(proposal.kind())));
        }
        return new ExportLayer(StandardLayer.PROPOSALS.layerName(), GeometryKind.POINT, PROPOSAL_ATTRIBUTES, features);
    }

    private static Double minutes(Double seconds) {
        return seconds == null ? null : Math.round(seconds / 6.0) / 10.0;
    }
}
