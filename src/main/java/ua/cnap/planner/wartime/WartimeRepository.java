package ua.cnap.planner.wartime;

/** The imported Order 376 list, whichever store holds it. */
public interface WartimeRepository {

    /** The list of the last import; {@link WartimeList#EMPTY} when none was imported. */
    WartimeList loadList();
}
