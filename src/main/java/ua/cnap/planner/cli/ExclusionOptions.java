package ua.cnap.planner.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.coverage.NetworkChanges;
import ua.cnap.planner.io.BadInputException;

/**
 * War-time closures and exclusions: shared by coverage, plan, routes and export. The Order 376
 * territories (occupied, active hostilities) are left out by default ({@link ExclusionChoice#DEFAULT});
 * {@code --include-occupied} keeps them in.
 */
class ExclusionOptions {

    @Option(names = "--exclude-occupied",
            description = "Leave out territories that the Order 376 list gives as occupied or of active hostilities "
                    + "on --as-of; access points there count as closed. The default; given, a missing list is an "
                    + "error.")
    boolean excludeOccupied;

    @Option(names = "--include-occupied",
            description = "Keep the occupied territories and those of active hostilities in (not the default).")
    boolean includeOccupied;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Date the Order 376 list is read on, YYYY-MM-DD (default today).")
    String asOf;

    @Option(names = "--closed", paramLabel = "ID", split = ",",
            description = "Access point ids to treat as temporarily closed.")
    List<String> closed;

    CoverageRequest apply(CoverageRequest request) {
        return request.withChanges(changes()).withExclusionChoice(choice());
    }

    NetworkChanges changes() {
        return closed == null || closed.isEmpty() ? NetworkChanges.NONE
                : new NetworkChanges(List.of(), Set.of(), new LinkedHashSet<>(closed));
    }

    /** One line for the text output: what the exclusions left out, or why nothing. */
    static String describe(ua.cnap.planner.coverage.ExclusionSummary e) {
        if (e == null) {
            return "exclusions: none";
        }
        if (e.note() != null) {
            return "exclusions: " + e.note();
        }
        return String.format("left out: %,d residents in %,d settlements (%d whole hromadas), %d access points closed"
                + "%s", e.excludedPopulation(), e.excludedSettlements(), e.excludedHromadas(), e.closedAccessPoints(),
                e.edition() == null ? "" : " — " + e.edition() + ", " + e.categories() + ", as of " + e.asOf());
    }

    /** Parsed as the web API and scenario files parse theirs. */
    ExclusionChoice choice() {
        if (excludeOccupied && includeOccupied) {
            throw new BadInputException("command line", "--include-occupied", "contradicts --exclude-occupied: "
                    + "give one of them");
        }
        return ExclusionChoice.parse(includeOccupied ? Boolean.FALSE : excludeOccupied ? Boolean.TRUE : null, asOf,
                "command line", includeOccupied ? "--include-occupied" : "--exclude-occupied", "--as-of");
    }
}
