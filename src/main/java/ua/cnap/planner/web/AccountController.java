package ua.cnap.planner.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.cnap.planner.account.Account;
import ua.cnap.planner.account.AccountService;
import ua.cnap.planner.account.Role;
import ua.cnap.planner.io.LocalizedBadInputException;

/**
 * Accounts (admin) and API tokens (every account, its own): {@code /api/me}, {@code /api/accounts},
 * {@code /api/tokens}. Access rules are in {@code config.SecurityConfiguration}.
 */
@RestController
class AccountController {

    private final AccountService accounts;
    private final SessionCredentials sessions;

    AccountController(AccountService accounts, SessionCredentials sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    record AccountView(String username, Role role, Instant createdAt, boolean mustChangePassword) {
        static AccountView of(Account a) {
            return new AccountView(a.username(), a.role(), a.createdAt(), a.mustChangePassword());
        }
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record NewAccount(String username, String password, String role) {
    }

    record AccountChange(String password, String role) {
    }

    record NewToken(String name) {
    }

    record TokenView(String id, String name, Instant createdAt) {
    }

    @GetMapping("/api/me")
    AccountView me(Principal principal) {
        return accounts.findAccount(name(principal)).map(AccountView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    /**
     * The caller changes their own password (the only thing an account with a generated password may do):
     * 204; the calling session carries on, every other session of the account ends.
     */
    @PostMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeOwnPassword(Authentication authentication, @RequestBody PasswordChange body,
            HttpServletRequest request, HttpServletResponse response) {
        if (authentication == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        Account changed = accounts.changeOwnPassword(authentication.getName(), body.currentPassword(),
                body.newPassword());
        sessions.renew(changed, authentication, request, response);
    }

    @GetMapping("/api/accounts")
    List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @PostMapping("/api/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    AccountView create(@RequestBody NewAccount body) {
        return AccountView.of(accounts.create(body.username(), body.password(), role(body.role())));
    }

    @PatchMapping("/api/accounts/{username}")
    AccountView change(@PathVariable String username, @RequestBody AccountChange body, Principal principal) {
        if (body.password() != null) {
            accounts.changePassword(username, body.password(), name(principal));
        }
        if (body.role() != null) {
            accounts.changeRole(username, role(body.role()));
        }
        return accounts.findAccount(username).map(AccountView::of).orElseThrow();
    }

    @DeleteMapping("/api/accounts/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String username) {
        accounts.delete(username);
    }

    /** The token is shown in this answer only. */
    @PostMapping("/api/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    AccountService.IssuedToken issue(Principal principal, @RequestBody(required = false) NewToken body) {
        return accounts.issueToken(name(principal), body == null ? null : body.name());
    }

    @GetMapping("/api/tokens")
    List<TokenView> tokens(Principal principal) {
        return accounts.listTokens(name(principal)).stream()
                .map(t -> new TokenView(t.id(), t.name(), t.createdAt())).toList();
    }

    @DeleteMapping("/api/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Authentication authentication, @PathVariable String id) {
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
        accounts.revokeToken(authentication.getName(), id, admin);
    }

    private static String name(Principal principal) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "log in first");
        }
        return principal.getName();
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(text == null ? "VIEWER" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LocalizedBadInputException("role", text, "must be viewer, planner or admin", "error.role", text);
        }
    }
}
