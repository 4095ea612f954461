package ua.cnap.planner.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import ua.cnap.planner.account.Account;
import ua.cnap.planner.account.AccountService;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.LocalizedBadInputException;

/**
 * The project's own login page ({@code GET /login}) and password change page ({@code /password}), plain
 * HTML forms without scripts, Ukrainian unless {@code ?lang=en}. The form posts to Spring Security's
 * login ({@code POST /login}); a refused login comes back as {@code ?error}, a throttled one as
 * {@code ?locked}, an ended session as {@code ?expired}. Texts: {@code i18n/login_uk|en.properties};
 * templates: {@code pages/login.html}, {@code pages/password.html} ({@code {{key}}} filled HTML-escaped).
 */
@Controller
class LoginPageController {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z.]+)}}");

    private final AccountService accounts;
    private final SessionCredentials sessions;
    private final ErrorMessages errors = new ErrorMessages();
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final String loginTemplate = template("pages/login.html");
    private final String passwordTemplate = template("pages/password.html");

    LoginPageController(AccountService accounts, SessionCredentials sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        texts.setBasename("i18n/login");
        texts.setDefaultEncoding(StandardCharsets.UTF_8.name());
        texts.setFallbackToSystemLocale(false);
        texts.setAlwaysUseMessageFormat(true);
    }

    /** Ukrainian unless {@code lang=en}: the pages do not follow the browser's language. */
    private static Locale pageLocale(String lang) {
        return lang != null && lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : ErrorMessages.UKRAINIAN;
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> login(HttpServletRequest request, @RequestParam(required = false) String lang) {
        Locale locale = pageLocale(lang);
        String message = null;
        boolean error = true;
        if (request.getParameter("error") != null) {
            message = texts.getMessage("login.error", null, locale);
        } else if (request.getParameter("locked") != null) {
            message = texts.getMessage("login.locked", null, locale);
        } else if (request.getParameter("expired") != null) {
            message = texts.getMessage("login.expired", null, locale);
        } else if (request.getParameter("logout") != null) {
            message = texts.getMessage("login.logout", null, locale);
            error = false;
        }
        return page(loginTemplate, request, locale, message, error);
    }

    @GetMapping(value = "/password", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> passwordPage(HttpServletRequest request, @RequestParam(required = false) String lang) {
        return page(passwordTemplate, request, pageLocale(lang), null, true);
    }

    /** The form of {@code /password}: on success to the map, else the page again with the reason. */
    @PostMapping(value = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> changePassword(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication, @RequestParam(required = false) String lang,
            @RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam String repeatPassword) {
        Locale locale = pageLocale(lang);
        if (!newPassword.equals(repeatPassword)) {
            return withStatus(page(passwordTemplate, request, locale,
                    texts.getMessage("password.mismatch", null, locale), true), 400);
        }
        try {
            Account changed = accounts.changeOwnPassword(authentication.getName(), currentPassword, newPassword);
            sessions.renew(changed, authentication, request, response);
        } catch (LocalizedBadInputException e) {
            return withStatus(page(passwordTemplate, request, locale,
                    errors.text(e.messageKey(), locale, e.messageArguments()), true), 400);
        } catch (BadInputException e) {
            return withStatus(page(passwordTemplate, request, locale, e.reason(), true), 400);
        }
        return ResponseEntity.status(303).header("Location", request.getContextPath() + "/").build();
    }

    private static ResponseEntity<String> withStatus(ResponseEntity<String> page, int status) {
        return ResponseEntity.status(status).headers(page.getHeaders()).body(page.getBody());
    }

    private ResponseEntity<String> page(String template, HttpServletRequest request, Locale locale, String message,
            boolean error) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder html = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = switch (key) {
                case "lang" -> locale.getLanguage();
                case "csrf" -> csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken());
                case "message" -> message == null ? ""
                        : "<p class=\"message" + (error ? " error" : "") + "\" role=\"alert\">"
                                + HtmlUtils.htmlEscape(message) + "</p>";
                default -> HtmlUtils.htmlEscape(texts.getMessage(key, null, locale));
            };
            m.appendReplacement(html, Matcher.quoteReplacement(value));
        }
        m.appendTail(html);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(html.toString());
    }

    private static String template(String resource) {
        try (InputStream in = LoginPageController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
