package ua.cnap.planner.territory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.GeoFeature;
import ua.cnap.planner.io.GeoJsonFeatureReader;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;

/**
 * Kyiv city as a territory of its own. The city has special status: it belongs to no oblast, and the
 * KSE hromada table (the 1469 hromadas) has no row for it, so without this class every national
 * figure would leave out 2,952,301 people.
 *
 * <p>The city stands at every level the planner works with, under its one KATOTTG code
 * {@value #CODE} (codifier category K):
 * <ul>
 *   <li>a top-level territory beside the oblasts ("Київ" / "Kyiv"), replacing the codifier's K row;</li>
 *   <li>its own raion, with the same code: the codifier has no raion for it (the rows of its city
 *       districts repeat the city's code in the raion and hromada columns), so the city is its own
 *       raion rather than a raion of Kyiv oblast;</li>
 *   <li>one hromada (міська) with the same code, its official population on 1 Jan 2022 from the Ukrstat
 *       hromada table (table 6, row {@value #POPULATION_ROW}, all urban) and as boundary the union of
 *       its city districts (admin_level 10 features with a {@code katotth} of the OSM boundary file).
 *       Its centre (and the city as a settlement) is the centroid of that polygon.</li>
 * </ul>
 * The files come from the data folder's layout ({@link #POPULATION_TABLE_PATH},
 * {@link #DISTRICTS_PATH}, both in data/sources.yaml). When they are absent the import goes on without
 * Kyiv and says so; when they are present but unusable it stops with a {@link BadInputException}.
 *
 * @param oblast  the top-level territory
 * @param raion   the city as its own raion
 * @param hromada the city as a hromada, with population and boundary
 * @param nationalTotal the table's first row ("Україна": the official total without Crimea and
 *                      Sevastopol), or null when the table has none
 */
public record KyivCity(Oblast oblast, Raion raion, Hromada hromada, Long nationalTotal) {

    public static final String CODE = "UA80000000000093317";
    public static final String NAME_UK = "Київ";
    public static final String NAME_EN = "Kyiv";
    public static final String POPULATION_TABLE_PATH = "population/ukrstat_2022_table6_population_by_hromada.csv";
    public static final String DISTRICTS_PATH = "boundaries/osm-admin/oblasts_with_raions/kyyiv.geojson";
    public static final String POPULATION_ROW = "м. Київ";
    public static final String NATIONAL_ROW = "Україна";
    static final String NAME_COLUMN = "name_uk";
    static final String POPULATION_COLUMN = "present_population_2022_01_01";
    static final String DISTRICT_LEVEL = "10";
    /** Kyiv has 10 city districts since 2001; fewer in the file means a part of the city is missing. */
    public static final int DISTRICTS = 10;

    /** The files Kyiv is read from. */
    public record Sources(Path populationTable, Path districtBoundaries) {

        public static Sources standard(Path dataDir) {
            return new Sources(dataDir.resolve(POPULATION_TABLE_PATH), dataDir.resolve(DISTRICTS_PATH));
        }
    }

    /** Nothing to add: the import had no Kyiv sources. */
    public static final KyivCity ABSENT = new KyivCity(null, null, null, null);

    public boolean isPresent() {
        return hromada != null;
    }

    /**
     * Reads Kyiv from its sources; {@link #ABSENT} when {@code sources} is null, or (with a warning) when
     * one of its files is missing.
     *
     * @throws BadInputException when a file is there but has no Kyiv row, no usable figure or no
     *                           district polygons
     */
    public static KyivCity read(Sources sources, ImportLog log) {
        if (sources == null) {
            return ABSENT;
        }
        for (Path file : List.of(sources.populationTable(), sources.districtBoundaries())) {
            if (file == null || !Files.exists(file)) {
                log.warn(file == null ? "import" : file.toString(), NAME_UK + " (" + CODE + ")",
                        "file not present: Kyiv city is left out of every figure");
                return ABSENT;
            }
        }
        CsvFiles.Table table = CsvFiles.read(sources.populationTable(), NAME_COLUMN, POPULATION_COLUMN);
        long population = -1;
        Long national = null;
        for (CsvFiles.Row row : table.rows()) {
            String name = row.find(NAME_COLUMN);
            if (POPULATION_ROW.equals(name)) {
                population = row.getLong(POPULATION_COLUMN);
            } else if (NATIONAL_ROW.equals(name) && national == null) {
                national = row.getLong(POPULATION_COLUMN);
            }
        }
        if (population <= 0) {
            throw new BadInputException(table.source(), POPULATION_ROW, population < 0
                    ? "no row '" + POPULATION_ROW + "' in column '" + NAME_COLUMN + "': Kyiv's population is unknown"
                    : "Kyiv's population is " + population);
        }
        MultiPolygon boundary = districtUnion(sources.districtBoundaries(), log);
        Point centre = boundary.getCentroid();
        if (!boundary.covers(centre)) {
            centre = boundary.getInteriorPoint();
        }
        centre.setSRID(Wgs84.SRID);
        Hromada hromada = new Hromada(CODE, CODE, CODE, NAME_UK, NAME_EN, "міська", population, population, centre,
                CODE, NAME_UK, boundary);
        return new KyivCity(new Oblast(CODE, NAME_UK, NAME_EN), new Raion(CODE, CODE, NAME_UK), hromada, national);
    }

