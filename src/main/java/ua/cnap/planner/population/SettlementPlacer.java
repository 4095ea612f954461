package ua.cnap.planner.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.HromadaLocator;

/**
 * Finds the hromada each GeoNames place lies in. In this order:
 * <ol>
 *   <li>inside a hromada polygon (boundary included): that hromada;</li>
 *   <li>GeoNames admin1 {@code 11} (Crimea) or {@code 20} (Sevastopol): left out, these territories
 *       have no hromadas in the data (one summary warning). Checked before the next rule so that a
 *       Crimean village near the Kherson border is not given to a Kherson hromada;</li>
 *   <li>within {@value #NEAR_CENTRE_METERS} m of the centre of a hromada that has no polygon: that
 *       hromada (one warning per such hromada). Checked before the next rule because such a
 *       hromada's territory is the hole between its neighbours' polygons: its own centre town
 *       (e.g. Chop) lies just outside them;</li>
 *   <li>within {@value #NEAR_BOUNDARY_METERS} m of a polygon: the nearest hromada, because real
 *       points often fall just outside their own boundary (one summary warning with the count);</li>
 *   <li>anything else is rejected, one by one, with id, name and coordinates.</li>
 * </ol>
 * {@link KatottgSettlementBuilder} then matches the located places to the codifier's settlements of
 * that hromada by name; {@link CensusWeightedSpreader} gives them their populations.
 */
public final class SettlementPlacer {

    public static final String SOURCE = "GeoNames";
    public static final double NEAR_BOUNDARY_METERS = 2_000;
    public static final double NEAR_CENTRE_METERS = 5_000;
    /** GeoNames admin1 (FIPS) codes of the Autonomous Republic of Crimea and of Sevastopol. */
    public static final Set<String> CRIMEA_ADMIN1 = Set.of("11", "20");

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    /** A GeoNames place and the hromada it lies in. */
    public record LocatedPlace(GeoNamesPlace place, Point point, Hromada hromada) {
    }

    /**
     * Each GeoNames place as a settlement of the hromada it lies in (the rules above), population 0.
     * Kept for callers that want GeoNames places themselves; the import now takes its settlements from
     * the codifier ({@link KatottgSettlementBuilder}) and uses {@link #locate} for the points.
     */
    public List<Settlement> place(List<GeoNamesPlace> places, List<Hromada> hromadas, ImportLog log) {
        return locate(places, hromadas, log).stream()
                .map(l -> new Settlement(l.place().settlementId(), null, SettlementNames.ukrainianName(l.place()),
                        l.place().asciiName().isBlank() ? null : l.place().asciiName(), l.point(),
                        l.hromada().code(), l.place().population(), 0, null))
                .toList();
    }

    /** The hromada of each GeoNames place by the rules above; places that fit none are rejected into the log. */
    public List<LocatedPlace> locate(List<GeoNamesPlace> places, List<Hromada> hromadas, ImportLog log) {
        HromadaLocator locator = new HromadaLocator(hromadas);
        List<Hromada> withoutPolygon = hromadas.stream().filter(h -> h.boundary() == null).toList();
        Map<Hromada, Integer> nearCentre = new LinkedHashMap<>();
        int nearBoundary = 0;
        double farthestNearMeters = 0;
        int crimea = 0;
        List<LocatedPlace> located = new ArrayList<>(places.size());
        for (GeoNamesPlace place : places) {
            Point point = Wgs84.point(place.lon(), place.lat(), SOURCE, item(place));
            Optional<Hromada> containing = locator.findContaining(point);
            Hromada hromada = containing.orElse(null);
            if (hromada == null && CRIMEA_ADMIN1.contains(place.admin1())) {
                crimea++;
                continue;
            }
            if (hromada == null) {
                hromada = nearestCentre(point, withoutPolygon);
                if (hromada != null) {
                    nearCentre.merge(hromada, 1, Integer::sum);
                }
            }
            if (hromada == null) {
                Optional<HromadaLocator.Located> near = locator.findNearest(point, NEAR_BOUNDARY_METERS);
                if (near.isPresent()) {
                    hromada = near.get().hromada();
                    nearBoundary++;
                    farthestNearMeters = Math.max(farthestNearMeters, near.get().distanceMeters());
                }
            }
            if (hromada == null) {
                log.reject(SOURCE, item(place), "outside every hromada polygon at lon=" + place.lon() + ", lat="
                        + place.lat() + " (no polygon within " + (int) NEAR_BOUNDARY_METERS
                        + " m, GeoNames admin1 " + place.admin1() + ")");
                continue;
            }
            located.add(new LocatedPlace(place, point, hromada));
        }
        if (nearBoundary > 0) {
            log.warn(SOURCE, "near a boundary", nearBoundary + " places outside every hromada polygon but within "
                    + (int) NEAR_BOUNDARY_METERS + " m of one were given to the nearest hromada (farthest "
                    + Math.round(farthestNearMeters) + " m)");
        }
        if (crimea > 0) {
            log.warn(SOURCE, "Crimea and Sevastopol", crimea + " places in Crimea and Sevastopol (GeoNames admin1 "
                    + String.join(", ", CRIMEA_ADMIN1.stream().sorted().toList())
                    + ") left out: these territories have no hromadas in the data");
        }
        nearCentre.forEach((h, count) -> log.warn(SOURCE, "hromada " + h.code() + " (" + h.nameUk() + ")",
                count + " places within " + (int) NEAR_CENTRE_METERS + " m of the centre of this hromada, which "
                        + "has no polygon, were given to it"));
        return located;
    }

    private static Hromada nearestCentre(Point point, List<Hromada> candidates) {
        Hromada best = null;
        double bestMeters = NEAR_CENTRE_METERS;
        for (Hromada hromada : candidates) {
            double meters = haversineMeters(point, hromada.centre());
            if (meters <= bestMeters) {
                best = hromada;
                bestMeters = meters;
            }
        }
        return best;
    }

    static double haversineMeters(Point a, Point b) {
        double lat1 = Math.toRadians(a.getY());
        double lat2 = Math.toRadians(b.getY());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.getX() - a.getX());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static String item(GeoNamesPlace place) {
        return place.settlementId() + " (" + place.name() + ")";
    }
}
