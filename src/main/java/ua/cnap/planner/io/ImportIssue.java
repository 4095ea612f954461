package ua.cnap.planner.io;

/**
 * Something an import did to one item of its input: left it out, repaired it, or kept it with a
 * remark. Reported to the user, never silently dropped.
 *
 * @param source the file (or source name) it came from
 * @param item   the row, feature or id inside it
 * @param reason what happened and why
 */
public record ImportIssue(String source, String item, String reason) {
}
