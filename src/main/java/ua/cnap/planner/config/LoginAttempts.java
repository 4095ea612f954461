package ua.cnap.planner.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import ua.cnap.planner.account.LoginThrottle;
import ua.cnap.planner.web.AccountUser;

/**
 * Spring Security's authentication events feed the {@link LoginThrottle}: each wrong password counts, a
 * right one clears the count; the failure that starts a lockout is logged with what an administrator
 * needs to act: the account, the remote address, until when, and what to do.
 */
final class LoginAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(LoginAttempts.class);

    private final LoginThrottle throttle;

    LoginAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = printable(event.getAuthentication().getName());
        String remote = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        throttle.failed(username, remote).ifPresent(lock -> LOG.warn(
                "login locked: account '{}' had {} wrong passwords within {} s, the last from {}; logins refused "
                        + "until {} (kept in memory: a restart lifts it). An attack: block {} at the firewall. "
                        + "A forgotten password: cnap-planner account reset-password {}",
                lock.username(), lock.failures(), LoginThrottle.WINDOW.toSeconds(), lock.remoteAddress(),
                lock.lockedUntil(), lock.remoteAddress(), lock.username()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUser user) {
            throttle.succeeded(user.getUsername());
        }
    }

    /** A name as typed into the form, safe for one log line. */
    private static String printable(String name) {
        String text = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
