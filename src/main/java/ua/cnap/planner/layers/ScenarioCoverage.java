package ua.cnap.planner.layers;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import ua.cnap.planner.coverage.CoverageKpis;
import ua.cnap.planner.coverage.CoverageReport;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.NetworkChanges;
import ua.cnap.planner.coverage.ServiceRequirement;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.ServiceKind;
import ua.cnap.planner.planning.PlanRequest;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.Proposal;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.HromadaLocator;

/**
 * Coverage before and after a change of the network, for the map: a what-if edited on the page
 * (access points added, removed or marked closed; nothing stored) and a plan's proposals opened.
 * Both go through {@link CoverageRequest#withChanges(NetworkChanges)}, so they are computed exactly
 * as today's coverage is.
 */
public final class ScenarioCoverage {

    /** Ids of added points start with this, so they never clash with a register's. */
    public static final String WHAT_IF_PREFIX = "what-if:";
    public static final String PLAN_PREFIX = "plan:";
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final int KEPT_PLAN_COMPARISONS = 20;

    private final MapLayers layers;
    private final CoverageCache coverage;
    private final Map<String, Comparison> planComparisons = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Comparison> eldest) {
                    return size() > KEPT_PLAN_COMPARISONS;
                }
            });

    public ScenarioCoverage(MapLayers layers, CoverageCache coverage) {
        this.layers = layers;
        this.coverage = coverage;
    }

    /**
     * An access point added on the map.
     *
     * @param id   the page's id for it (prefixed with {@value #WHAT_IF_PREFIX})
     * @param kind a fixed kind (mobile kinds do not count for fixed coverage)
     * @param lon  longitude
     * @param lat  latitude
     * @param name a label, may be null
     */
    public record AddedPoint(String id, AccessPointKind kind, double lon, double lat, String name) {
    }

    /**
     * Coverage of an area before and after a change.
     *
     * @param before    today's figures
     * @param after     with the change
     * @param hromadas  every hromada of the area with its share before and after
     * @param whiteSpotsBefore number of white spots today
     * @param whiteSpotsAfter  and with the change
     * @param seconds   wall time of the computation with the change
     * @param whiteSpotLayerAfter the white spots with the change, as the white-spots layer (GeoJSON), so
     *                  that the map redraws them without a second computation
     * @param settlementsChanged settlements whose coverage the change turns (id → covered with it)
     */
    public record Comparison(CoverageKpis before, CoverageKpis after, List<HromadaChange> hromadas,
            int whiteSpotsBefore, int whiteSpotsAfter, double seconds,
            @JsonRawValue String whiteSpotLayerAfter, Map<String, Boolean> settlementsChanged) {
    }

    /**
     * One hromada before and after; shares are null where no register is loaded.
     *
     * @param mainOfficeBefore an open main office (ЦНАП) stands in the hromada today; null when the
     *                         registers cannot tell main offices apart
     * @param mainOfficeAfter  and with the change (a closure can leave a hromada without one)
     */
    public record HromadaChange(String code, String name, long population, Double coveredShareBefore,
            Double coveredShareAfter, Long populationCoveredBefore, Long populationCoveredAfter,
            Boolean mainOfficeBefore, Boolean mainOfficeAfter) {
    }

    /**
     * Today's coverage of the area with points added, removed or closed. A point added on a map that shows
     * one service offers that service (and step-free access when the map asks for it): it is planned for it.
     */
    public Comparison whatIf(MapArea area, List<AddedPoint> added, Set<String> removedIds, Set<String> closedIds) {
        CoverageResult before = coverage.get(area.request());
        List<Hromada> hromadas = layers.listHromadas(before);
        HromadaLocator locator = new HromadaLocator(hromadas.stream().filter(h -> h.boundary() != null).toList());
        List<AccessPoint> points = new ArrayList<>();
        for (AddedPoint p : added) {
            if (p.kind() == null || !p.kind().isFixed()) {
                throw new BadInputException("what-if", p.id(), "an added access point needs a fixed kind"
                        + " (MAIN_OFFICE, BRANCH or REMOTE_WORKPLACE); mobile ones do not count for coverage");
            }
            Point location = WGS84.createPoint(new Coordinate(p.lon(), p.lat()));
            String hromadaCode = locator.findContaining(location).map(Hromada::code).orElse(null);
            points.add(planned(WHAT_IF_PREFIX + p.id(), "what-if", p.name() == null ? p.id() : p.name(), p.kind(),
                    location, hromadaCode, area.requirement()));
        }
        NetworkChanges changes = new NetworkChanges(points, removedIds, closedIds);
        return compare(before, coverage.compute(area.request().withChanges(changes)));
    }

    /**
     * Today's coverage of a plan's oblast, for the service it was planned for, and with its proposals
     * opened; empty while the plan has no result. A new access point offers the plan's service; a passport
     * station makes its office offer passport services; a mobile case serves by visits, not as a fixed
     * point, so the map's "after" leaves it out (the plan's own figures count it). Kept for the last
     * {@value #KEPT_PLAN_COMPARISONS} plans.
     */
    public Optional<Comparison> planComparison(String planId, PlanRequest request, PlanResult result) {
        if (result == null) {
            return Optional.empty();
        }
        Comparison kept = planComparisons.get(planId);
        if (kept != null) {
            return Optional.of(kept);
        }
        CoverageRequest today = request.coverageRequest();
        CoverageResult before = coverage.get(today);
        Map<String, AccessPoint> existing = new HashMap<>();
        before.accessPoints().forEach(p -> existing.put(p.id(), p));
        List<AccessPoint> opened = new ArrayList<>(today.changes().added());
        Set<String> replaced = new java.util.HashSet<>(today.changes().removedIds());
        for (Proposal p : result.proposals()) {
            if (p.kind() == AccessPointKind.PASSPORT_STATION) {
                AccessPoint office = existing.get(p.candidateId().substring(p.candidateId().indexOf(':') + 1));
                if (office != null) {
                    replaced.add(office.id());
                    opened.add(office.offering(ServiceKind.PASSPORT));
                }
            } else if (p.kind().isFixed()) {
                opened.add(planned(PLAN_PREFIX + planId + ":" + p.candidateId(), "plan", p.name(), p.kind(),
                        WGS84.createPoint(new Coordinate(p.lon(), p.lat())), p.hromadaCode(), request.service()));
            }
        }
        Comparison comparison = compare(before, coverage.compute(today.withChanges(
                new NetworkChanges(opened, replaced, today.changes().closedIds()))));
        planComparisons.put(planId, comparison);
        return Optional.of(comparison);
    }

    /** A new open access point, offering the service it is planned for (and step-free when that is asked). */
    private static AccessPoint planned(String id, String registerId, String name, AccessPointKind kind, Point location,
            String hromadaCode, ServiceRequirement requirement) {
        Set<ServiceKind> services = requirement.service() == null ? Set.of() : Set.of(requirement.service());
        return new AccessPoint(id, registerId, name, kind, false, services, null, AccessPointStatus.OPEN, location,
                hromadaCode, null, null, false, false, services, requirement.barrierFree() ? Boolean.TRUE : null);
    }

    /** Forgets kept plan comparisons (a register was replaced). */
    public void invalidate() {
        planComparisons.clear();
    }

    /** At hromada level "hromadas without a main office" is 1 or 0, null when the registers cannot tell. */
    private static Boolean hasMainOffice(CoverageKpis hromada) {
        Integer without = hromada.hromadasWithoutMainOffice();
        return without == null ? null : without == 0;
    }

    private Comparison compare(CoverageResult before, CoverageResult after) {
        Map<String, CoverageKpis> beforeByCode = MapLayers.kpisByHromada(before);
        Map<String, CoverageKpis> afterByCode = MapLayers.kpisByHromada(after);
        List<HromadaChange> changes = new ArrayList<>();
        for (Hromada h : layers.listHromadas(before)) {
            CoverageKpis b = beforeByCode.get(h.code());
            CoverageKpis a = afterByCode.get(h.code());
            if (b == null || a == null) {
                continue;
            }
            changes.add(new HromadaChange(h.code(), h.nameUk(), a.population(), b.coveredShare(), a.coveredShare(),
                    b.populationCovered(), a.populationCovered(), hasMainOffice(b), hasMainOffice(a)));
        }
        Set<String> withRegister = after.report().hromadaCodesWithRegister();
        Map<String, Boolean> coveredBefore = new HashMap<>();
        for (SettlementAccess s : before.accessibility().settlements()) {
            coveredBefore.put(s.settlement().id(), CoverageReport.coveredOrUnknown(s, withRegister));
        }
        Map<String, Boolean> turned = new TreeMap<>();
        for (SettlementAccess s : after.accessibility().settlements()) {
            Boolean covered = CoverageReport.coveredOrUnknown(s, withRegister);
            if (covered != null && !covered.equals(coveredBefore.get(s.settlement().id()))) {
                turned.put(s.settlement().id(), covered);
            }
        }
        String whiteSpotLayer = new String(LayerGeoJson.whiteSpots(after.whiteSpots(), MapLayers.settlementsById(after)),
                StandardCharsets.UTF_8);
        return new Comparison(before.totals(), after.totals(), changes, before.whiteSpots().size(),
                after.whiteSpots().size(), after.seconds(), whiteSpotLayer, turned);
    }
}
