package ua.cnap.planner.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;

/**
 * The web's error messages in the user's language: Ukrainian first, English on request. The language is
 * the {@code lang} parameter ({@code uk} or {@code en}), else the first of them in {@code Accept-Language},
 * else Ukrainian. Texts live in {@code i18n/web-errors_uk.properties} and {@code i18n/web-errors_en.properties}
 * (MessageFormat: {@code {0}} is the first argument). Every error body has the same shape:
 * {@code {"error": {"code": …, "message": …, …}}}.
 */
public final class ErrorMessages {

    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Java class name or an absolute file path (API paths like /api/… stay): never shown to a user. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*\\b"
                    + "|(?:[A-Za-z]:\\\\|/(?:tmp|home|root|work|var|opt|usr|srv|etc|mnt|media|run|private|Users)/)"
                    + "[^\\s'\"]*");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public ErrorMessages() {
        messages.setBasename("i18n/web-errors");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
    }

    /** {@code lang=uk|en}, else the first of them in Accept-Language, else Ukrainian. */
    public static Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            return lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : UKRAINIAN;
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                if (locale.getLanguage().equals("en")) {
                    return Locale.ENGLISH;
                }
                if (locale.getLanguage().equals("uk")) {
                    return UKRAINIAN;
                }
            }
        }
        return UKRAINIAN;
    }

    /** The message {@code key} in {@code locale}, filled with {@code arguments}. */
    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale.getLanguage().equals("en") ? Locale.ENGLISH : UKRAINIAN);
    }

    /** {@code text} with Java class names and file paths cut out. */
    public static String withoutInternals(String text) {
        return text == null ? null : INTERNALS.matcher(text).replaceAll("…");
    }

    /** The error body: code, message and any further fields (null ones left out). */
    public static Map<String, Object> body(String code, String message, Map<String, Object> details) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        details.forEach((k, v) -> {
            if (v != null) {
                error.put(k, v);
            }
        });
        return Map.of("error", error);
    }

    /** Writes the error as JSON, for answers given before Spring MVC (filters, security). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String key,
            Object... arguments) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(
                body(key, text(key, locale(request), arguments), Map.of())));
    }
}
