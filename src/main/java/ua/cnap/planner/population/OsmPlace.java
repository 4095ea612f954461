package ua.cnap.planner.population;

import java.util.List;

/**
 * One settlement of the OpenStreetMap place table ({@code settlements/osm-places/ua-name-places.csv}):
 * a KATOTTG-coded name with the OSM {@code population} tag, mostly census-based (2001 census or
 * later estimates), which weights the spread of a hromada's official total over its settlements.
 *
 * @param osmId       OSM node id
 * @param katottgCode KATOTTG code of the settlement (UA + 17 digits), or null where the row has none
 *                    or a malformed one (such a row cannot be tied to a settlement)
 * @param nameUk      Ukrainian name ({@code name:uk} where given, else {@code name}), may be null
 * @param otherNames  further names that identify it: {@code name} where it differs, former names
 *                    ({@code old_name}, {@code old_name:uk}); never null
 * @param place       OSM place type: city, town, village, hamlet (as given, may be null)
 * @param population  the population tag as a number: null when unknown (empty or text that is no
 *                    figure), 0 for a settlement tagged uninhabited ("Нежилий") or 0
 * @param line        line of the row in the file, for messages
 */
public record OsmPlace(
        String osmId,
        String katottgCode,
        String nameUk,
        List<String> otherNames,
        String place,
        Long population,
        long line) {

    public OsmPlace {
        otherNames = List.copyOf(otherNames);
    }

    /** OSM says city or town: an urban place. */
    public boolean isUrbanPlace() {
        return "city".equals(place) || "town".equals(place);
    }
}
