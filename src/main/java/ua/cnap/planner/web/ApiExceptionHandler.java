package ua.cnap.planner.web;

import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.run.RunForbiddenException;
import ua.cnap.planner.run.RunNotFoundException;
import ua.cnap.planner.run.RunsFullException;
import ua.cnap.planner.scenario.ScenarioConflictException;
import ua.cnap.planner.scenario.ScenarioNotFoundException;

/** Bad input is the caller's to fix: 400 with the same source, item and reason the CLI prints. */
@RestControllerAdvice
class ApiExceptionHandler {

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<Map<String, Object>> badInput(BadInputException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", e.source());
        body.put("item", e.item());
        body.put("reason", e.reason());
        body.put("message", e.getMessage());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", body));
    }

    /** The server already solves as many plans as it can: 429, try again later. */
    @ExceptionHandler(ua.cnap.planner.scenario.ScenarioForbiddenException.class)
    ResponseEntity<Map<String, Object>> forbidden(ua.cnap.planner.scenario.ScenarioForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", Map.of("message", e.getMessage())));
    }

    /** The run queue is full: 429, refused before any work; try again later. */
    @ExceptionHandler(RunsFullException.class)
    ResponseEntity<Map<String, Object>> runsFull(RunsFullException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "30")
                .body(Map.of("error", Map.of("message", e.getMessage())));
    }

    /** Confirming someone else's register upload: 403. */
    @ExceptionHandler(ua.cnap.planner.importing.UploadForbiddenException.class)
    ResponseEntity<Map<String, Object>> uploadForbidden(ua.cnap.planner.importing.UploadForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", Map.of("message", e.getMessage())));
    }

    /** Stopping or deleting someone else's run: 403. */
    @ExceptionHandler(RunForbiddenException.class)
    ResponseEntity<Map<String, Object>> runForbidden(RunForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", Map.of("message", e.getMessage())));
    }

    @ExceptionHandler(RunNotFoundException.class)
    ResponseEntity<Map<String, Object>> runNotFound(RunNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", Map.of("message", e.getMessage())));
    }

    /** An upload over spring.servlet.multipart.max-file-size: 413 with the limit in words. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        String limit = e.getMaxUploadSize() > 0 ? " (at most " + e.getMaxUploadSize() / (1024 * 1024) + " MB)" : "";
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("error", Map.of("message",
                "the file is too large" + limit + "; a register of one oblast is far smaller: check the file")));
    }

    /**
     * A body that is no JSON of the expected shape: an unknown field, a value of the wrong type, or
     * broken JSON. 400 naming the field, never the Java types involved.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        String field = null;
        String reason = "the request body is not valid JSON";
        if (cause instanceof UnrecognizedPropertyException unknown) {
            field = unknown.getPropertyName();
            reason = "unknown field; known fields: " + unknown.getKnownPropertyIds();
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(java.util.stream.Collectors.joining("."));
            reason = "value of the wrong type";
        }
        return badInput(new BadInputException("request", field, reason));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> illegalArgument(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", Map.of("message", e.getMessage())));
    }

    @ExceptionHandler(ScenarioNotFoundException.class)
    ResponseEntity<Map<String, Object>> scenarioNotFound(ScenarioNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", Map.of("message", e.getMessage())));
    }

    /** E.g. deleting a running scenario, or comparing one without a result: 409. */
    @ExceptionHandler(ScenarioConflictException.class)
    ResponseEntity<Map<String, Object>> scenarioConflict(ScenarioConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", Map.of("message", e.getMessage())));
    }
}
