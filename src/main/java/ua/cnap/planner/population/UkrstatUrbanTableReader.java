package ua.cnap.planner.population;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.CsvFiles;
import ua.cnap.planner.io.ImportLog;

/**
 * Reads the State Statistics Service's table 5 (population on 1 Jan 2022 of oblasts, raions,
 * cities and urban-type settlements) as exported to CSV: {@code name_uk,
 * present_population_2022_01_01, name_en}. The table has no codes; its hierarchy is in the row
 * order:
 * <pre>
 * Україна; Міське/Сільське населення         national rows (skipped)
 * Автономна Республіка Крим                   no figures ("…")
 * Вінницька область; Міське/Сільське населення
 *   [м. Прип'ять ...]                         cities directly under the oblast (before any raion)
 *   Вінницький район; Міське населення
 *     м. Вінниця ... смт Вороновиця ...        the figures we keep
 *     (Краматорської міської / територіальної громади)   a note for the row above
 *   Сільське населення
 * м. Київ, м. Севастополь (міськрада)          cities with special status, at the very end
 * </pre>
 * "…" and "–" mean no figure: such cities are left out with a warning. Any other row shape is a
 * {@link BadInputException}: a silently misread hierarchy would put figures in the wrong raion.
 */
public final class UkrstatUrbanTableReader {

    static final String NAME_UK = "name_uk";
    static final String POPULATION = "present_population_2022_01_01";
    static final String NAME_EN = "name_en";

    private static final Set<String> SUBTOTALS = Set.of("Міське населення", "Сільське населення");
    private static final Set<String> NO_FIGURE = Set.of("", "…", "...", "–", "—", "-");
    /** Cities with special status: not part of an oblast, listed after the last oblast. */
    private static final Set<String> SPECIAL_STATUS_CITIES = Set.of("Київ", "Севастополь");

    public List<OfficialUrbanFigure> read(Path table5Csv, ImportLog log) {
        CsvFiles.Table table = CsvFiles.read(table5Csv, NAME_UK, POPULATION, NAME_EN);
        List<OfficialUrbanFigure> figures = new ArrayList<>();
        String oblast = null;
        String raion = null;
        StringBuilder note = null;
        boolean lastWasFigure = false;
        for (CsvFiles.Row row : table.rows()) {
            String name = collapse(row.find(NAME_UK));
            String value = row.find(POPULATION) == null ? "" : row.find(POPULATION);
            String item = row.item() + " (" + name + ")";
            if (name.isEmpty()) {
                throw new BadInputException(row.source(), row.item(), "no name");
            }
            if (note != null || (name.startsWith("(") && value.isEmpty())) {
                if (!lastWasFigure && note == null) {
                    throw new BadInputException(row.source(), item, "a note in parentheses that follows no city or town");
                }
                if (!value.isEmpty()) {
                    throw new BadInputException(row.source(), item, "unclosed note in parentheses");
                }
                note = note == null ? new StringBuilder(name) : note.append(' ').append(name);
                if (name.endsWith(")")) {
                    int last = figures.size() - 1;
                    figures.set(last, figures.get(last).withHromadaNote(note.toString()));
                    note = null;
                    lastWasFigure = false;
                }
                continue;
            }
            lastWasFigure = false;
            if (name.equals("Україна") || SUBTOTALS.contains(name)) {
                continue;
            }
            if (name.endsWith(" область") || name.equals("Автономна Республіка Крим")) {
                oblast = name.endsWith(" область") ? name.substring(0, name.length() - " область".length()) : name;
                raion = null;
                continue;
            }
            if (name.endsWith(" район")) {
                if (oblast == null) {
                    throw new BadInputException(row.source(), item, "a raion before any oblast");
                }
                raion = name.substring(0, name.length() - " район".length());
                continue;
            }
            OfficialUrbanFigure.Kind kind;
            String settlement;
            if (name.startsWith("м.")) {
                kind = OfficialUrbanFigure.Kind.CITY;
                settlement = collapse(name.substring(2));
            } else if (name.startsWith("смт ")) {
                kind = OfficialUrbanFigure.Kind.URBAN_TYPE;
                settlement = collapse(name.substring(4));
            } else {
                throw new BadInputException(row.source(), item,
                        "neither an oblast, raion, subtotal, city (м.) nor urban-type settlement (смт) row");
            }
            String figureOblast = oblast;
            String figureRaion = raion;
            String base = settlement.replaceAll("\\s*\\(.*\\)$", "");
            if (SPECIAL_STATUS_CITIES.contains(base)) {
                figureOblast = base;
                figureRaion = null;
                oblast = null;
                raion = null;
            } else if (oblast == null) {
                throw new BadInputException(row.source(), item, "a city or town before any oblast");
            }
            if (NO_FIGURE.contains(value)) {
                log.warn(row.source(), item, "no population figure ('" + value + "'): left out");
                continue;
            }
            long population;
            try {
                population = Long.parseLong(value.replace(" ", "").replace("\u00a0", ""));
            } catch (NumberFormatException e) {
                throw new BadInputException(row.source(), item,
                        "column '" + POPULATION + "' is not a whole number: '" + value + "'");
            }
            if (population < 0) {
                throw new BadInputException(row.source(), item, "negative population " + population);
            }
            figures.add(new OfficialUrbanFigure(figureOblast, figureRaion, kind, settlement,
                    englishName(row.find(NAME_EN)), population, null));
            lastWasFigure = true;
        }
        if (note != null) {
            throw new BadInputException(table.source(), "end of file", "unclosed note in parentheses: " + note);
        }
        return figures;
    }

    private static String englishName(String raw) {
        if (raw == null) {
            return null;
        }
        String name = collapse(raw).replaceFirst("^(city|stlmt)\\s+", "");
        return name.isEmpty() ? null : name;
    }

    private static String collapse(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
