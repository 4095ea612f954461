package ua.cnap.planner.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * All of the planner's settings, bound from {@code application.yml} (documented there), environment
 * variables and the command line's common options.
 *
 * @param dataDir   the open-data folder (layout of data/sources.yaml)
 * @param store     {@code embedded} (H2GIS in the workspace) or {@code postgis}
 * @param workspace where the embedded database and caches live
 * @param postgis   connection to PostGIS when {@code store=postgis}
 * @param boundaries which boundary file to import and its code field
 * @param populationGrids population grids to import besides settlements
 * @param map       the planning map page
 */
@ConfigurationProperties("planner")
public record PlannerProperties(
        @DefaultValue("data/open") String dataDir,
        @DefaultValue("embedded") String store,
        @DefaultValue("workspace") String workspace,
        @DefaultValue Postgis postgis,
        @DefaultValue Boundaries boundaries,
        List<PopulationGrid> populationGrids,
        @DefaultValue Travel travel,
        @DefaultValue Coverage coverage,
        @DefaultValue Planning planning,
        @DefaultValue MapPage map) {

    public PlannerProperties {
        populationGrids = populationGrids == null ? List.of() : List.copyOf(populationGrids);
    }

    // Paths are bound as text: Spring's String-to-Path conversion treats values as resource
    // locations and refuses relative ones such as ../shared/data.

    public Path dataDirPath() {
        return Path.of(dataDir);
    }

    public Path workspacePath() {
        return Path.of(workspace);
    }

    /**
     * @param osmFile        OSM extract (.osm.pbf) for road travel times, relative to the data folder;
     *                       empty: the straight-line fallback fitted to real OSRM times
     * @param circuityFactor the fallback's assumed road distance / great-circle distance
     */
    public record Travel(
            @DefaultValue("") String osmFile,
            @DefaultValue("1.3") double circuityFactor) {
    }

    /**
     * The access standard's defaults (Cabinet of Ministers' recommendations, 2021) and white-spot
     * grouping.
     *
     * @param maxMinutes          travel time that counts as covered
     * @param maxKilometres       distance that counts as covered
     * @param rule                EITHER (time or distance suffices) or BOTH
     * @param whiteSpotLinkMeters uncovered settlements closer than this form one white spot
     */
    public record Coverage(
            @DefaultValue("30") double maxMinutes,
            @DefaultValue("14") double maxKilometres,
            @DefaultValue("EITHER") String rule,
            @DefaultValue("5000") double whiteSpotLinkMeters) {
    }

    /**
     * Expansion planning.
     *
     * @param horizonYears   years of running costs counted against a budget
     * @param kinds          cost and capacity assumptions per kind (UAH); empty: the documented defaults
     *                       of {@code planning.CostAssumptions}
     */
    public record Planning(
            @DefaultValue("3") int horizonYears,
            Map<String, KindCost> kinds) {

        public Planning {
            kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        }
    }

    /**
     * The planning map page at {@code /}.
     *
     * @param tileUrl         basemap tile URL template ({@code {z}/{x}/{y}}, optional {@code {s}}); empty:
     *                        no basemap, the vector layers alone (offline machines)
     * @param tileAttribution attribution shown for the basemap
     * @param cachedCoverages coverage results kept for the map's layers (an oblast's is a few MB)
     */
    public record MapPage(
            @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
            @DefaultValue("© OpenStreetMap contributors") String tileAttribution,
            @DefaultValue("8") int cachedCoverages) {
    }

    /**
     * @param oneOffCostUah        setting up
     * @param yearlyCostUah        running a year
     * @param capacityVisitsPerDay visits a day
     */
    public record KindCost(long oneOffCostUah, long yearlyCostUah, int capacityVisitsPerDay) {
    }

    /**
     * A population grid to import as an alternative demand layer.
     *
     * @param layer name of the layer
     * @param path  relative to the data folder, or absolute: a Kontur H3 CSV, or a GeoTIFF raster (.tif)
     */
    public record PopulationGrid(String layer, String path) {
    }

    public record Postgis(
            @DefaultValue("jdbc:postgresql://127.0.0.1:5432/cnap_planner") String url,
            @DefaultValue("postgres") String username,
            @DefaultValue("") String password) {
    }

    /**
     * @param path      relative to the data folder, or absolute: a GeoJSON file or folder, a zipped
     *                  Shapefile or a GeoPackage
     * @param codeField the attribute holding the hromada's KATOTTG code
     */
    public record Boundaries(
            @DefaultValue("boundaries/hromadas_ukraine_osm.geojson") String path,
            @DefaultValue("katottg") String codeField) {
    }
}
