package ua.cnap.planner.wartime;

import java.util.List;

/**
 * The Order 376 list as read.
 *
 * @param source  what it is: the order, its amendments and the file
 * @param entries one per territory and period
 */
public record WartimeList(String source, List<WartimeEntry> entries) {

    public static final WartimeList EMPTY = new WartimeList(null, List.of());

    public WartimeList {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
