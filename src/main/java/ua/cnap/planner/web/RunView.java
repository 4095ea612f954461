package ua.cnap.planner.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import ua.cnap.planner.run.Run;

/**
 * A run as the API shows it: status, step and progress over time and, once there, the result (the
 * stored JSON as it is). Lists leave progress and result out.
 */
record RunView(String id, String kind, String status, String owner, String step, Instant createdAt,
        Instant startedAt, Instant finishedAt, int executions, @JsonRawValue String progress,
        @JsonRawValue String result, String error, String dataVintage) {

    static RunView of(Run run) {
        return new RunView(run.id(), run.kind().name(), run.status().name(), run.owner(), run.step(), run.createdAt(),
                run.startedAt(), run.finishedAt(), run.executions(),
                run.progressJson() == null ? "[]" : run.progressJson(), run.resultJson(), run.error(),
                run.dataVintage());
    }
}
