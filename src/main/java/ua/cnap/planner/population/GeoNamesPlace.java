package ua.cnap.planner.population;

import java.util.List;

/**
 * One populated place (feature class P) of the GeoNames dump.
 *
 * @param geonameId      GeoNames id
 * @param name           main name (for Ukraine mostly a Latin transliteration)
 * @param asciiName      the name in plain ASCII
 * @param alternateNames other names, Ukrainian and Russian Cyrillic forms among them
 * @param lon            longitude, WGS84 degrees
 * @param lat            latitude, WGS84 degrees
 * @param featureCode    PPL, PPLA, PPLA2, ... (see geonames.org/export/codes.html)
 * @param admin1         GeoNames admin1 (FIPS) code, e.g. "11" Crimea, "20" Sevastopol
 * @param admin2         GeoNames admin2 code (oblast + raion digits of KATOTTG), may be empty
 * @param population     GeoNames population, 0 when the dump has none
 */
public record GeoNamesPlace(
        long geonameId,
        String name,
        String asciiName,
        List<String> alternateNames,
        double lon,
        double lat,
        String featureCode,
        String admin1,
        String admin2,
        long population) {

    public GeoNamesPlace {
        alternateNames = List.copyOf(alternateNames);
    }

    /** The id its settlement gets: {@code geonames:<id>}. */
    public String settlementId() {
        return "geonames:" + geonameId;
    }

    /** Name, ASCII name and alternate names, for matching by name. */
    public List<String> allNames() {
        List<String> names = new java.util.ArrayList<>(alternateNames.size() + 2);
        names.add(name);
        names.add(asciiName);
        names.addAll(alternateNames);
        return names;
    }
}
