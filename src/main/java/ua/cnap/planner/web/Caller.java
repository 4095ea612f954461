package ua.cnap.planner.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Who calls: an account name (null in single-user mode, which has no accounts) and whether an admin. */
record Caller(String name, boolean admin) {

    static Caller of(Authentication user) {
        if (user == null || user instanceof AnonymousAuthenticationToken) {
            return new Caller(null, true); // single-user mode: everything is the one user's
        }
        return new Caller(user.getName(),
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN")));
    }
}
