package ua.cnap.planner.coverage;

/**
 * Turns an {@link ExclusionChoice} into the territories it leaves out (the Order 376 list as of a
 * date, in the wartime package). A port, so that coverage does not depend on where the list is kept.
 */
public interface TerritoryExclusionSource {

    /**
     * The territories the choice leaves out. A choice to include gives {@link TerritoryExclusions#NONE}
     * with a note; the default choice without an imported list gives none with a note saying so; a
     * choice to exclude that was asked for explicitly without a list is a
     * {@link ua.cnap.planner.io.BadInputException}.
     */
    TerritoryExclusions resolve(ExclusionChoice choice);
}
