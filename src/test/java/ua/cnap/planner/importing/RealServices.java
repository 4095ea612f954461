package ua.cnap.planner.importing;

import java.nio.file.Path;
import ua.cnap.planner.coverage.AccessibilityCalculator;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.coverage.WhiteSpotFinder;
import ua.cnap.planner.store.JdbcAccessPointRepository;
import ua.cnap.planner.store.JdbcSettlementRepository;
import ua.cnap.planner.store.JdbcTerritoryRepository;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.travel.TravelModelProvider;

/**
 * The services over {@link ImportedRealStore}, wired as the application wires them, with the
 * fallback travel model fitted to the real KSE times.
 */
public final class RealServices {

    public final PlannerStore store = ImportedRealStore.get();
    public final JdbcTerritoryRepository territory = new JdbcTerritoryRepository(store);
    public final JdbcSettlementRepository settlements = new JdbcSettlementRepository(store);
    public final JdbcAccessPointRepository network = new JdbcAccessPointRepository(store);
    public final TravelModelProvider travelModel =
            new TravelModelProvider(RealData.folder(), Path.of("unused"), null, 1.3);
    public final CoverageService coverage = new CoverageService(territory, settlements, network, travelModel,
            new AccessibilityCalculator(), new WhiteSpotFinder());
}
