package ua.cnap.planner.coverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.network.AccessPointStatus;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.population.SettlementRepository;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.TerritoryRepository;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * Computes coverage for an oblast or the country from the store: the CLI's {@code coverage}, the
 * web API and the benchmark all call this.
 *
 * <p>Which access points count: by default the current (non-historical) registers of the oblast, or
 * all current registers for the country; a register named in the request replaces them (the 2017
 * map, say). All access points of the chosen registers are used, also those across the oblast's
 * border, since residents may go there. An oblast that no chosen register covers is reported as
 * such, never as 0 % coverage.
 */
public final class CoverageService {

    private final TerritoryRepository territory;
    private final SettlementRepository settlements;
    private final AccessPointRepository network;
    private final Supplier<TravelTimeModel> travelModel;
    private final AccessibilityCalculator calculator;
    private final WhiteSpotFinder whiteSpotFinder;
    private final TerritoryExclusionSource exclusionSource;

    /**
     * @param travelModel supplies the travel-time model on first use (fitting or loading it takes
     *                    time that a server should not spend at start-up)
     */
    public CoverageService(TerritoryRepository territory, SettlementRepository settlements,
            AccessPointRepository network, Supplier<TravelTimeModel> travelModel,
            AccessibilityCalculator calculator, WhiteSpotFinder whiteSpotFinder) {
        this(territory, settlements, network, travelModel, calculator, whiteSpotFinder, null);
    }

    /**
     * @param exclusionSource turns a request's {@link ExclusionChoice} into territories (the Order 376
     *                        list); null: no list is available, the default leaves nothing out and
     *                        says so, an explicit request to exclude is refused
     */
    public CoverageService(TerritoryRepository territory, SettlementRepository settlements,
            AccessPointRepository network, Supplier<TravelTimeModel> travelModel,
            AccessibilityCalculator calculator, WhiteSpotFinder whiteSpotFinder,
            TerritoryExclusionSource exclusionSource) {
        this.exclusionSource = exclusionSource;
        this.territory = territory;
        this.settlements = settlements;
        this.network = network;
        this.travelModel = travelModel;
        this.calculator = calculator;
        this.whiteSpotFinder = whiteSpotFinder;
    }

    public CoverageResult compute(CoverageRequest request) {
        long started = System.nanoTime();
        List<Oblast> oblasts = territory.listOblasts();
        if (oblasts.isEmpty()) {
            throw new BadInputException("store", null, "nothing imported yet: run `cnap-planner import` first");
        }
        Oblast oblast = request.isCountry() ? null : resolveOblast(request.oblast(), oblasts);
        List<Hromada> hromadas = oblast == null ? territory.listHromadas()
                : territory.listHromadasInOblast(oblast.code());
        List<Settlement> demand = oblast == null ? settlements.listSettlements()
                : settlements.listSettlementsInOblast(oblast.code());
        TerritoryExclusions exclusions = exclusionsFor(request);
        List<Settlement> excluded = demand.stream().filter(exclusions::excludes).toList();
        if (!excluded.isEmpty()) {
            demand = demand.stream().filter(s -> !exclusions.excludes(s)).toList();
        }

        List<Register> registers = chooseRegisters(request, oblast);
        List<AccessPoint> accessPoints = new ArrayList<>();
        registers.forEach(r -> accessPoints.addAll(network.listAccessPoints(r.id())));
        // access points standing in an excluded hromada count as closed, like those the request closes
        Set<String> closedIds = new TreeSet<>(request.changes().closedIds());
        accessPoints.stream().filter(p -> exclusions.excludesHromada(p.hromadaCode()))
                .forEach(p -> closedIds.add(p.id()));
        NetworkChanges changes = new NetworkChanges(request.changes().added(), request.changes().removedIds(),
                closedIds);
        List<AccessPoint> usedAccessPoints = changes.applyTo(accessPoints);
        ServiceRequirement requirement = request.requirement();
        Set<String> oblastsWithRegister;
        List<AccessPoint> countedAccessPoints;
        ServiceCoverageNote serviceNote = null;
        if (requirement.isAny()) {
            oblastsWithRegister = oblastsCovered(registers, oblasts);
            countedAccessPoints = usedAccessPoints;
        } else {
            // a register that says nothing about the requirement for any point leaves its oblasts unknown
            List<Register> telling = registers.stream().filter(r -> accessPoints.stream()
                    .anyMatch(p -> p.registerId().equals(r.id()) && requirement.toldBy(p))).toList();
            oblastsWithRegister = oblastsCovered(telling, oblasts);
            countedAccessPoints = usedAccessPoints.stream().filter(requirement::metBy).toList();
            int notTelling = (int) usedAccessPoints.stream()
                    .filter(p -> p.status() == AccessPointStatus.OPEN && !requirement.toldBy(p)).count();
            int meeting = (int) countedAccessPoints.stream().filter(p -> p.status() == AccessPointStatus.OPEN).count();
            serviceNote = ServiceCoverageNote.of(requirement, meeting, notTelling, registers.stream()
                    .filter(r -> !telling.contains(r)).map(Register::id).toList());
        }

        Accessibility accessibility = calculator.compute(demand, countedAccessPoints, travelModel.get(),
                request.standard());
        CoverageReport report = CoverageReport.aggregate(accessibility, hromadas, territory.listRaions(), oblasts,
                usedAccessPoints, oblastsWithRegister, excluded, MainOfficeEvidence.unknownReason(registers).orElse(null));
        List<WhiteSpot> whiteSpots = whiteSpotFinder.find(accessibility, hromadas, oblastsWithRegister);
        double seconds = Math.round((System.nanoTime() - started) / 1e7) / 100.0;
        List<String> closed = usedAccessPoints.stream().filter(p -> p.status() != AccessPointStatus.OPEN)
                .map(AccessPoint::id).sorted().toList();
        List<String> excludedHromadas = hromadas.stream().map(Hromada::code).filter(exclusions::excludesHromada)
                .sorted().toList();
        // a hromada left out whole whose settlements are not in the store still leaves out its people
        Set<String> withSettlements = new java.util.HashSet<>();
        excluded.forEach(s -> withSettlements.add(s.hromadaCode()));
        long excludedPopulation = excluded.stream().mapToLong(Settlement::population).sum()
                + hromadas.stream().filter(h -> exclusions.excludesHromada(h.code()))
                        .filter(h -> !withSettlements.contains(h.code())).mapToLong(Hromada::population2022).sum();
        Set<String> areaHromadas = hromadas.stream().map(Hromada::code).collect(Collectors.toSet());
        ExclusionSummary summary = ExclusionSummary.of(exclusions.source(), excludedPopulation, excluded.size(),
                excludedHromadas, closed, exclusions.basis(),
                (int) excluded.stream().filter(s -> exclusions.settlementIds().contains(s.id())).count(),
                exclusions.hromadasListedBySettlements().stream().filter(areaHromadas::contains).toList());
        return new CoverageResult(oblast, registers, accessibility, report, whiteSpots, seconds, usedAccessPoints,
                summary, requirement, serviceNote);
    }

