package ua.cnap.planner.routing.mobile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.coverage.NetworkChanges;
import ua.cnap.planner.coverage.SettlementAccess;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.planning.StopSignal;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;
import ua.cnap.planner.planning.PlanningService;
import ua.cnap.planner.planning.Proposal;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.travel.Travel;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * Mobile routes from the store: the CLI's {@code routes}, runs of kind ROUTES and tests call this.
 *
 * <p>Input: the settlements beyond the standard in the oblast (or one hromada), after a siting plan
 * when one is asked for (joint plan: sites first, then routes). Depots: the access points named in
 * the request, else chosen greedily among the oblast's open offices that the register says already
 * hold a vehicle of the kind (else its main offices, else any open fixed point) so as to minimise
 * the residents' weighted driving time to the depot (a greedy p-median; good enough to place a
 * handful of vehicles, and the planner can name depots).
 */
public final class MobileRouteService {

    private final CoverageService coverage;
    private final PlanningService planning;
    private final AccessPointRepository network;
    private final Supplier<TravelTimeModel> travelModel;
    private final MobileRouteSolver solver = new MobileRouteSolver();

    public MobileRouteService(CoverageService coverage, PlanningService planning, AccessPointRepository network,
            Supplier<TravelTimeModel> travelModel) {
        this.coverage = coverage;
        this.planning = planning;
        this.network = network;
        this.travelModel = travelModel;
    }

    /** Solves in the calling thread. */
    public MobileRouteResult solve(MobileRouteRequest request) {
        return solve(request, progress -> { }, new MobileRouteSolver.Cancellation());
    }

    /**
     * Solves on the calling thread (runs call this on their executor's thread), reporting every
     * improvement; a stop requested through {@code stop} ends the search with its best schedule so far.
     */
    public MobileRouteResult solve(MobileRouteRequest request,
            java.util.function.Consumer<MobileRouteSolver.Progress> onProgress, StopSignal stop) {
        MobileRouteSolver.Cancellation cancellation = new MobileRouteSolver.Cancellation();
        stop.onRequest(cancellation::cancel);
        return solve(request, onProgress, cancellation);
    }

    MobileRouteResult solve(MobileRouteRequest request, java.util.function.Consumer<MobileRouteSolver.Progress> onProgress,
            MobileRouteSolver.Cancellation cancellation) {
        Siting siting = request.sitingPlan() == null ? null : site(request);
        NetworkChanges changes = siting == null ? request.changes() : siting.changes();
        CoverageResult covered = coverage.compute(new CoverageRequest(request.oblast(), request.standard(),
                request.register(), changes, request.exclusions(), request.exclusionChoice()));
        List<Settlement> uncovered = covered.accessibility().settlements().stream()
                .filter(s -> !s.covered())
                .map(SettlementAccess::settlement)
                .filter(s -> request.hromadaCode() == null || request.hromadaCode().equals(s.hromadaCode()))
                .filter(s -> s.population() > 0)
                .sorted(Comparator.comparing(Settlement::id))
                .toList();
        if (request.hromadaCode() != null && covered.report().findHromada(request.hromadaCode()).isEmpty()) {
            throw new BadInputException("--hromada", request.hromadaCode(), "no such hromada in "
                    + covered.oblast().nameUk());
        }
        List<AccessPoint> accessPoints = changes.applyTo(accessPointsOf(covered));
        TravelTimeModel model = travelModel.get();
        DepotChoice depots = chooseDepots(request, covered, accessPoints, uncovered, model);
        MobileRoutingProblem problem = problem(request, depots, uncovered, model);
        MobileRoutePlan plan = solver.solve(problem, request.limits(), model.name(), onProgress, cancellation);

        long routesYearly = plan.costs().perYearUah();
        long sitingYearly = siting == null ? 0 : siting.summary().yearlyUah();
        String input = (siting == null ? "settlements beyond the standard on today's network"
                : "settlements still beyond the standard after the siting plan")
                + (request.hromadaCode() == null ? "" : " in hromada " + request.hromadaCode());
        return new MobileRouteResult(covered.oblast().code(), covered.oblast().nameUk(), request.hromadaCode(),
                request.standard(), input, uncovered.stream().mapToLong(Settlement::population).sum(),
                depots.description(), model.error().orElse(null), plan,
                siting == null ? null : siting.summary(),
                new MobileRouteResult.YearlyCost(sitingYearly, routesYearly, sitingYearly + routesYearly),
                covered.exclusions());
    }

    /** The travel model the routes were computed with: the GeoJSON draws its paths. */
    public TravelTimeModel travelModel() {
        return travelModel.get();
    }

