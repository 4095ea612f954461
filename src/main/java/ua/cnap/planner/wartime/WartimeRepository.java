package ua.cnap.planner.wartime;

/** The imported Order 376 list, whichever store holds it. */
public interface WartimeRepository {

    /** The list of the last import; {@link WartimeList#EMPTY} when none was imported. */
    WartimeList loadList();

    /**
     * Which import the list (and the territories and settlements it is resolved against) comes from:
     * the same number means nothing changed since, so resolved exclusions can be reused; negative when
     * the store cannot tell (nothing is reused then).
     */
    default long importRunId() {
        return -1;
    }
}
