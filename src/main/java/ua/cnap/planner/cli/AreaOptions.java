package ua.cnap.planner.cli;

import picocli.CommandLine.Option;
import ua.cnap.planner.coverage.AccessStandard;

/** Which oblast, which register of today's network, and the access standard: shared by coverage and plan. */
class AreaOptions {

    @Option(names = "--oblast", required = true, paramLabel = "OBLAST",
            description = "KATOTTG code, Ukrainian name (Чернівецька) or Latin name (Chernivetska), or 'all'; "
                    + "plan also takes several joined by commas (one budget over all of them).")
    String oblast;

    @Option(names = "--register", paramLabel = "NAME",
            description = "Register id or name of today's network (default: the oblast's current one; "
                    + "e.g. ukraine-2017).")
    String register;

    @Option(names = "--minutes", paramLabel = "MIN", description = "Travel time that counts as covered (default 30).")
    Double minutes;

    @Option(names = "--km", paramLabel = "KM", description = "Distance that counts as covered (default 14).")
    Double kilometres;

    AccessStandard standard(AccessStandard configured, AccessStandard.Rule rule) {
        return configured.adjusted(minutes, kilometres, rule);
    }
}
