package ua.cnap.planner.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Path;
import ua.cnap.planner.territory.CodifierSettlement;
import ua.cnap.planner.wartime.Order376Reader;
import ua.cnap.planner.wartime.WartimeEntry;
import ua.cnap.planner.wartime.WartimeList;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.cnap.planner.importing.ImportReport.RegisterSummary;
import ua.cnap.planner.importing.ImportSources.GridSource;
import ua.cnap.planner.importing.ImportSources.RegisterSource;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointPlacer;
import ua.cnap.planner.network.ChernivtsiRegisterReader;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.network.TemplateRegisterReader;
import ua.cnap.planner.network.Ukraine2017RegisterReader;
import ua.cnap.planner.population.GeoNamesReader;
import ua.cnap.planner.population.GeoTiffPopulationReader;
import ua.cnap.planner.population.KonturH3Reader;
import ua.cnap.planner.population.CensusWeightedSpreader;
import ua.cnap.planner.population.KseHromadaTableReader;
import ua.cnap.planner.population.OsmPlaceReader;
import ua.cnap.planner.population.PopulationCell;
import ua.cnap.planner.population.PopulationCorrection;
import ua.cnap.planner.population.PopulationRule;
import ua.cnap.planner.population.PopulationSpread;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.population.KatottgSettlementBuilder;
import ua.cnap.planner.population.SettlementPoints;
import ua.cnap.planner.population.UkrstatUrbanTableReader;
import ua.cnap.planner.territory.BoundaryReader;
import ua.cnap.planner.territory.Codifier;
import ua.cnap.planner.territory.CodifierReader;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.HromadaBoundary;
import ua.cnap.planner.territory.HromadaLocator;
import ua.cnap.planner.territory.KyivCity;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.UkrainianLatin;