    /**
     * The request's exclusions: those given by hand when there are any, else its choice turned into
     * territories by the source (the Order 376 list).
     */
    private TerritoryExclusions exclusionsFor(CoverageRequest request) {
        if (!request.exclusions().isEmpty()) {
            return request.exclusions();
        }
        ExclusionChoice choice = request.exclusionChoice();
        if (exclusionSource != null) {
            return exclusionSource.resolve(choice);
        }
        if (choice.exclude() && choice.asked()) {
            throw new BadInputException("store", "Order 376 list", "no list of occupied and hostility territories "
                    + "is available to exclude");
        }
        return TerritoryExclusions.none(new ExclusionBasis(choice.exclude(), false, null, List.of(), null,
                choice.exclude() ? "no Order 376 list available: occupied territories and those of hostilities "
                        + "are not left out" : "occupied territories and those of hostilities included on request"));
    }

    /** By code, Ukrainian name (with or without "область") or Latin name, ignoring case. */
    public static Oblast resolveOblast(String query, List<Oblast> oblasts) {
        String wanted = normalise(query);
        for (Oblast oblast : oblasts) {
            if (oblast.code().equalsIgnoreCase(query.strip()) || normalise(oblast.nameUk()).equals(wanted)
                    || (oblast.nameEn() != null && normalise(oblast.nameEn()).equals(wanted))) {
                return oblast;
            }
        }
        throw new BadInputException("--oblast", query, "no such oblast; use a KATOTTG code, one of "
                + oblasts.stream().map(Oblast::nameUk).collect(Collectors.joining(", ")) + ", or all");
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+(область|oblast)$", "")
                .replace('’', '\'').replace('ʼ', '\'');
    }

    private List<Register> chooseRegisters(CoverageRequest request, Oblast oblast) {
        List<Register> all = network.listRegisters();
        if (request.register() != null && !request.register().isBlank()) {
            String wanted = request.register().strip();
            return all.stream()
                    .filter(r -> r.id().equalsIgnoreCase(wanted) || r.name().equalsIgnoreCase(wanted))
                    .findFirst()
                    .map(List::of)
                    .orElseThrow(() -> new BadInputException("--register", wanted, "no such register; loaded: "
                            + all.stream().map(Register::id).collect(Collectors.joining(", "))));
        }
        return all.stream()
                .filter(r -> !r.historical())
                .filter(r -> oblast == null || r.oblastCode() == null || r.oblastCode().equals(oblast.code()))
                .toList();
    }

    /** A national register covers every oblast; an oblast register its own. */
    private static Set<String> oblastsCovered(List<Register> registers, List<Oblast> oblasts) {
        Set<String> covered = new LinkedHashSet<>();
        for (Register register : registers) {
            if (register.oblastCode() == null) {
                oblasts.forEach(o -> covered.add(o.code()));
            } else {
                covered.add(register.oblastCode());
            }
        }
        return covered;
    }
}
