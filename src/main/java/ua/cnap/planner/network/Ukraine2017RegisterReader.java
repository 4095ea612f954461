package ua.cnap.planner.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import ua.cnap.planner.io.GeoFeature;
import ua.cnap.planner.io.GeoJsonFeatureReader;
import ua.cnap.planner.io.ImportLog;

/**
 * Reads the 2017 national map of ЦНАП ({@code cnap_20.geojson} of {@code tdukr/cnap}): Points with
 * {@code id}, {@code name}, {@code num_serv} (number of services), donor and schedule, no office type
 * and no codes.
 *
 * <p>Assumption: every point is a {@link AccessPointKind#MAIN_OFFICE}. The map predates the 2020
 * reform, when branches and remote workplaces were rare and the map showed centres only; it has no
 * type to say otherwise. Status is OPEN as of 2017 (the register is historical, see
 * {@link KnownRegisters#UKRAINE_2017}). {@code num_serv} "дані відсутні" (no data) gives an unknown
 * service count, summarised in one warning.
 */
public final class Ukraine2017RegisterReader {

    static final String NO_DATA = "дані відсутні";

    public List<AccessPoint> read(Path geojson, Register register, ImportLog log) {
        List<GeoFeature> features = GeoJsonFeatureReader.read(geojson);
        List<AccessPoint> points = new ArrayList<>(features.size());
        int noServiceCount = 0;
        for (GeoFeature feature : features) {
            String item = feature.item("id");
            String id = feature.findText("id");
            if (id == null) {
                log.reject(feature.source(), item, "no 'id': the office cannot be identified");
                continue;
            }
            if (!(feature.geometry() instanceof Point point) || point.isEmpty()) {
                log.reject(feature.source(), item, "no Point geometry ("
                        + (feature.geometry() == null ? "none" : feature.geometry().getGeometryType()) + ")");
                continue;
            }
            String name = feature.findText("name");
            if (name == null) {
                name = "ЦНАП " + id;
                log.warn(feature.source(), item, "no name: called '" + name + "'");
            }
            String serviceText = feature.findText("num_serv");
            Integer serviceCount = null;
            if (serviceText == null || serviceText.equalsIgnoreCase(NO_DATA)) {
                noServiceCount++;
            } else {
                try {
                    serviceCount = Integer.valueOf(serviceText);
                } catch (NumberFormatException e) {
                    log.warn(feature.source(), item, "num_serv '" + serviceText
                            + "' is not a whole number: service count unknown");
                }
            }
            Point location = RegisterValues.locate(point.getX(), point.getY(), feature.source(), item, log);
            points.add(new AccessPoint(register.id() + ":" + id, register.id(), name, AccessPointKind.MAIN_OFFICE,
                    false, Set.of(), serviceCount, AccessPointStatus.OPEN, location, null, null, null, false, false));
        }
        if (noServiceCount > 0) {
            log.warn(geojson.toString(), null, noServiceCount + " offices have no num_serv ('" + NO_DATA
                    + "'): their service count is unknown");
        }
        return points;
    }
}
