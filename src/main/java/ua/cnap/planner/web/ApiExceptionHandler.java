package ua.cnap.planner.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ua.cnap.planner.io.BadInputException;

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

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> illegalArgument(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", Map.of("message", e.getMessage())));
    }
}
