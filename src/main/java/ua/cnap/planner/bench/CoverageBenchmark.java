package ua.cnap.planner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.AccessibilityCalculator;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.population.SettlementRepository;
import ua.cnap.planner.travel.TravelTimeModel;

/**
 * Figures for coverage, printed by {@code cnap-planner bench coverage}: wall times are medians of
 * repeated runs after one warm-up run, because these machines are shared and noisy. Nothing here
 * asserts a time; the figures go into notes and issues.
 */
public final class CoverageBenchmark {

    private final CoverageService coverage;
    private final SettlementRepository settlements;
    private final AccessPointRepository network;

    public CoverageBenchmark(CoverageService coverage, SettlementRepository settlements, AccessPointRepository network) {
        this.coverage = coverage;
        this.settlements = settlements;
        this.network = network;
    }

    /** One measured case. */
    public record Figure(String name, int settlements, int accessPoints, int runs, double medianSeconds,
            double minSeconds, double maxSeconds, String note) {
    }

    /**
     * Coverage through the service, as a user gets it (store reads, accessibility, KPIs, white
     * spots).
     *
     * @param register null for the current register(s)
     */
    public Figure service(String oblast, String register, AccessStandard standard, int runs) {
        CoverageRequest request = new CoverageRequest(oblast, standard, register);
        var first = coverage.compute(request);
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            coverage.compute(request);
            seconds[i] = (System.nanoTime() - started) / 1e9;
        }
        int points = first.registers().stream().mapToInt(r -> network.listAccessPoints(r.id()).size()).sum();
        return figure("coverage " + oblast + " (service, " + (register == null ? "current register" : register) + ")",
                first.accessibility().settlements().size(), points, seconds, first.accessibility().modelName());
    }

    /** Every settlement of the country against every access point loaded, all registers. */
    public Figure country(TravelTimeModel model, AccessStandard standard, int runs) {
        List<Settlement> all = settlements.listSettlements();
        List<AccessPoint> points = new ArrayList<>();
        for (Register register : network.listRegisters()) {
            points.addAll(network.listAccessPoints(register.id()));
        }
        AccessibilityCalculator calculator = new AccessibilityCalculator();
        calculator.compute(all, points, model, standard);
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            calculator.compute(all, points, model, standard);
            seconds[i] = (System.nanoTime() - started) / 1e9;
        }
        return figure("accessibility, whole country, every access point loaded", all.size(), points.size(), seconds,
                model.name());
    }

    static Figure figure(String name, int settlementCount, int pointCount, double[] seconds, String note) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return new Figure(name, settlementCount, pointCount, sorted.length, sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1], note);
    }

    /** Peak use of each heap pool since the JVM started, in MiB (an upper bound of the whole run). */
    public static Map<String, Long> peakHeapMebibytes() {
        Map<String, Long> peaks = new LinkedHashMap<>();
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                long mib = pool.getPeakUsage().getUsed() / (1024 * 1024);
                peaks.put(pool.getName(), mib);
                total += mib;
            }
        }
        peaks.put("sum of pool peaks", total);
        return peaks;
    }
}