/**
 * Imports the open data into the store: every file is read and checked in memory first, then the
 * whole dataset is written in one transaction. A broken file therefore stops the import with a
 * {@link ua.cnap.planner.io.BadInputException} naming file, item and reason, and the store keeps
 * what it had.
 *
 * <p>Order: codifier (names, hierarchy) → hromada table (official population, centres) → boundaries
 * (attached by KATOTTG code) → codifier settlements, with GeoNames points matched by name inside their
 * hromada ({@link KatottgSettlementBuilder}) → population spread to
 * settlements → registers placed in hromadas → population grids.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private static final ObjectMapper REPORT_JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final DatasetStore store;
    private final String storeDescription;

    public ImportService(DatasetStore store, String storeDescription) {
        this.store = store;
        this.storeDescription = storeDescription;
    }

    public ImportReport importAll(ImportSources sources) {
        long started = System.nanoTime();
        ImportLog log = new ImportLog();

        LOG.info("reading the KATOTTG codifier {}", sources.codifier());
        Codifier codifier = new CodifierReader().read(sources.codifier(), log);

        LOG.info("reading the hromada table {}", sources.hromadaTable());
        KseHromadaTableReader hromadaTable = new KseHromadaTableReader();
        List<Hromada> hromadas = hromadaTable.read(sources.hromadaTable(), log);
        checkAgainstCodifier(hromadas, codifier, sources, log);

        LOG.info("reading boundaries {}", sources.boundaries());
        List<HromadaBoundary> boundaries =
                new BoundaryReader(sources.boundaryCodeField()).read(sources.boundaries(), log);
        hromadas = attachBoundaries(hromadas, boundaries, log);
        KyivCity kyiv = KyivCity.read(sources.kyiv(), log); // the city is no row of the hromada table
        hromadas = kyiv.addHromada(hromadas);
        kyiv.checkNationalTotal(hromadas, log);

        LOG.info("reading settlements {}", sources.geonames());
        var places = new GeoNamesReader().read(sources.geonames(), log);
        // the OSM place table: former names to match GeoNames points, census figures to weight the spread
        var osmPlaces = new OsmPlaceReader().readIfPresent(sources.osmPlaces(), log);
        var built = new KatottgSettlementBuilder().build(codifier, hromadas, places,
                OsmPlaceReader.namesByCode(osmPlaces), log);
        List<Settlement> placed = built.settlements();
        var urbanFigures = new UkrstatUrbanTableReader().read(sources.urbanTable(), log);
        var placeNames = hromadaTable.readPlaceNames(sources.hromadaTable());
        PopulationSpread spread = new CensusWeightedSpreader(placeNames, codifier, osmPlaces, built.namesById())
                .spread(hromadas, placed, urbanFigures, log);
        List<Settlement> settlements = spread.settlements();
        checkPopulationSums(hromadas, settlements);

        Map<String, Hromada> hromadasByCode = hromadas.stream()
                .collect(Collectors.toMap(Hromada::code, Function.identity()));
        HromadaLocator locator = new HromadaLocator(hromadas);
        List<Register> registers = new ArrayList<>();
        List<AccessPoint> accessPoints = new ArrayList<>();
        for (RegisterSource source : sources.registers()) {
            if (source.optional() && !Files.exists(source.path())) {
                log.warn(source.path().toString(), source.register().id(), "register file not present: not imported");
                continue;
            }
            LOG.info("reading register {} from {}", source.register().id(), source.path());
            List<AccessPoint> read = readRegister(source, log);
            registers.add(source.register());
            accessPoints.addAll(new AccessPointPlacer().place(read, locator, hromadasByCode, log));
        }

        List<PopulationCell> cells = new ArrayList<>();
        for (GridSource grid : sources.grids()) {
            if (grid.optional() && !Files.exists(grid.path())) {
                log.warn(grid.path().toString(), grid.layer(), "population grid not present: not imported");
                continue;
            }
            cells.addAll(readGrid(grid, log));
        }

        // The codifier has Ukrainian names only; KSE's English column is misspelt ("Cherniveska").
        List<Oblast> oblasts = codifier.oblasts().stream()
                .map(o -> o.nameEn() != null ? o
                        : new Oblast(o.code(), o.nameUk(), UkrainianLatin.transliterate(o.nameUk())))
                .toList();
        WartimeList wartime = readWartimeList(sources, codifier, log);
        Dataset dataset = new Dataset(kyiv.addOblast(oblasts), kyiv.addRaion(codifier.raions()), hromadas, settlements, registers,
                accessPoints, cells, wartime);
        ImportReport report = report(dataset, sources, log, started, spread.largestCorrections(), built.points());
        LOG.info("writing {} hromadas, {} settlements, {} access points to the {}", hromadas.size(),
                settlements.size(), accessPoints.size(), storeDescription);
        store.replaceAll(dataset, sources.dataDir().toString(), toJson(report));
        return withSeconds(report, started);
    }

    /**
     * The Order 376 list, its settlement codes tied to their hromadas through the codifier (GeoNames
     * places carry no KATOTTG code; coverage matches them by name inside the hromada).
     */
    private static WartimeList readWartimeList(ImportSources sources, Codifier codifier, ImportLog log) {
        Path file = sources.wartimeList();
        if (file == null || !Files.exists(file)) {
            log.warn(file == null ? "import" : file.toString(), "Order 376 list",
                    "file not present: no occupied or hostility territories to exclude");
            return WartimeList.EMPTY;
        }
        LOG.info("reading the Order 376 list {}", file);
        WartimeList list = new Order376Reader().read(file, log);
        Map<String, CodifierSettlement> settlementsByCode = new HashMap<>();
        codifier.settlements().forEach(s -> settlementsByCode.put(s.code(), s));
        List<WartimeEntry> tied = new ArrayList<>(list.entries().size());
        Set<String> unknown = new TreeSet<>();
        for (WartimeEntry entry : list.entries()) {
            CodifierSettlement settlement = settlementsByCode.get(entry.code());
            if (settlement != null) {
                tied.add(entry.withCodifier(settlement.hromadaCode(), settlement.name()));
            } else if (codifier.hromadaNames().containsKey(entry.code())) {
                tied.add(entry.withCodifier(entry.code(), null));
            } else {
                boolean higherLevel = codifier.oblasts().stream().anyMatch(o -> o.code().equals(entry.code()))
                        || codifier.raions().stream().anyMatch(r -> r.code().equals(entry.code()));
                if (!higherLevel) {
                    unknown.add(entry.code() + " (" + entry.item() + ")");
                }
                tied.add(entry);
            }
        }
        if (!unknown.isEmpty()) {
            log.warn(file.toString(), unknown.size() + " codes", "not in the KATOTTG codifier edition read, kept "
                    + "as published (they match no settlement): " + unknown);
        }
        return new WartimeList(list.source(), tied)
                .withCodifierSettlements(codifier.settlements().stream().map(CodifierSettlement::hromadaCode).toList());
    }

    private static List<AccessPoint> readRegister(RegisterSource source, ImportLog log) {
        return switch (source.format()) {
            case CHERNIVTSI_OFFICIAL -> new ChernivtsiRegisterReader().read(source.path(), source.register(), log);
            case TEMPLATE -> new TemplateRegisterReader().read(source.path(), source.register(), log);
            case UKRAINE_2017 -> new Ukraine2017RegisterReader().read(source.path(), source.register(), log);
        };
    }

    /** A GeoTIFF raster by its extension; anything else is read as a Kontur H3 table. */
    private static List<PopulationCell> readGrid(GridSource grid, ImportLog log) {
        String name = grid.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            return new GeoTiffPopulationReader().read(grid.path(), grid.layer(), log);
        }
        return new KonturH3Reader().read(grid.path(), grid.layer(), log);
    }

    private static void checkAgainstCodifier(List<Hromada> hromadas, Codifier codifier, ImportSources sources,
            ImportLog log) {
        for (Hromada hromada : hromadas) {
            if (!codifier.hromadaNames().containsKey(hromada.code())) {
                log.warn(sources.hromadaTable().toString(), hromada.code(),
                        "hromada " + hromada.nameUk() + " is not in the KATOTTG codifier edition read");
            }
        }
    }

    /**
     * Boundaries are attached by KATOTTG code. A boundary whose code is not a hromada of the
     * population table is left out; a hromada with no boundary is kept with its centre and
     * population, and reported.
     */
    private static List<Hromada> attachBoundaries(List<Hromada> hromadas, List<HromadaBoundary> boundaries,
            ImportLog log) {
        Map<String, HromadaBoundary> byCode = new HashMap<>();
        for (HromadaBoundary boundary : boundaries) {
            byCode.put(boundary.code(), boundary);
        }
        List<Hromada> result = new ArrayList<>(hromadas.size());
        for (Hromada hromada : hromadas) {
            HromadaBoundary boundary = byCode.remove(hromada.code());
            if (boundary == null) {
                log.warn("boundaries", hromada.code(), "hromada " + hromada.nameUk()
                        + " has no polygon in the boundary data: kept with its centre and population");
                result.add(hromada);
            } else {
                result.add(hromada.withBoundary(boundary.boundary()));
            }
        }
        for (HromadaBoundary orphan : byCode.values()) {
            log.reject(orphan.source(), orphan.item(), "code " + orphan.code()
                    + " is not a hromada of the population table (not imported)");
        }
        return result;
    }

    /** The spread's contract; a failure here is a bug, not bad input. */
    private static void checkPopulationSums(List<Hromada> hromadas, List<Settlement> settlements) {
        Map<String, Long> sums = settlements.stream()
                .collect(Collectors.groupingBy(Settlement::hromadaCode, Collectors.summingLong(Settlement::population)));
        for (Hromada hromada : hromadas) {
            long sum = sums.getOrDefault(hromada.code(), 0L);
            if (sum != hromada.population2022()) {
                throw new IllegalStateException("settlement populations of " + hromada.code() + " add up to " + sum
                        + ", not the official " + hromada.population2022());
            }
        }
    }

    private ImportReport report(Dataset dataset, ImportSources sources, ImportLog log, long started,
            List<PopulationCorrection> corrections, SettlementPoints points) {
        Map<PopulationRule, Long> byRule = new EnumMap<>(PopulationRule.class);
        for (Settlement settlement : dataset.settlements()) {
            byRule.merge(settlement.populationRule(), 1L, Long::sum);
        }
        Map<String, Integer> perRegister = new LinkedHashMap<>();
        dataset.accessPoints().forEach(a -> perRegister.merge(a.registerId(), 1, Integer::sum));
        List<RegisterSummary> registers = dataset.registers().stream()
                .map(r -> new RegisterSummary(r.id(), r.name(), r.date(), r.historical(),
                        perRegister.getOrDefault(r.id(), 0)))
                .toList();
        int current = registers.stream().filter(r -> !r.historical()).mapToInt(RegisterSummary::accessPoints).sum();
        return new ImportReport(storeDescription, sources.dataDir().toString(), dataset.hromadas().size(),
                (int) dataset.hromadas().stream().filter(h -> h.boundary() != null).count(),
                dataset.hromadas().stream().mapToLong(Hromada::population2022).sum(),
                dataset.settlements().size(), byRule, corrections, current, registers, dataset.populationCells().size(),
                dataset.wartimeList().entries().size(), log.rejected(), log.repaired(), log.warnings(), secondsSince(started),
                (int) dataset.settlements().stream().filter(s -> s.katottgCode() != null).count(), points);
    }

    private static ImportReport withSeconds(ImportReport r, long started) {
        return new ImportReport(r.store(), r.dataDir(), r.hromadas(), r.hromadasWithGeometry(), r.population(),
                r.settlements(), r.settlementsByRule(), r.largestPopulationCorrections(), r.accessPoints(), r.registers(), r.populationCells(),
                r.wartimeTerritories(), r.rejected(), r.repaired(), r.warnings(), secondsSince(started),
                r.settlementsWithCode(), r.settlementPoints());
    }

    private static double secondsSince(long started) {
        return Math.round((System.nanoTime() - started) / 1e7) / 100.0;
    }

    private static String toJson(ImportReport report) {
        try {
            return REPORT_JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the import report", e);
        }
    }
}