    /** The union of the city districts: admin_level 10 features whose {@code katotth} is a Kyiv code. */
    static MultiPolygon districtUnion(Path file, ImportLog log) {
        List<GeoFeature> features = GeoJsonFeatureReader.read(file);
        List<Geometry> parts = new ArrayList<>();
        TreeSet<String> codes = new TreeSet<>();
        for (GeoFeature feature : features) {
            String code = feature.findText("katotth");
            if (!DISTRICT_LEVEL.equals(feature.findText("admin_level")) || code == null
                    || !code.toUpperCase(Locale.ROOT).startsWith("UA80")) {
                continue;
            }
            MultiPolygon part = BoundaryRepair.toValidMultiPolygon(feature.geometry(), feature.source(),
                    feature.item("katotth"), log);
            if (part == null) {
                log.reject(feature.source(), feature.item("katotth"), "city district has no polygon with an area");
                continue;
            }
            parts.add(part);
            codes.add(code);
        }
        if (parts.isEmpty()) {
            throw new BadInputException(file.toString(), null,
                    "no Kyiv city district (admin_level " + DISTRICT_LEVEL + ", katotth UA80…) with a polygon");
        }
        if (codes.size() != DISTRICTS) {
            log.warn(file.toString(), NAME_UK, codes.size() + " city districts found, not " + DISTRICTS
                    + ": Kyiv's boundary may miss a part of the city " + codes);
        }
        Geometry union = UnaryUnionOp.union(parts);
        MultiPolygon boundary = BoundaryRepair.toValidMultiPolygon(union, file.toString(), NAME_UK, log);
        if (boundary == null) {
            throw new BadInputException(file.toString(), NAME_UK, "the union of the city districts has no area");
        }
        return boundary;
    }

    /** The hromadas with Kyiv added (replacing a hromada of the same code, should a table have one). */
    public List<Hromada> addHromada(List<Hromada> hromadas) {
        return isPresent() ? replacedOrAdded(hromadas, Hromada::code, hromada) : hromadas;
    }

    /** The raions with Kyiv as its own raion. */
    public List<Raion> addRaion(List<Raion> raions) {
        return isPresent() ? replacedOrAdded(raions, Raion::code, raion) : raions;
    }

    private static <T> List<T> replacedOrAdded(List<T> items, Function<T, String> code, T kyiv) {
        List<T> result = new ArrayList<>(items.size() + 1);
        items.stream().filter(item -> !code.apply(item).equals(CODE)).forEach(result::add);
        result.add(kyiv);
        return result;
    }

    /** The top-level territories with Kyiv named "Київ" / "Kyiv" (in the codifier's place, or added). */
    public List<Oblast> addOblast(List<Oblast> oblasts) {
        if (!isPresent()) {
            return oblasts;
        }
        List<Oblast> result = new ArrayList<>(oblasts.size() + 1);
        boolean replaced = false;
        for (Oblast o : oblasts) {
            if (o.code().equals(CODE)) {
                result.add(oblast);
                replaced = true;
            } else {
                result.add(o);
            }
        }
        if (!replaced) {
            result.add(oblast);
        }
        return result;
    }

    /**
     * Compares the hromadas' total with the table's national row and warns when they differ (both are
     * official 2022 figures without Crimea and Sevastopol, so they should agree once Kyiv is in).
     */
    public void checkNationalTotal(List<Hromada> hromadas, ImportLog log) {
        if (!isPresent() || nationalTotal == null) {
            return;
        }
        long sum = hromadas.stream().mapToLong(Hromada::population2022).sum();
        if (sum != nationalTotal) {
            log.warn(POPULATION_TABLE_PATH, NATIONAL_ROW, "the hromadas (Kyiv included) add up to " + sum
                    + ", the official national total is " + nationalTotal);
        }
    }
}
