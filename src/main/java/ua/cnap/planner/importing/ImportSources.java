package ua.cnap.planner.importing;

import ua.cnap.planner.wartime.WartimeSources;
import java.nio.file.Path;
import java.util.List;
import ua.cnap.planner.network.KnownRegisters;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.territory.KyivCity;

/**
 * Which files an import reads. {@link #standard} gives the layout of data/sources.yaml (the same as
 * ../shared/data); each piece can be replaced by a user's own file of the same format.
 *
 * @param dataDir           the data folder, for the report
 * @param codifier          KATOTTG codifier CSV (names and hierarchy)
 * @param hromadaTable      KSE hromada table (official population 2022, centres)
 * @param urbanTable        Ukrstat table 5 (population of cities and towns)
 * @param boundaries        hromada boundaries: GeoJSON file or folder, zipped Shapefile, GeoPackage
 * @param boundaryCodeField attribute with the KATOTTG code in the boundary file
 * @param geonames          GeoNames country dump (UA.zip as published)
 * @param registers         office registers to import
 * @param grids             population grids (Kontur H3 tables, GeoTIFF rasters) as alternative demand layers
 * @param wartimeList       the Order 376 list of hostility and occupied territories (.docx as published);
 *                          optional: null or a missing file imports no list
 * @param osmPlaces         the OSM place table (KATOTTG codes with census-based population figures that
 *                          weight the spread inside hromadas); optional: null or a missing file is warned
 *                          about and settlements are weighted without it
 * @param kyiv              Kyiv city's population table and district boundaries ({@link KyivCity});
 *                          null imports no Kyiv
 */
public record ImportSources(
        Path dataDir,
        Path codifier,
        Path hromadaTable,
        Path urbanTable,
        Path boundaries,
        String boundaryCodeField,
        Path geonames,
        List<RegisterSource> registers,
        List<GridSource> grids,
        Path wartimeList,
        Path osmPlaces,
        KyivCity.Sources kyiv) {

    public ImportSources(Path dataDir, Path codifier, Path hromadaTable, Path urbanTable, Path boundaries,
            String boundaryCodeField, Path geonames, List<RegisterSource> registers, List<GridSource> grids,
            Path wartimeList, Path osmPlaces) {
        this(dataDir, codifier, hromadaTable, urbanTable, boundaries, boundaryCodeField, geonames, registers, grids,
                wartimeList, osmPlaces, null);
    }

    public ImportSources(Path dataDir, Path codifier, Path hromadaTable, Path urbanTable, Path boundaries,
            String boundaryCodeField, Path geonames, List<RegisterSource> registers, List<GridSource> grids) {
        this(dataDir, codifier, hromadaTable, urbanTable, boundaries, boundaryCodeField, geonames, registers, grids,
                null);
    }

    public ImportSources(Path dataDir, Path codifier, Path hromadaTable, Path urbanTable, Path boundaries,
            String boundaryCodeField, Path geonames, List<RegisterSource> registers, List<GridSource> grids,
            Path wartimeList) {
        this(dataDir, codifier, hromadaTable, urbanTable, boundaries, boundaryCodeField, geonames, registers, grids,
                wartimeList, null);
    }

    /** Where the OSM place table lies in the data folder (data/sources.yaml, source osm-ua-name-places). */
    public static final String OSM_PLACES_PATH = "settlements/osm-places/ua-name-places.csv";

    /** A register file, its format and what it is. */
    public record RegisterSource(Register register, RegisterFormat format, Path path, boolean optional) {
    }

    /** A population grid file and the layer name it gets. */
    public record GridSource(String layer, Path path, boolean optional) {
    }

    /** The Kontur H3 sample of Odesa city that the open data holds. */
    public static final List<GridSource> STANDARD_GRIDS = List.of(new GridSource("kontur-h3r8-odesa-city",
            Path.of("population-grid/odesa_city_kontur_h3r8_population.csv"), true));

    public static ImportSources standard(Path dataDir, String boundariesPath, String boundaryCodeField) {
        return standard(dataDir, boundariesPath, boundaryCodeField, STANDARD_GRIDS);
    }

    /**
     * @param grids population grids (Kontur H3 CSV, or GeoTIFF rasters by extension); relative paths
     *              are resolved against the data folder
     */
    public static ImportSources standard(Path dataDir, String boundariesPath, String boundaryCodeField,
            List<GridSource> grids) {
        Path boundaries = Path.of(boundariesPath);
        return new ImportSources(
                dataDir,
                dataDir.resolve("codifier/kodifikator-16-05-2025.csv"),
                dataDir.resolve("population/full_dataset.csv"),
                dataDir.resolve("population/ukrstat_2022_table5_population_oblast_raion_cities_towns.csv"),
                boundaries.isAbsolute() ? boundaries : dataDir.resolve(boundaries),
                boundaryCodeField,
                dataDir.resolve("settlements/geonames/UA.zip"),
                List.of(
                        new RegisterSource(KnownRegisters.CHERNIVETSKA_2025, RegisterFormat.CHERNIVTSI_OFFICIAL,
                                dataDir.resolve("offices/chernivetska-2025/cnap_chernivetska.csv"), true),
                        new RegisterSource(KnownRegisters.UKRAINE_2017, RegisterFormat.UKRAINE_2017,
                                dataDir.resolve("offices/ukraine-2017/cnap_20.geojson"), true)),
                grids.stream().map(g -> new GridSource(g.layer(), dataDir.resolve(g.path()), g.optional())).toList(),
                dataDir.resolve(WartimeSources.ORDER_376_PATH),
                dataDir.resolve(OSM_PLACES_PATH),
                KyivCity.Sources.standard(dataDir));
    }

    public static ImportSources standard(Path dataDir) {
        return standard(dataDir, "boundaries/hromadas_ukraine_osm.geojson", "katottg");
    }
}
