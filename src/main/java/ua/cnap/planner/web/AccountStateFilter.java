package ua.cnap.planner.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ua.cnap.planner.account.Account;
import ua.cnap.planner.account.AccountService;

/**
 * Checks the account behind every authenticated request against the store:
 * <ul>
 *   <li>a login session whose account is gone, or whose password or role changed since the login (its
 *       credentials version differs), ends: the session is invalidated, the API answers 401, a page
 *       goes to {@code /login?expired};</li>
 *   <li>an account that must change its password (a generated or admin-set one) may do only that: the
 *       API answers 403 saying so, a page goes to {@code /password}.</li>
 * </ul>
 * One primary-key read per authenticated request.
 */
public final class AccountStateFilter extends OncePerRequestFilter {

    /** What an account that must change its password may still reach. */
    private static final Set<String> ALLOWED_WHILE_MUST_CHANGE = Set.of("/api/me", "/api/me/password", "/password",
            "/logout", "/login", "/error", "/favicon.ico");
    private static final String[] STATIC_PREFIXES = {"/css/", "/js/", "/webjars/", "/maps/"};

    private final AccountService accounts;
    private final ErrorMessages messages = new ErrorMessages();

    public AccountStateFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = accounts.findAccount(authentication.getName());
        if (authentication.getPrincipal() instanceof AccountUser user && (account.isEmpty()
                || account.get().credentialsVersion() != user.credentialsVersion())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            if (isApi(request)) {
                messages.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.session.ended");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
            return;
        }
        if (account.isPresent() && account.get().mustChangePassword() && !allowedWhileMustChange(request)) {
            if (isApi(request)) {
                messages.write(request, response, HttpServletResponse.SC_FORBIDDEN, "error.password.mustChange");
            } else {
                response.sendRedirect(request.getContextPath() + "/password");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    private static boolean allowedWhileMustChange(HttpServletRequest request) {
        String path = path(request);
        if (ALLOWED_WHILE_MUST_CHANGE.contains(path)) {
            return true;
        }
        for (String prefix : STATIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