    // ---- joint plan

    private record Siting(NetworkChanges changes, MobileRouteResult.Siting summary) {
    }

    private Siting site(MobileRouteRequest request) {
        PlanResult plan = planning.solve(request.sitingPlan());
        List<AccessPoint> opened = new ArrayList<>();
        List<MobileRouteResult.SitedPoint> sited = new ArrayList<>();
        long oneOff = 0;
        long yearly = 0;
        for (Proposal proposal : plan.proposals()) {
            String id = "proposal:" + proposal.candidateId() + ":" + proposal.kind();
            opened.add(new AccessPoint(id, "proposal", proposal.name(), proposal.kind(), false, Set.of(), null,
                    AccessPointStatus.OPEN, travelModelPoint(proposal.lon(), proposal.lat()), proposal.hromadaCode(),
                    null, null, false, false));
            sited.add(new MobileRouteResult.SitedPoint(id, proposal.kind().name(), proposal.settlementId(),
                    proposal.name(), proposal.lon(), proposal.lat()));
            KindAssumptions cost = plan.assumptions().get(proposal.kind());
            if (cost != null) {
                oneOff += cost.oneOffCostUah();
                yearly += cost.yearlyCostUah();
            }
        }
        List<AccessPoint> added = new ArrayList<>(request.changes().added());
        added.addAll(opened);
        NetworkChanges changes = new NetworkChanges(added, request.changes().removedIds(),
                request.changes().closedIds());
        return new Siting(changes, new MobileRouteResult.Siting(sited, oneOff, yearly,
                plan.populationCoveredBefore(), plan.populationCoveredAfter()));
    }

    private static Point travelModelPoint(double lon, double lat) {
        return ua.cnap.planner.io.Wgs84.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
    }

    // ---- depots

    private record DepotChoice(List<AccessPoint> depots, List<Integer> depotOfVehicle, String description) {
    }

    private List<AccessPoint> accessPointsOf(CoverageResult covered) {
        List<AccessPoint> points = new ArrayList<>();
        for (Register register : covered.registers()) {
            points.addAll(network.listAccessPoints(register.id()));
        }
        return points;
    }

    private DepotChoice chooseDepots(MobileRouteRequest request, CoverageResult covered, List<AccessPoint> points,
            List<Settlement> uncovered, TravelTimeModel model) {
        if (!request.depotIds().isEmpty()) {
            Map<String, AccessPoint> byId = points.stream()
                    .collect(Collectors.toMap(AccessPoint::id, p -> p, (a, b) -> a, LinkedHashMap::new));
            List<AccessPoint> depots = new ArrayList<>();
            for (String id : request.depotIds()) {
                AccessPoint depot = byId.get(id);
                if (depot == null) {
                    throw new BadInputException("--depot", id, "no such access point in the registers used ("
                            + covered.registers().stream().map(Register::id).collect(Collectors.joining(", ")) + ")");
                }
                if (depot.status() != AccessPointStatus.OPEN) {
                    throw new BadInputException("--depot", id, "this access point is temporarily closed");
                }
                depots.add(depot);
            }
            return new DepotChoice(depots, roundRobin(request.vehicles(), depots.size()), "named in the request");
        }
        String oblastCode = covered.oblast().code();
        Set<String> oblastHromadas = covered.report().hromadas().stream()
                .map(k -> k.code()).collect(Collectors.toSet());
        List<AccessPoint> open = points.stream()
                .filter(p -> p.status() == AccessPointStatus.OPEN && p.kind().isFixed())
                .filter(p -> p.hromadaCode() != null && oblastHromadas.contains(p.hromadaCode()))
                .sorted(Comparator.comparing(AccessPoint::id))
                .toList();
        List<AccessPoint> holding = open.stream()
                .filter(p -> request.kind() == AccessPointKind.MOBILE_OFFICE ? p.hasMobileOffice() : p.hasMobileCase())
                .toList();
        List<AccessPoint> mainOffices = open.stream().filter(p -> p.kind() == AccessPointKind.MAIN_OFFICE).toList();
        List<AccessPoint> candidates;
        String pool;
        if (!holding.isEmpty()) {
            candidates = holding;
            pool = "offices whose register says they hold a " + label(request.kind());
        } else if (!mainOffices.isEmpty()) {
            candidates = mainOffices;
            pool = "main offices (no office in the register holds a " + label(request.kind()) + ")";
        } else if (!open.isEmpty()) {
            candidates = open;
            pool = "open fixed access points";
        } else {
            throw new BadInputException("--oblast", oblastCode, "no open access point in the oblast to base vehicles at");
        }
        List<Integer> picked = greedyMedian(candidates, uncovered, request.vehicles(), model);
        List<AccessPoint> depots = picked.stream().map(candidates::get).toList();
        return new DepotChoice(depots, roundRobin(request.vehicles(), depots.size()),
                "chosen among " + candidates.size() + " " + pool
                        + ", nearest by driving time to the residents to visit (greedy)");
    }

