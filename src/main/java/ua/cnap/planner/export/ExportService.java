package ua.cnap.planner.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.function.Supplier;
import ua.cnap.planner.importing.ImportRun;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.CoverageResult;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.planning.PlanResult;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.TerritoryRepository;

/**
 * Exports the planner's layers of an oblast (or the country): computes coverage once for the request,
 * builds the layers asked for ({@link PlannerLayers}) and writes them ({@link ExportFiles}). The CLI's
 * {@code export} and {@code GET /api/exports/{layer}} both call this.
 */
public final class ExportService {

    private final CoverageService coverage;
    private final TerritoryRepository territory;
    private final PlannerLayers layers;
    private final ExportFiles files = new ExportFiles();
    private final Supplier<Optional<ImportRun>> lastImport;

    public ExportService(CoverageService coverage, TerritoryRepository territory, MapStyles styles) {
        this(coverage, territory, styles, Optional::empty);
    }

    /**
     * @param lastImport the import the store holds (its number and end go into each export's metadata)
     */
    public ExportService(CoverageService coverage, TerritoryRepository territory, MapStyles styles,
            Supplier<Optional<ImportRun>> lastImport) {
        this.coverage = coverage;
        this.territory = territory;
        this.layers = new PlannerLayers(styles);
        this.lastImport = lastImport;
    }

    /**
     * Layers built from one coverage computation.
     *
     * @param metadata what they were made with, written into every file
     */
    public record Layers(CoverageResult coverage, List<ExportLayer> layers, ExportMetadata metadata) {
    }

    /**
     * @param wanted the layers, in this order
     * @param plan   the plan whose proposals to export; needed only when {@code wanted} holds PROPOSALS
     */
    public Layers layers(CoverageRequest request, List<StandardLayer> wanted, PlanResult plan) {
        return layers(request, wanted, plan, null);
    }

    /**
     * @param planId the id of the plan (job, run or scenario) the proposals come from, for the metadata;
     *               null for a plan made for this export alone
     */
    public Layers layers(CoverageRequest request, List<StandardLayer> wanted, PlanResult plan, String planId) {
        if (wanted.contains(StandardLayer.PROPOSALS) && plan == null) {
            throw new BadInputException("layer", StandardLayer.PROPOSALS.layerName(),
                    "proposals come from a plan: give a plan (CLI --plan-budget, API plan=JOBID)");
        }
        CoverageResult result = coverage.compute(request);
        if (plan != null && result.oblast() != null && !plan.oblastCode().equals(result.oblast().code())) {
            throw new BadInputException("plan", plan.oblastCode(), "the plan is for another oblast than "
                    + result.oblast().nameUk());
        }
        List<ExportLayer> built = new ArrayList<>();
        for (StandardLayer layer : new LinkedHashSet<>(wanted)) {
            built.add(switch (layer) {
                case HROMADAS -> {
                    List<Hromada> hromadas = result.oblast() == null ? territory.listHromadas()
                            : territory.listHromadasInOblast(result.oblast().code());
                    yield layers.hromadas(result, hromadas, territory.listRaions(), territory.listOblasts());
                }
                case SETTLEMENTS -> layers.settlements(result);
                case ACCESS_POINTS -> layers.accessPoints(result);
                case WHITE_SPOTS -> layers.whiteSpots(result);
                case PROPOSALS -> layers.proposals(plan);
            });
        }
        return new Layers(result, built, ExportMetadata.of(result, lastImport.get().orElse(null),
                plan == null ? null : planId == null ? "made for this export (budget " + plan.budgetUah() + " UAH)"
                        : planId, Instant.now()));
    }

    /** Writes the layers to {@code out} (see {@link ExportFiles#write}); returns the files written. */
    public List<Path> write(List<ExportLayer> exportLayers, ExportFormat format, Path out) {
        return files.write(exportLayers, format, out);
    }

    /** Writes built layers with their metadata to {@code out}; returns the files written. */
    public List<Path> write(Layers built, ExportFormat format, Path out) {
        return files.write(built.layers(), format, out, built.metadata());
    }

    /** A download: bytes, a safe file name and the media type. */
    public record Download(String fileName, String mediaType, byte[] bytes) {
    }

    /** One layer as a download named {@code cnap-<area code>-<layer>.<ext>}. */
    public Download download(CoverageRequest request, StandardLayer layer, PlanResult plan, ExportFormat format) {
        return download(request, layer, plan, null, format);
    }

    /** As {@link #download(CoverageRequest, StandardLayer, PlanResult, ExportFormat)}, naming the plan's id. */
    public Download download(CoverageRequest request, StandardLayer layer, PlanResult plan, String planId,
            ExportFormat format) {
        Layers built = layers(request, List.of(layer), plan, planId);
        String area = built.coverage().oblast() == null ? "UA" : built.coverage().oblast().code();
        String name = ExportFiles.safeFileName("cnap-" + area + "-" + layer.layerName(), format);
        return new Download(name, format.mediaType(), files.toBytes(built.layers().get(0), format, built.metadata()));
    }
}
