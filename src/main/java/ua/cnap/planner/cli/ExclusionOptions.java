package ua.cnap.planner.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Option;
import ua.cnap.planner.coverage.CoverageRequest;
import ua.cnap.planner.coverage.NetworkChanges;
import ua.cnap.planner.coverage.TerritoryExclusions;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.wartime.WartimeExclusions;

/** War-time closures and exclusions: shared by coverage, plan and export. */
class ExclusionOptions {

    @Option(names = "--exclude-occupied",
            description = "Leave out territories that the Order 376 list gives as occupied or of active hostilities "
                    + "on --as-of; access points there count as closed.")
    boolean excludeOccupied;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date for --exclude-occupied, YYYY-MM-DD (default today).")
    String asOf;

    @Option(names = "--closed", paramLabel = "ID", split = ",",
            description = "Access point ids to treat as temporarily closed.")
    List<String> closed;

    CoverageRequest apply(CoverageRequest request, ApplicationContext context) {
        return request.withChanges(changes()).withExclusions(exclusions(context));
    }

    NetworkChanges changes() {
        return closed == null || closed.isEmpty() ? NetworkChanges.NONE
                : new NetworkChanges(List.of(), Set.of(), new LinkedHashSet<>(closed));
    }

    TerritoryExclusions exclusions(ApplicationContext context) {
        if (!excludeOccupied) {
            if (asOf != null) {
                throw new BadInputException("--as-of", asOf, "applies only with --exclude-occupied");
            }
            return TerritoryExclusions.NONE;
        }
        return context.getBean(WartimeExclusions.class).asOf(date(asOf, "--as-of"));
    }

    static LocalDate date(String text, String option) {
        if (text == null || text.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(option, text, "not a date: use YYYY-MM-DD");
        }
    }
}