    private static String label(AccessPointKind kind) {
        return kind == AccessPointKind.MOBILE_OFFICE ? "mobile office" : "mobile case";
    }

    private static List<Integer> roundRobin(int vehicles, int depots) {
        List<Integer> depotOfVehicle = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            depotOfVehicle.add(v % depots);
        }
        return depotOfVehicle;
    }

    /** Greedy: add the candidate that most lowers Σ residents × time to their nearest chosen depot. */
    private static List<Integer> greedyMedian(List<AccessPoint> candidates, List<Settlement> demand, int count,
            TravelTimeModel model) {
        List<Point> origins = demand.stream().map(Settlement::point).toList();
        double[][] seconds = new double[candidates.size()][];
        for (int c = 0; c < candidates.size(); c++) {
            List<Travel> travel = model.travelTo(candidates.get(c).location(), origins, 4 * 3600);
            seconds[c] = travel.stream().mapToDouble(t -> t.reachable() ? t.seconds() : 4 * 3600).toArray();
        }
        double[] best = new double[demand.size()];
        java.util.Arrays.fill(best, 4 * 3600);
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < Math.min(count, candidates.size())) {
            int bestCandidate = -1;
            double bestTotal = Double.POSITIVE_INFINITY;
            for (int c = 0; c < candidates.size(); c++) {
                if (picked.contains(c)) {
                    continue;
                }
                double total = 0;
                for (int s = 0; s < demand.size(); s++) {
                    total += demand.get(s).population() * Math.min(best[s], seconds[c][s]);
                }
                if (total < bestTotal) {
                    bestTotal = total;
                    bestCandidate = c;
                }
            }
            picked.add(bestCandidate);
            for (int s = 0; s < demand.size(); s++) {
                best[s] = Math.min(best[s], seconds[bestCandidate][s]);
            }
        }
        return picked;
    }

    // ---- the routing problem

    private static MobileRoutingProblem problem(MobileRouteRequest request, DepotChoice choice,
            List<Settlement> uncovered, TravelTimeModel model) {
        List<MobileRoutingProblem.Depot> depots = choice.depots().stream()
                .map(p -> new MobileRoutingProblem.Depot(p.id(), p.name(), p.location())).toList();
        List<MobileRoutingProblem.FleetVehicle> vehicles = new ArrayList<>();
        String prefix = request.kind() == AccessPointKind.MOBILE_OFFICE ? "mobile-office-" : "mobile-case-";
        for (int v = 0; v < request.vehicles(); v++) {
            vehicles.add(new MobileRoutingProblem.FleetVehicle(prefix + (v + 1), request.kind(),
                    choice.depotOfVehicle().get(v)));
        }
        VisitRules rules = request.visitRules();
        List<MobileRoutingProblem.Place> places = uncovered.stream()
                .map(s -> new MobileRoutingProblem.Place(s.id(), s.katottgCode(), s.nameUk(), s.hromadaCode(),
                        s.population(), s.point(), rules.requiredVisits(s.population()),
                        rules.serviceSeconds(s.population())))
                .toList();
        List<Point> nodes = new ArrayList<>();
        depots.forEach(d -> nodes.add(d.location()));
        places.forEach(p -> nodes.add(p.location()));
        int n = nodes.size();
        long[][] seconds = new long[n][n];
        long[][] meters = new long[n][n];
        // a trip longer than a shift can never be driven in one: such pairs stay "unreachable"
        long unreachable = request.shiftSeconds() * 10;
        for (int to = 0; to < n; to++) {
            List<Travel> travel = model.travelTo(nodes.get(to), nodes, request.shiftSeconds());
            for (int from = 0; from < n; from++) {
                Travel t = travel.get(from);
                seconds[from][to] = from == to ? 0 : t.reachable() ? Math.round(t.seconds()) : unreachable;
                meters[from][to] = from == to ? 0 : t.reachable() ? Math.round(t.meters()) : 0;
            }
        }
        return new MobileRoutingProblem(depots, vehicles, places, seconds, meters, request.cycleDays(),
                request.shiftSeconds(), request.minSpacingDays(), request.costs());
    }
}
