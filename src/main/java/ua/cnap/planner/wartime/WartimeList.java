package ua.cnap.planner.wartime;

import java.util.List;
import java.util.Map;

/**
 * The Order 376 list as read.
 *
 * @param source  what it is: the order, its amendments and the file
 * @param entries one per territory and period
 * @param codifierSettlements per hromada code, how many settlements (M, X, C) the KATOTTG codifier of
 *                the import gives it; empty when not known (then the store's settlements decide
 *                whether a hromada is listed whole)
 */
public record WartimeList(String source, List<WartimeEntry> entries, Map<String, Integer> codifierSettlements) {

    public static final WartimeList EMPTY = new WartimeList(null, List.of());

    public WartimeList {
        entries = List.copyOf(entries);
        codifierSettlements = codifierSettlements == null ? Map.of() : Map.copyOf(codifierSettlements);
    }

    public WartimeList(String source, List<WartimeEntry> entries) {
        this(source, entries, Map.of());
    }

    /** The same list with the codifier's settlements counted per hromada (one hromada code per settlement). */
    public WartimeList withCodifierSettlements(List<String> hromadaCodeOfEachSettlement) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        hromadaCodeOfEachSettlement.forEach(h -> counts.merge(h, 1, Integer::sum));
        return new WartimeList(source, entries, counts);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static final java.util.regex.Pattern FILE_DATE =
            java.util.regex.Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(20\\d{2})(?!\\d)");
    private static final java.util.regex.Pattern TEXT_DATE =
            java.util.regex.Pattern.compile("(\\d{2})\\.(\\d{2})\\.(20\\d{2})");

    /**
     * The edition in words, "Наказ Мінрегіону № 376, редакція 07.05.2025": the date from the file's
     * name as the ministry publishes it (Perelik_07052025_…), else the last date of the amendments
     * note; the whole source when neither gives one; null without a list.
     */
    public String edition() {
        if (source == null) {
            return null;
        }
        int open = source.lastIndexOf('(');
        String fileName = open < 0 ? "" : source.substring(open);
        java.util.regex.Matcher m = FILE_DATE.matcher(fileName);
        String date = null;
        if (m.find()) {
            date = m.group(1) + "." + m.group(2) + "." + m.group(3);
        } else {
            java.util.regex.Matcher t = TEXT_DATE.matcher(source);
            while (t.find()) {
                date = t.group();
            }
        }
        return date == null ? source : "Наказ Мінрегіону № 376, редакція " + date;
    }
}
