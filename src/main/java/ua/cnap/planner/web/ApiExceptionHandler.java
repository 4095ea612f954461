package ua.cnap.planner.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.LocalizedBadInputException;
import ua.cnap.planner.planning.JobsFullException;
import ua.cnap.planner.scenario.ScenarioConflictException;
import ua.cnap.planner.scenario.ScenarioForbiddenException;
import ua.cnap.planner.scenario.ScenarioNotFoundException;

/**
 * Every error of the web API is a JSON body {@code {"error": {"code", "message", …}}} with a 4xx status
 * when the caller can fix it, the message in the caller's language ({@link ErrorMessages}) naming the
 * field; never a Java class name, a stack trace or a server path. Bad input keeps the same source, item
 * and reason the CLI prints. An unexpected failure is a 500 that only says where it was logged.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ErrorMessages messages = new ErrorMessages();

    private ResponseEntity<Map<String, Object>> error(HttpStatusCode status, HttpServletRequest request, String key,
            Map<String, Object> details, Object... arguments) {
        return ResponseEntity.status(status).body(ErrorMessages.body(key,
                messages.text(key, ErrorMessages.locale(request), arguments), details));
    }

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<Map<String, Object>> badInput(BadInputException e, HttpServletRequest request) {
        if (e instanceof ScenarioNotFoundException) {
            return error(HttpStatus.NOT_FOUND, request, "error.scenario.notFound", details(e), e.item());
        }
        if (e instanceof LocalizedBadInputException localized) {
            return error(HttpStatus.BAD_REQUEST, request, localized.messageKey(), details(e),
                    localized.messageArguments());
        }
        String what = e.item() == null || e.item().isBlank() ? e.source() : e.source() + ", " + e.item();
        return error(HttpStatus.BAD_REQUEST, request, "error.badInputDetailsInEnglish", details(e),
                ErrorMessages.withoutInternals(what), ErrorMessages.withoutInternals(e.reason()));
    }

    private static Map<String, Object> details(BadInputException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", ErrorMessages.withoutInternals(e.source()));
        details.put("item", ErrorMessages.withoutInternals(e.item()));
        details.put("reason", ErrorMessages.withoutInternals(e.reason()));
        return details;
    }

    @ExceptionHandler(ScenarioForbiddenException.class)
    ResponseEntity<Map<String, Object>> forbidden(ScenarioForbiddenException e, HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, request, "error.scenario.forbidden",
                Map.of("reason", ErrorMessages.withoutInternals(e.getMessage())));
    }

    /** The server already solves as many plans as it can: 429, try again later. */
    @ExceptionHandler(JobsFullException.class)
    ResponseEntity<Map<String, Object>> jobsFull(JobsFullException e, HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> answer = error(HttpStatus.TOO_MANY_REQUESTS, request, "error.jobsFull",
                Map.of("reason", ErrorMessages.withoutInternals(e.getMessage())));
        return ResponseEntity.status(answer.getStatusCode()).header("Retry-After", "30").body(answer.getBody());
    }

    /** An upload over spring.servlet.multipart.max-file-size: 413 with the limit in words. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String limit = e.getMaxUploadSize() > 0 ? " (≤ " + e.getMaxUploadSize() / (1024 * 1024) + " MB)" : "";
        return error(HttpStatus.PAYLOAD_TOO_LARGE, request, "error.upload.tooLarge", Map.of(), limit);
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ResponseEntity<Map<String, Object>> multipart(Exception e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, request, "error.upload.multipart", Map.of());
    }

    /**
     * A body that is no JSON of the expected shape: an unknown field, a value of the wrong type, or
     * broken JSON; or a body over the JSON size limit. 400 (413) naming the field, never the Java types.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof JsonBodyLimitFilter.BodyTooLargeException tooLarge) {
                return error(HttpStatus.PAYLOAD_TOO_LARGE, request, "error.json.tooLarge", Map.of(),
                        String.valueOf(tooLarge.limitBytes() / 1024));
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return error(HttpStatus.BAD_REQUEST, request, "error.json.unknownField",
                    Map.of("field", unknown.getPropertyName()), unknown.getPropertyName(), known);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
            return error(HttpStatus.BAD_REQUEST, request, "error.json.wrongType", Map.of("field", field), field);
        }
        return error(HttpStatus.BAD_REQUEST, request, "error.json.invalid", Map.of());
    }

    /** XML, a form or text where JSON is meant: 415. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String given = e.getContentType() == null ? "?" : e.getContentType().toString();
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, request, "error.json.mediaType", Map.of(), given);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, request, "error.method", Map.of(), e.getMethod());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NoResourceFoundException e, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, request, "error.notFound", Map.of(), "/" + e.getResourcePath());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, request, "error.parameter.missing",
                Map.of("field", e.getParameterName()), e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, request, "error.parameter.wrongType", Map.of("field", e.getName()),
                e.getName(), ErrorMessages.withoutInternals(String.valueOf(e.getValue())));
    }

    /** Thrown by parameter parsing in the core with a message meant for the user (class names cut out). */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> illegalArgument(IllegalArgumentException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, request, "error.parameter.invalid", Map.of(),
                ErrorMessages.withoutInternals(e.getMessage()));
    }

    /** E.g. deleting a running scenario, or comparing one without a result: 409. */
    @ExceptionHandler(ScenarioConflictException.class)
    ResponseEntity<Map<String, Object>> scenarioConflict(ScenarioConflictException e, HttpServletRequest request) {
        return error(HttpStatus.CONFLICT, request, "error.scenario.conflict", Map.of(),
                ErrorMessages.withoutInternals(e.getMessage()));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> status(ResponseStatusException e, HttpServletRequest request) {
        if (e.getStatusCode().value() == 401) {
            return error(e.getStatusCode(), request, "error.unauthenticated", Map.of());
        }
        if (e.getStatusCode().value() == 404) {
            return error(e.getStatusCode(), request, "error.notFound", Map.of(),
                    e.getReason() == null ? request.getRequestURI() : ErrorMessages.withoutInternals(e.getReason()));
        }
        return ResponseEntity.status(e.getStatusCode()).body(ErrorMessages.body("error.status",
                ErrorMessages.withoutInternals(e.getReason() == null ? e.getStatusCode().toString() : e.getReason()),
                Map.of()));
    }

    /** Anything else is ours to fix: 500, logged with a mark the user can quote. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // Spring Security answers these (401 / 403)
        }
        String mark = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        LOG.error("unexpected failure {} on {} {}", mark, request.getMethod(), request.getRequestURI(), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, request, "error.internal", Map.of("mark", mark), mark);
    }
}
