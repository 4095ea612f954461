package ua.cnap.planner.population;

/**
 * The official population of one city or urban-type settlement on 1 Jan 2022 (State Statistics
 * Service, table 5). The table gives names only, no codes, so the figure is placed by name within
 * its oblast and raion.
 *
 * @param oblastNameUk short oblast name as in the table without "область" ("Вінницька"); for the
 *                     cities with special status (Kyiv, Sevastopol) the city's own name
 * @param raionNameUk  short raion name without "район" ("Вінницький"), or null for a city listed
 *                     directly under its oblast
 * @param kind         city (м.) or urban-type settlement (смт)
 * @param nameUk       name without the "м."/"смт" prefix, spaces collapsed; may hold a former or
 *                     second name in parentheses, e.g. "Володимир (Володимир-Волинський)"
 * @param nameEn       the table's English name without "city"/"stlmt", or null
 * @param population   people present on 1 Jan 2022
 * @param hromadaNote  the table's note naming the hromada where one raion has two places of the same
 *                     name, e.g. "(Краматорської міської територіальної громади)", else null
 */
public record OfficialUrbanFigure(
        String oblastNameUk,
        String raionNameUk,
        Kind kind,
        String nameUk,
        String nameEn,
        long population,
        String hromadaNote) {

    /** The two kinds of urban settlement in the table. */
    public enum Kind {
        /** місто, "м." */
        CITY,
        /** селище міського типу, "смт" (селище since 2024) */
        URBAN_TYPE
    }

    public OfficialUrbanFigure withHromadaNote(String note) {
        return new OfficialUrbanFigure(oblastNameUk, raionNameUk, kind, nameUk, nameEn, population, note);
    }

    /** "м. Name (raion, oblast)", for messages. */
    public String label() {
        return (kind == Kind.CITY ? "м. " : "смт ") + nameUk + " (" + (raionNameUk == null ? "" : raionNameUk + " район, ")
                + oblastNameUk + ")";
    }
}
