package ua.cnap.planner.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import ua.cnap.planner.account.Account;

/**
 * After its owner changed the password, the session that did it carries on under the new credentials
 * version (with a new session id); every other session of the account ends ({@link AccountStateFilter}).
 */
@Component
public class SessionCredentials {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    void renew(Account changed, Authentication current, HttpServletRequest request, HttpServletResponse response) {
        if (!(current.getPrincipal() instanceof AccountUser)) {
            return; // an API token: no session to carry on
        }
        AccountUser user = AccountUser.of(changed, false);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        repository.saveContext(context, request, response);
    }
}
