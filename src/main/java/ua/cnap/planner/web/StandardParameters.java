package ua.cnap.planner.web;

import ua.cnap.planner.coverage.AccessStandard;

/** The access standard from the optional {@code minutes}, {@code km} and {@code rule} request parameters. */
final class StandardParameters {

    private StandardParameters() {
    }

    static AccessStandard adjust(AccessStandard defaults, Double minutes, Double km, String rule) {
        return defaults.adjusted(minutes, km,
                AccessStandard.Rule.parse(rule, "rule"));
    }
}
