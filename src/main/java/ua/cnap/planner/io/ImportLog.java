package ua.cnap.planner.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what readers leave out ({@code rejected}), change ({@code repaired}) or keep with a
 * remark ({@code warnings}). One log is passed through a whole import and reported at its end.
 * Not thread-safe: readers run one after the other.
 */
public final class ImportLog {

    private final List<ImportIssue> rejected = new ArrayList<>();
    private final List<ImportIssue> repaired = new ArrayList<>();
    private final List<ImportIssue> warnings = new ArrayList<>();

    public void reject(String source, String item, String reason) {
        rejected.add(new ImportIssue(source, item, reason));
    }

    public void repaired(String source, String item, String what) {
        repaired.add(new ImportIssue(source, item, what));
    }

    public void warn(String source, String item, String remark) {
        warnings.add(new ImportIssue(source, item, remark));
    }

    public List<ImportIssue> rejected() {
        return List.copyOf(rejected);
    }

    public List<ImportIssue> repaired() {
        return List.copyOf(repaired);
    }

    public List<ImportIssue> warnings() {
        return List.copyOf(warnings);
    }
}
