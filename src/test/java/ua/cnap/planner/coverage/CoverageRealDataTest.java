package ua.cnap.planner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.importing.Dataset;
import ua.cnap.planner.importing.DatasetStore;
import ua.cnap.planner.importing.ImportService;
import ua.cnap.planner.importing.ImportSources;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.io.GeoJsonFeatureReader;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.KnownRegisters;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;

/**
 * Coverage of Chernivtsi oblast (the one oblast with a current register in the shared data) with the
 * test-only straight-line model at 40 km/h. The figures depend on that crude model; the test checks
 * the invariants on real data and prints the figures.
 */
class CoverageRealDataTest {

    @Test
    void chernivtsiOblastFromRealData(@TempDir Path dir) {
        AtomicReference<Dataset> captured = new AtomicReference<>();
        DatasetStore memory = new DatasetStore() {
            @Override
            public void replaceAll(Dataset dataset, String dataDir, String reportJson) {
                captured.set(dataset);
            }

            @Override
            public void replaceRegister(ua.cnap.planner.network.Register register, List<AccessPoint> accessPoints) {
                throw new UnsupportedOperationException("not used by this test");
            }

            @Override
            public Optional<String> findLastReportJson() {
                return Optional.empty();
            }

            @Override
            public Optional<ua.cnap.planner.importing.ImportRun> findLastRun() {
                return Optional.empty();
            }
        };
        new ImportService(memory, "memory").importAll(ImportSources.standard(RealData.folder()));
        Dataset dataset = captured.get();
        String oblast = KnownRegisters.CHERNIVETSKA_2025.oblastCode();
        List<Hromada> hromadas = dataset.hromadas().stream().filter(h -> oblast.equals(h.oblastCode())).toList();
        Set<String> codes = hromadas.stream().map(Hromada::code).collect(java.util.stream.Collectors.toSet());
        List<Settlement> settlements = dataset.settlements().stream().filter(s -> codes.contains(s.hromadaCode())).toList();
        List<AccessPoint> points = dataset.accessPoints().stream()
                .filter(p -> p.registerId().equals(KnownRegisters.CHERNIVETSKA_2025.id())).toList();

        long started = System.nanoTime();
        Accessibility accessibility = new AccessibilityCalculator().compute(settlements, points,
                new StraightLineTestModel(40 / 3.6), AccessStandard.national());
        long millis = (System.nanoTime() - started) / 1_000_000;
        CoverageReport report = CoverageReport.aggregate(accessibility, hromadas, dataset.raions(), dataset.oblasts(),
                points, Set.of(oblast));
        List<WhiteSpot> spots = new WhiteSpotFinder().find(accessibility, hromadas, Set.of(oblast));
        Path file = dir.resolve("chernivtsi.geojson");
        CoverageGeoJson.write(file, accessibility, spots);

        CoverageKpis kpis = report.findOblast(oblast).orElseThrow();
        assertThat(kpis.registerLoaded()).isTrue();
        assertThat(kpis.population()).isEqualTo(hromadas.stream().mapToLong(Hromada::population2022).sum());
        assertThat(kpis.populationCovered()).isBetween(1L, kpis.population());
        assertThat(report.hromadas()).allSatisfy(h -> assertThat(h.populationCovered()).isLessThanOrEqualTo(h.population()));
        assertThat(spots.stream().mapToLong(WhiteSpot::population).sum())
                .isEqualTo(kpis.population() - kpis.populationCovered());
        assertThat(GeoJsonFeatureReader.read(file)).hasSize(settlements.size() + spots.size());
        System.out.printf("Chernivtsi oblast: %d hromadas, %d settlements, %d access points (%d counted); %d ms;"
                        + " population %d, covered %d (%.1f %%), unreachable %d, mean %.0f s, p90 %.0f s,"
                        + " uncovered settlements %d, hromadas without main office %d, white spots %d%n",
                hromadas.size(), settlements.size(), points.size(),
                points.stream().filter(p -> p.kind().isFixed() && p.status() == ua.cnap.planner.network.AccessPointStatus.OPEN).count(),
                millis, kpis.population(), kpis.populationCovered(), 100 * kpis.coveredShare(), kpis.populationUnreachable(),
                kpis.meanTravelTimeSeconds(), kpis.p90TravelTimeSeconds(), kpis.uncoveredSettlements(),
                kpis.hromadasWithoutMainOffice(), spots.size());
    }
}
